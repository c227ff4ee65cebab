package org.disclosurehub.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.disclosurehub.calendar.LegalTime;
import org.disclosurehub.database.DataChanges;
import org.disclosurehub.graphql.ErrorCode;
import org.disclosurehub.request.deadline.Life;
import org.disclosurehub.request.deadline.StepProblem;
import org.disclosurehub.security.AuditTrail;
import org.disclosurehub.security.Role;
import org.disclosurehub.security.WriteAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A caseworker's steps on an application. Each step is one event: the application's row is
 * locked, the step is appended to the stored history and the whole history run through the
 * deadline engine; a step the rules do not allow comes back as a user error and nothing is
 * written. An accepted step is written with its audit entry in one transaction. Only a CASEWORKER
 * of the agency applied to (or ADMIN) may take steps.
 */
@Service
public class CaseworkerSteps {

    private final ApplicationStore store;
    private final ApplicationLookup lookup;
    private final WorkingDayCalendar calendar;
    private final ApplicationLedger ledger;
    private final WriteAccess access;
    private final AuditTrail audit;
    private final DataChanges changes;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;

    CaseworkerSteps(ApplicationStore store, ApplicationLookup lookup, WorkingDayCalendar calendar,
            ApplicationLedger ledger, WriteAccess access, AuditTrail audit, DataChanges changes,
            TransactionTemplate transactions, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.lookup = lookup;
        this.calendar = calendar;
        this.ledger = ledger;
        this.access = access;
        this.audit = audit;
        this.changes = changes;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A step to record: its kind, outcome and detail as request_events.csv holds them.
     *
     * @param on     the legal day of the step if not today (only receipt can be dated back)
     * @param field  the input field a refusal of the step points at
     */
    public record Step(EventKind kind, String outcome, String detail, LocalDate on, String field) {

        public static Step of(EventKind kind, String outcome, String detail, String field) {
            return new Step(kind, outcome, detail, null, field);
        }
    }

    /** The application after the step, or why the step was refused. */
    public record Result(ApplicationView application, List<org.disclosurehub.graphql.UserError> userErrors) {

        static Result refused(org.disclosurehub.graphql.UserError e) {
            return new Result(null, List.of(e));
        }
    }

    public LocalDate today() {
        return LegalTime.today(clock);
    }

    /** Fails with UNAUTHENTICATED or FORBIDDEN unless the caller holds a CASEWORKER (or ADMIN) credential. */
    public void requireCaseworker() {
        access.require(Role.CASEWORKER, null);
    }

    /** The application if the current caller is a caseworker of its agency (UNAUTHENTICATED / FORBIDDEN otherwise). */
    public Optional<ApplicationStore.Stored> authorised(String trackingNo) {
        access.require(Role.CASEWORKER, null);
        Optional<ApplicationStore.Stored> a = store.find(trackingNo);
        a.ifPresent(found -> access.require(Role.CASEWORKER, found.agencyCode()));
        return a;
    }

    public Result take(String trackingNo, Step step) {
        Optional<ApplicationStore.Stored> found = authorised(trackingNo);
        if (found.isEmpty()) {
            return Result.refused(UserErrors.of("No application with tracking number " + trackingNo + ".",
                    ErrorCode.NOT_FOUND, "trackingNo"));
        }
        ApplicationStore.Stored a = found.get();
        List<org.disclosurehub.graphql.UserError> refused = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            // one step at a time per application: the next one is judged on a history that includes this one
            jdbc.sql("SELECT tracking_no FROM disclosure_request WHERE tracking_no = ? FOR UPDATE").param(trackingNo)
                    .query(String.class).single();
            List<EventRecord> history = new ArrayList<>(store.eventsOf(trackingNo));
            EventRecord event = new EventRecord(trackingNo, instant(step, a, history), step.kind(), step.outcome(),
                    step.detail());
            history.add(event);
            history.sort(Histories.ORDER);
            int index = history.indexOf(event);
            Life life = Histories.derive(a.channel(), a.submittedAt(), history, calendar, false);
            for (StepProblem p : life.problems()) {
                if (p.index() == index) {
                    refused.add(UserErrors.of(p.message() + ".", ErrorCode.CONFLICT, step.field()));
                }
            }
            if (!refused.isEmpty()) {
                return;
            }
            store.insertEvent(event);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("kind", AuditTrail.plain(step.kind().name()));
            after.put("outcome", AuditTrail.plain(step.outcome()));
            after.put("at", AuditTrail.plain(event.at().toString()));
            // free text written by the caseworker may name people: the trail keeps its hash only
            after.put("detail", step.detail());
            audit.record("APPLICATION_" + step.kind().name(), "disclosure_request", trackingNo, a.agencyCode(), Map.of(),
                    after);
            changes.announce(ApplicationLedger.STEP);
        });
        if (!refused.isEmpty()) {
            return new Result(null, refused);
        }
        ledger.refresh(trackingNo);
        return new Result(lookup.find(trackingNo).orElseThrow(), List.of());
    }

    /**
     * Now, or for a back-dated receipt noon of that day; always after the submission and the last
     * event, so the history keeps its order, and in whole seconds as the contract's timestamps are.
     */
    private Instant instant(Step step, ApplicationStore.Stored a, List<EventRecord> history) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (step.on() != null && !step.on().equals(today())) {
            at = step.on().atTime(12, 0).atZone(LegalTime.CHINA).toInstant();
        }
        Instant floor = a.submittedAt();
        for (EventRecord e : history) {
            if (e.at().isAfter(floor)) {
                floor = e.at();
            }
        }
        return at.isAfter(floor) ? at : floor.plusSeconds(1);
    }
}
