package org.disclosurehub.penalty;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.execution.DataFetcherResult;
import org.disclosurehub.cache.Invalidations;
import org.disclosurehub.cache.UntilMidnight;
import org.disclosurehub.calendar.LegalTime;
import org.disclosurehub.database.DataChangedEvent;
import org.disclosurehub.graphql.HubException;
import org.disclosurehub.graphql.Page;
import org.disclosurehub.policy.DecisionOrder;
import org.disclosurehub.policy.DecisionQuery;
import org.disclosurehub.policy.PublicDecision;
import org.disclosurehub.policy.PublicDecisions;
import org.springframework.context.event.EventListener;
import org.disclosurehub.cache.CacheProperties;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;

/**
 * Pages of published decisions, with hot first pages and counts cached. What is shown changes
 * only at midnight in Beijing or on a write, so an entry lives until the next midnight (or the
 * cache TTL, the staleness bound across nodes) and every write drops them all.
 */
@Service
public class DecisionPages {

    static final Set<String> CURSOR_KEYS = Set.of("k", "no", "o");

    private final PublicDecisions decisions;
    private final Clock clock;
    private final Cache<Object, Object> cache;
    private final Invalidations invalidations;

    DecisionPages(PublicDecisions decisions, Clock clock, CacheProperties properties, Invalidations invalidations) {
        this.decisions = decisions;
        this.clock = clock;
        this.invalidations = invalidations;
        Duration ttl = properties.ttl();
        this.cache = Caffeine.newBuilder().maximumSize(20_000).expireAfter(new UntilMidnight(clock, ttl)).build();
    }

    @EventListener
    void on(DataChangedEvent event) {
        invalidations.advance();
        cache.invalidateAll();
    }

    public DataFetcherResult<Window<PublicDecision>> page(DecisionQuery query, DecisionOrder order, Page page) {
        LocalDate today = LegalTime.today(clock);
        List<Object> after = null;
        if (!page.first()) {
            if (!order.name().equals(page.afterString("o"))) {
                throw HubException.badInput("after is a cursor of a list in another order; start again without after.");
            }
            after = List.of(sortKey(order, page.afterString("k")), page.afterString("no"));
        }
        List<Object> position = after;
        List<PublicDecision> rows = page.first()
                ? cached(new PageKey(query, order, page.size(), today), () -> decisions.page(query, order, page.size(), null, today))
                : decisions.page(query, order, page.size(), position, today);
        return page.window(rows, d -> Map.of("k", sortKey(d, order), "no", d.decisionNo(), "o", order.name()),
                () -> count(query));
    }

    /** The sort key a cursor carries; one that does not parse was not issued for this list. */
    private static Object sortKey(DecisionOrder order, String key) {
        try {
            return order.byFine() ? new java.math.BigDecimal(key) : LocalDate.parse(key);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw HubException.badInput(NOT_A_CURSOR);
        }
    }

    static final String NOT_A_CURSOR = "after is not a cursor of this list; use pageInfo.endCursor from a previous page.";

    /** Per-agency totals of a period (penaltyTotals), cached like first pages. */
    public List<PublicDecisions.AgencyTotals> totals(LocalDate from, LocalDate to, String district) {
        LocalDate today = LegalTime.today(clock);
        return cached(new TotalsKey(from, to, district, today), () -> decisions.totalsByAgency(from, to, district, today));
    }

    public long count(DecisionQuery query) {
        LocalDate today = LegalTime.today(clock);
        return cached(new CountKey(query, today), () -> decisions.count(query, today));
    }

    private static String sortKey(PublicDecision d, DecisionOrder order) {
        if (order.byFine()) {
            return (d.fineAmount() == null ? java.math.BigDecimal.ZERO : d.fineAmount()).toPlainString();
        }
        return d.decisionDate().toString();
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(Object key, java.util.function.Supplier<T> loader) {
        return (T) invalidations.get(cache, key, k -> loader.get());
    }

    private record PageKey(DecisionQuery query, DecisionOrder order, int size, LocalDate day) {
    }

    private record CountKey(DecisionQuery query, LocalDate day) {
    }

    private record TotalsKey(LocalDate from, LocalDate to, String district, LocalDate day) {
    }

}
