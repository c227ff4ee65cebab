package org.disclosurehub.penalty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.execution.DataFetcherResult;
import org.disclosurehub.agency.Agency;
import org.disclosurehub.agency.AgencyDirectory;
import org.disclosurehub.calendar.LegalTime;
import org.disclosurehub.graphql.HubException;
import org.disclosurehub.graphql.Page;
import org.disclosurehub.graphql.QueryLimitProperties;
import org.disclosurehub.policy.ChangeFeed;
import org.disclosurehub.policy.PublicDecisions;
import org.disclosurehub.policy.PublicStatistics;
import org.disclosurehub.policy.PublicationChange;
import org.disclosurehub.policy.WithdrawalNotice;
import org.disclosurehub.policy.WithdrawalNotices;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** Withdrawal notices, the change feed, and the public statistics about penalty decisions. */
@Controller
class PublicationController {

    private static final Set<String> NOTICE_KEYS = Set.of("on", "no");
    private static final Set<String> CHANGE_KEYS = Set.of("at", "kind", "no");

    private final WithdrawalNotices notices;
    private final ChangeFeed feed;
    private final PublicStatistics statistics;
    private final DecisionPages pages;
    private final AgencyDirectory agencies;
    private final QueryLimitProperties limits;
    private final Clock clock;

    PublicationController(WithdrawalNotices notices, ChangeFeed feed, PublicStatistics statistics,
            DecisionPages pages, AgencyDirectory agencies, QueryLimitProperties limits, Clock clock) {
        this.notices = notices;
        this.feed = feed;
        this.statistics = statistics;
        this.pages = pages;
        this.agencies = agencies;
        this.limits = limits;
        this.clock = clock;
    }

    @QueryMapping
    DataFetcherResult<Window<WithdrawalNotice>> withdrawalNotices(@Argument String agencyCode, @Argument Integer first,
            ScrollSubrange subrange) {
        Page page = Page.of(subrange, first, limits, NOTICE_KEYS);
        LocalDate today = LegalTime.today(clock);
        List<Object> after = null;
        if (!page.first()) {
            try {
                after = List.of(LocalDate.parse(page.afterString("on")), page.afterString("no"));
            } catch (java.time.format.DateTimeParseException e) {
                throw HubException.badInput(DecisionPages.NOT_A_CURSOR);
            }
        }
        return page.window(notices.page(agencyCode, page.size(), after, today),
                n -> Map.of("on", n.withdrawnOn().toString(), "no", n.decisionNo()), () -> notices.count(agencyCode, today));
    }

    @QueryMapping
    WithdrawalNotice withdrawalNotice(@Argument String decisionNo) {
        return notices.find(decisionNo, LegalTime.today(clock)).orElse(null);
    }

    @QueryMapping
    DataFetcherResult<Window<PublicationChange>> changes(@Argument Instant since, @Argument Integer first,
            ScrollSubrange subrange) {
        Page page = Page.of(subrange, first, limits, CHANGE_KEYS);
        ChangeFeed.Cursor after = null;
        if (!page.first()) {
            try {
                after = new ChangeFeed.Cursor(Instant.parse(page.afterString("at")), page.afterString("kind"),
                        page.afterString("no"));
            } catch (java.time.format.DateTimeParseException e) {
                throw HubException.badInput("after is not a cursor of this list; use pageInfo.endCursor from a previous page.");
            }
        }
        return page.window(feed.page(since, clock.instant(), LegalTime.today(clock), page.size(), after),
                c -> Map.of("at", c.at().toString(), "kind", c.kind(), "no", c.decisionNo()), () -> 0L);
    }

    @QueryMapping
    List<PublicStatistics.Timeliness> publicationTimeliness(@Argument int year, @Argument String agencyCode) {
        checkYear(year);
        return statistics.timeliness(year, agencyCode, LegalTime.today(clock));
    }

    @QueryMapping
    List<PublicStatistics.WithheldCount> withheldStatistics(@Argument int year, @Argument String agencyCode) {
        checkYear(year);
        return statistics.withheld(year, agencyCode, LegalTime.today(clock));
    }

    @QueryMapping
    List<PublicDecisions.AgencyTotals> penaltyTotals(@Argument LocalDate from, @Argument LocalDate to,
            @Argument String district) {
        if (to.isBefore(from)) {
            throw HubException.badInput("to is before from.");
        }
        return pages.totals(from, to, district);
    }

    @BatchMapping(typeName = "WithdrawalNotice")
    Map<WithdrawalNotice, Agency> agency(List<WithdrawalNotice> items) {
        return agencies.agenciesOf(items, WithdrawalNotice::agencyCode);
    }

    @BatchMapping(typeName = "PublicationChange", field = "agency")
    Map<PublicationChange, Agency> changeAgency(List<PublicationChange> items) {
        return agencies.agenciesOf(items, PublicationChange::agencyCode);
    }

    @BatchMapping(typeName = "TimelinessFigure", field = "agency")
    Map<PublicStatistics.Timeliness, Agency> timelinessAgency(List<PublicStatistics.Timeliness> items) {
        return agencies.agenciesOf(items, PublicStatistics.Timeliness::agencyCode);
    }

    @BatchMapping(typeName = "WithheldFigure", field = "agency")
    Map<PublicStatistics.WithheldCount, Agency> withheldAgency(List<PublicStatistics.WithheldCount> items) {
        return agencies.agenciesOf(items, PublicStatistics.WithheldCount::agencyCode);
    }

    @BatchMapping(typeName = "AgencyPenaltyTotals", field = "agency")
    Map<PublicDecisions.AgencyTotals, Agency> totalsAgency(List<PublicDecisions.AgencyTotals> items) {
        return agencies.agenciesOf(items, PublicDecisions.AgencyTotals::agencyCode);
    }

    @org.springframework.graphql.data.method.annotation.SchemaMapping(typeName = "AgencyPenaltyTotals")
    long decisionCount(PublicDecisions.AgencyTotals totals) {
        return totals.count();
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2200) {
            throw HubException.badInput("year must be between 2000 and 2200, got " + year + ".");
        }
    }

}
