package org.disclosurehub.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.disclosurehub.agency.Agency;
import org.disclosurehub.agency.AgencyDirectory;
import org.disclosurehub.calendar.LegalTime;
import org.disclosurehub.graphql.Page;
import org.disclosurehub.graphql.QueryLimitProperties;
import org.disclosurehub.graphql.TotalCount;
import org.disclosurehub.request.deadline.ApplicationStatus;
import org.disclosurehub.request.deadline.Life;
import org.disclosurehub.security.AuditTrail;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** The public side of applications: submit, follow, the register; and the audited staff read. */
@Controller
class ApplicationController {

    private static final Set<String> CURSOR_KEYS = Set.of("s", "t");

    private final ApplicationLookup lookup;
    private final ApplicationSubmission submission;
    private final ApplicationStore store;
    private final ApplicationLedger ledger;
    private final AgencyDirectory agencies;
    private final CaseworkerSteps steps;
    private final AuditTrail audit;
    private final QueryLimitProperties limits;
    private final Clock clock;

    ApplicationController(ApplicationLookup lookup, ApplicationSubmission submission, ApplicationStore store,
            ApplicationLedger ledger, AgencyDirectory agencies, CaseworkerSteps steps, AuditTrail audit,
            QueryLimitProperties limits, Clock clock) {
        this.lookup = lookup;
        this.submission = submission;
        this.store = store;
        this.ledger = ledger;
        this.agencies = agencies;
        this.steps = steps;
        this.audit = audit;
        this.limits = limits;
        this.clock = clock;
    }

    @QueryMapping
    ApplicationView application(@Argument String trackingNo, @Argument String queryCode,
            @ContextValue(name = ClientKey.NAME, required = false) String client) {
        return lookup.find(trackingNo.strip(), queryCode, client == null ? "unknown" : client).orElse(null);
    }

    @MutationMapping
    ApplicationSubmission.Result submitApplication(@Argument ApplicationSubmission.Input input,
            @ContextValue(name = ClientKey.NAME, required = false) String client) {
        return submission.submit(input, client == null ? "unknown" : client);
    }

    @QueryMapping
    StaffApplication applicationForStaff(@Argument String trackingNo, @Argument String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw org.disclosurehub.graphql.HubException.badInput("purpose is required: say why the applicant's identity"
                    + " is read (it is recorded in the audit trail).");
        }
        return steps.authorised(trackingNo).flatMap(a -> store.identity(a.trackingNo())).map(id -> {
            audit.recordRead("disclosure_request", id.trackingNo(), id.agencyCode(), purpose);
            return new StaffApplication(lookup.find(id.trackingNo()).orElseThrow(), id.name(), id.idNo(), id.contact());
        }).orElse(null);
    }

    @QueryMapping
    DataFetcherResult<Window<RegisterEntry>> applicationRegister(@Argument String agencyCode, @Argument Integer first,
            ScrollSubrange subrange) {
        Page page = Page.of(subrange, first, limits, CURSOR_KEYS);
        Instant afterSubmitted = null;
        String afterTrackingNo = null;
        if (!page.first()) {
            try {
                afterSubmitted = Instant.parse(page.afterString("s"));
            } catch (DateTimeParseException e) {
                throw org.disclosurehub.graphql.HubException.badInput("after is not a cursor of this list: pass pageInfo.endCursor as it came.");
            }
            afterTrackingNo = page.afterString("t");
        }
        List<ApplicationStore.RegisterRow> rows = store.register(agencyCode, afterSubmitted, afterTrackingNo,
                page.size() + 1);
        ApplicationLedger.Snapshot snapshot = ledger.current();
        LocalDate today = LegalTime.today(clock);
        List<RegisterEntry> entries = rows.stream().map(r -> entry(r, snapshot, today)).toList();
        return page.window(entries, e -> Map.of("s", submittedAt(rows, e).toString(), "t", e.trackingNo()),
                () -> store.registerCount(agencyCode));
    }

    private static Instant submittedAt(List<ApplicationStore.RegisterRow> rows, RegisterEntry e) {
        return rows.stream().filter(r -> r.trackingNo().equals(e.trackingNo())).findFirst().orElseThrow().submittedAt();
    }

    private static RegisterEntry entry(ApplicationStore.RegisterRow r, ApplicationLedger.Snapshot snapshot, LocalDate today) {
        ApplicationLedger.Entry e = snapshot.byTrackingNo().get(r.trackingNo());
        Life life = e == null ? null : e.life();
        ApplicationStatus status = life == null ? ApplicationStatus.SUBMITTED : life.statusOn(today);
        return new RegisterEntry(r.trackingNo(), r.agencyCode(), LocalDate.ofInstant(r.submittedAt(), LegalTime.CHINA),
                r.description(), status, life == null ? null : life.outcomeOn(today),
                life == null ? null : life.concludedOn(today));
    }

    @SchemaMapping(typeName = "RegisterEntryConnection", field = "totalCount")
    Object registerCount(DataFetchingEnvironment env) {
        return env.getLocalContext() instanceof TotalCount total ? total.count() : null;
    }

    @BatchMapping(typeName = "Application")
    Map<ApplicationView, Agency> agency(List<ApplicationView> items) {
        return agencies.agenciesOf(items, ApplicationView::agencyCode);
    }

    @BatchMapping(typeName = "RegisterEntry", field = "agency")
    Map<RegisterEntry, Agency> registerAgency(List<RegisterEntry> items) {
        return agencies.agenciesOf(items, RegisterEntry::agencyCode);
    }
}
