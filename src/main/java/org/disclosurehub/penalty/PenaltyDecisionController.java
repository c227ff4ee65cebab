package org.disclosurehub.penalty;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.disclosurehub.agency.Agency;
import org.disclosurehub.agency.AgencyDirectory;
import org.disclosurehub.calendar.LegalTime;
import org.disclosurehub.graphql.Page;
import org.disclosurehub.graphql.QueryLimitProperties;
import org.disclosurehub.graphql.TotalCount;
import org.disclosurehub.officer.EnforcementOfficer;
import org.disclosurehub.officer.Officer;
import org.disclosurehub.officer.OfficerDirectory;
import org.disclosurehub.policy.DecisionOrder;
import org.disclosurehub.policy.DecisionQuery;
import org.disclosurehub.policy.DecisionStatus;
import org.disclosurehub.policy.PublicDecision;
import org.disclosurehub.policy.PublicDecisions;
import org.disclosurehub.policy.PublicDecisions.Owner;
import org.disclosurehub.power.Power;
import org.disclosurehub.power.PowerRepository;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** Published penalty decisions: the list, one decision, its links, and the lists nested in agencies, powers and officers. */
@Controller
class PenaltyDecisionController {

    private final DecisionPages pages;
    private final PublicDecisions decisions;
    private final AgencyDirectory agencies;
    private final PowerRepository powers;
    private final OfficerDirectory officers;
    private final QueryLimitProperties limits;
    private final java.time.Clock clock;

    PenaltyDecisionController(DecisionPages pages, PublicDecisions decisions, AgencyDirectory agencies,
            PowerRepository powers, OfficerDirectory officers, QueryLimitProperties limits, java.time.Clock clock) {
        this.pages = pages;
        this.decisions = decisions;
        this.agencies = agencies;
        this.powers = powers;
        this.officers = officers;
        this.limits = limits;
        this.clock = clock;
    }

    @QueryMapping
    DataFetcherResult<Window<PublicDecision>> penaltyDecisions(@Argument DecisionFilter filter,
            @Argument DecisionOrder orderBy, @Argument Integer first, ScrollSubrange subrange) {
        Page page = Page.of(subrange, first, limits, DecisionPages.CURSOR_KEYS);
        return pages.page(filter == null ? DecisionQuery.ALL : filter.toQuery(),
                orderBy == null ? DecisionOrder.DECISION_DATE_DESC : orderBy, page);
    }

    @QueryMapping
    PublicDecision penaltyDecision(@Argument String decisionNo) {
        return decisions.find(decisionNo, LegalTime.today(clock)).orElse(null);
    }

    @SchemaMapping(typeName = "Agency", field = "penaltyDecisions")
    Object agencyDecisions(Agency agency, @Argument Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
        return nested(Owner.AGENCY, agency.code(), DecisionQuery.ALL.withAgency(agency.code()), first, subrange, env);
    }

    @SchemaMapping(typeName = "Power", field = "penaltyDecisions")
    Object powerDecisions(Power power, @Argument Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
        return nested(Owner.POWER, power.code(), DecisionQuery.ALL.withPower(power.code()), first, subrange, env);
    }

    @SchemaMapping(typeName = "EnforcementOfficer", field = "penaltyDecisions")
    Object officerDecisions(EnforcementOfficer officer, @Argument Integer first, ScrollSubrange subrange,
            DataFetchingEnvironment env) {
        return nested(Owner.OFFICER, officer.credentialNo(), DecisionQuery.ALL.withOfficer(officer.credentialNo()), first,
                subrange, env);
    }

    private Object nested(Owner owner, String key, DecisionQuery query, Integer first, ScrollSubrange subrange,
            DataFetchingEnvironment env) {
        Page page = Page.of(subrange, first, limits, DecisionPages.CURSOR_KEYS);
        DataLoader<NestedDecisions.CountKey, Long> counts = env.getDataLoader(NestedDecisions.COUNTS);
        TotalCount total = new TotalCount(() -> counts.load(new NestedDecisions.CountKey(owner, key)));
        if (!page.first()) {
            DataFetcherResult<Window<PublicDecision>> result = pages.page(query, DecisionOrder.DECISION_DATE_DESC, page);
            return result.transform(b -> b.localContext(total));
        }
        DataLoader<NestedDecisions.PageKey, List<PublicDecision>> loader = env.getDataLoader(NestedDecisions.PAGES);
        CompletableFuture<List<PublicDecision>> rows = NestedDecisions.page(loader, owner, key, page.size());
        return rows.thenApply(list -> page.window(list, d -> Map.of("k", d.decisionDate().toString(), "no",
                d.decisionNo(), "o", DecisionOrder.DECISION_DATE_DESC.name()), total));
    }

    @BatchMapping(typeName = "PenaltyDecision")
    Map<PublicDecision, Agency> agency(List<PublicDecision> items) {
        return agencies.agenciesOf(items, PublicDecision::agencyCode);
    }

    @BatchMapping(typeName = "PenaltyDecision")
    Map<PublicDecision, Power> power(List<PublicDecision> items) {
        Map<String, Power> byCode = powers.findAll(items.stream().map(PublicDecision::powerCode).distinct().toList());
        Map<PublicDecision, Power> result = new LinkedHashMap<>();
        items.forEach(d -> {
            if (byCode.containsKey(d.powerCode())) {
                result.put(d, byCode.get(d.powerCode()));
            }
        });
        return result;
    }

    @BatchMapping(typeName = "PenaltyDecision")
    Map<PublicDecision, List<HandlingOfficer>> handlingOfficers(List<PublicDecision> items) {
        Map<String, List<String>> handlers = decisions.handlers(items.stream().map(PublicDecision::decisionNo).toList());
        Map<String, Officer> people = officers.findAll(handlers.values().stream().flatMap(List::stream).distinct().toList());
        Map<PublicDecision, List<HandlingOfficer>> result = new LinkedHashMap<>();
        for (PublicDecision d : items) {
            result.put(d, handlers.getOrDefault(d.decisionNo(), List.of()).stream().map(no -> {
                Officer o = people.get(no);
                return o == null ? new HandlingOfficer(null, no, false, null)
                        : new HandlingOfficer(o.name(), no, validOn(o, d.decisionDate()), o.agencyCode());
            }).toList());
        }
        return result;
    }

    @BatchMapping(typeName = "HandlingOfficer", field = "agency")
    Map<HandlingOfficer, Agency> agencyOfHandler(List<HandlingOfficer> items) {
        return agencies.agenciesOf(items, HandlingOfficer::agencyCode);
    }

    @SchemaMapping(typeName = "PenaltyDecision")
    LocalDate publishedUntil(PublicDecision d) {
        return d.visibleUntil().minusDays(1);
    }

    @SchemaMapping(typeName = "PenaltyDecision")
    Correction correction(PublicDecision d) {
        return d.status() == DecisionStatus.CHANGED ? new Correction(d.correctedOn(), d.correctionReason()) : null;
    }

    @SchemaMapping(typeName = "PenaltyDecision")
    LegalReview legalReview(PublicDecision d) {
        if (!d.major()) {
            return null;
        }
        boolean passed = d.legalReviewDate() != null && !d.legalReviewDate().isAfter(d.decisionDate());
        return new LegalReview(passed, d.legalReviewDate());
    }

    /** Whether a credential was within its validity dates on a past day (the recorded status is today's). */
    static boolean validOn(Officer o, LocalDate day) {
        return (o.issuedOn() == null || !day.isBefore(o.issuedOn())) && (o.expiresOn() == null || day.isBefore(o.expiresOn()));
    }
}
