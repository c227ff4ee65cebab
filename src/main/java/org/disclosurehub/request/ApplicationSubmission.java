package org.disclosurehub.request;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.disclosurehub.agency.Agency;
import org.disclosurehub.agency.AgencyDirectory;
import org.disclosurehub.agency.AgencyKind;
import org.disclosurehub.calendar.LegalTime;
import org.disclosurehub.database.DataChanges;
import org.disclosurehub.graphql.ErrorCode;
import org.disclosurehub.graphql.HubException;
import org.disclosurehub.ingest.ResidentId;
import org.disclosurehub.ingest.Uscc;
import org.disclosurehub.request.deadline.Life;
import org.springframework.stereotype.Service;

/**
 * {@code submitApplication}: checks the input (art. 29: name, identity document, contact, the
 * information sought, the form wanted), stores it with a new tracking number and the hash of a
 * fresh query code, and answers with the provisional due date. No receipt event is written:
 * receipt is the agency's to confirm (art. 31). Submissions are limited per client.
 */
@Service
public class ApplicationSubmission {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApplicationStore store;
    private final AgencyDirectory agencies;
    private final WorkingDayCalendar calendar;
    private final ApplicationLedger ledger;
    private final DataChanges changes;
    private final Clock clock;
    private final ClientThrottle submissions;

    ApplicationSubmission(ApplicationStore store, AgencyDirectory agencies, WorkingDayCalendar calendar,
            ApplicationLedger ledger, DataChanges changes, Clock clock, ApplicationProperties properties) {
        this.store = store;
        this.agencies = agencies;
        this.calendar = calendar;
        this.ledger = ledger;
        this.changes = changes;
        this.clock = clock;
        this.submissions = new ClientThrottle(properties.submissions(), properties.submissionWindow());
    }

    /** The input of {@code submitApplication}. */
    public record Input(String agencyCode, ApplicantType applicantType, String applicantName, String applicantIdNo,
            String applicantContact, String description, InformationFormat format, Delivery delivery, Channel channel,
            Boolean publicRegister) {
    }

    /** The answer: either a new application or the problems with the input. */
    public record Result(String trackingNo, String queryCode, LocalDate provisionalDueDate, String dueDateExplanation,
            List<org.disclosurehub.graphql.UserError> userErrors) {
    }

    public Result submit(Input in, String client) {
        if (submissions.exhausted(client)) {
            throw new HubException(ErrorCode.RATE_LIMITED, "Too many applications from this client; try again later.");
        }
        List<org.disclosurehub.graphql.UserError> errors = check(in);
        if (!errors.isEmpty()) {
            return new Result(null, null, null, null, errors);
        }
        submissions.count(client);
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Channel channel = in.channel() == null ? Channel.ONLINE : in.channel();
        String code = QueryCodes.generate();
        String trackingNo;
        do {
            trackingNo = newTrackingNo(LegalTime.today(clock));
        } while (!store.insert(new ApplicationRecord(trackingNo, in.agencyCode(), in.applicantType(),
                in.applicantName().strip(), in.applicantIdNo().strip(), in.applicantContact().strip(),
                in.description().strip(), in.format(), in.delivery(), channel, now, QueryCodes.hash(code),
                Boolean.TRUE.equals(in.publicRegister()))));
        ledger.refresh(trackingNo);
        changes.announce(ApplicationLedger.STEP);
        Life life = Histories.derive(channel, now, List.of(), calendar);
        return new Result(trackingNo, code, life.dueDate(), life.explanation(), List.of());
    }

    private List<org.disclosurehub.graphql.UserError> check(Input in) {
        List<org.disclosurehub.graphql.UserError> errors = new ArrayList<>();
        Optional<Agency> agency = in.agencyCode() == null ? Optional.empty() : agencies.find(in.agencyCode().strip());
        if (agency.isEmpty()) {
            errors.add(UserErrors.of("No agency with this code: give the unified social credit code of the agency you"
                    + " apply to.", ErrorCode.NOT_FOUND, "input", "agencyCode"));
        } else if (agency.get().kind() == AgencyKind.ENFORCEMENT_TEAM) {
            errors.add(UserErrors.of("An enforcement team answers no application in its own name: apply to the street"
                    + " office or township it works for.", ErrorCode.BAD_USER_INPUT, "input", "agencyCode"));
        }
        text(errors, in.applicantName(), 200, "applicantName", "the applicant's name (art. 29)");
        text(errors, in.applicantContact(), 500, "applicantContact", "a phone number, e-mail or postal address (art. 29)");
        text(errors, in.description(), 20_000, "description", "a description of the information sought (art. 29)");
        if (text(errors, in.applicantIdNo(), 64, "applicantIdNo", "the number of an identity document (art. 29)")) {
            String id = in.applicantIdNo().strip();
            if (in.applicantType() == ApplicantType.NATURAL_PERSON && id.matches("\\d{17}[\\dXx]")
                    && !ResidentId.valid(id.toUpperCase(java.util.Locale.ROOT))) {
                errors.add(UserErrors.of("This is not a valid resident ID number: its check character does not match.",
                        ErrorCode.BAD_USER_INPUT, "input", "applicantIdNo"));
            } else if (in.applicantType() != ApplicantType.NATURAL_PERSON && id.length() == 18 && !Uscc.valid(id)) {
                errors.add(UserErrors.of("This is not a valid unified social credit code: its check character does not"
                        + " match.", ErrorCode.BAD_USER_INPUT, "input", "applicantIdNo"));
            }
        }
        if (in.description() != null && !in.description().isBlank() && in.description().strip().length() < 5) {
            errors.add(UserErrors.of("Describe the information sought in at least 5 characters, as precisely as you can"
                    + " (its name, number, period).", ErrorCode.BAD_USER_INPUT, "input", "description"));
        }
        if (in.format() == InformationFormat.PAPER && (in.delivery() == Delivery.EMAIL || in.delivery() == Delivery.ONLINE)) {
            errors.add(UserErrors.of("Paper cannot be delivered by " + in.delivery() + ": choose POST or PICKUP, or the"
                    + " ELECTRONIC format.", ErrorCode.BAD_USER_INPUT, "input", "delivery"));
        }
        return errors;
    }

    private static boolean text(List<org.disclosurehub.graphql.UserError> errors, String value, int max, String field, String what) {
        if (value == null || value.isBlank()) {
            errors.add(UserErrors.of("Required: " + what + ".", ErrorCode.BAD_USER_INPUT, "input", field));
            return false;
        }
        if (value.strip().codePointCount(0, value.strip().length()) > max) {
            errors.add(UserErrors.of("At most " + max + " characters.", ErrorCode.BAD_USER_INPUT, "input", field));
            return false;
        }
        return true;
    }

    /** {@code GK2026-} and 8 random digits: unrelated to the applicant and not counting the agency's volume. */
    private static String newTrackingNo(LocalDate today) {
        return "GK" + today.getYear() + "-" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }
}
