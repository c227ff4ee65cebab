package org.disclosurehub.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.disclosurehub.calendar.WorkingDays;
import org.disclosurehub.database.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Public statistics about penalty decisions, computed so that they reveal nothing the policy
 * withholds: timeliness only over decisions shown today, and withheld counts protected by
 * {@link SmallCounts}.
 */
@Repository
public class PublicStatistics {

    static final int TIMELY_WORKING_DAYS = 7;

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;

    PublicStatistics(JdbcClient jdbc, WorkingDays workingDays) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
    }

    /** Timeliness per agency; only decisions shown today, with a known publication date, count. */
    public List<Timeliness> timeliness(int year, String agencyCode, LocalDate today) {
        Sql.Where where = new Sql.Where().and(PublicDecisions.VISIBLE, today, today)
                .and("d.decision_date BETWEEN ? AND ?", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .and("d.published_on IS NOT NULL");
        if (agencyCode != null) {
            where.and("d.agency_code = ?", agencyCode);
        }
        Map<String, int[]> byAgency = new TreeMap<>();
        jdbc.sql("SELECT d.agency_code, d.decision_date, d.published_on FROM public_decision d" + where)
                .params(where.params())
                .query(rs -> {
                    int[] counts = byAgency.computeIfAbsent(rs.getString(1), k -> new int[2]);
                    counts[0]++;
                    LocalDate decided = rs.getObject(2, LocalDate.class);
                    LocalDate published = rs.getObject(3, LocalDate.class);
                    if (!published.isAfter(workingDays.addWorkingDays(decided, TIMELY_WORKING_DAYS))) {
                        counts[1]++;
                    }
                });
        List<Timeliness> result = new ArrayList<>();
        byAgency.forEach((code, c) -> result.add(new Timeliness(code, year, c[0], c[1])));
        return result;
    }

    /** Withheld decisions per agency and reason for a year, with small counts protected. */
    public List<WithheldCount> withheld(int year, String agencyCode, LocalDate today) {
        return withheld(year, agencyCode == null ? null : List.of(agencyCode), today);
    }

    /** The same for a set of agencies (null: every agency). */
    private List<WithheldCount> withheld(int year, Collection<String> agencyCodes, LocalDate today) {
        List<Object> params = new ArrayList<>(List.of(today, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        String agency = "";
        if (agencyCodes != null) {
            if (agencyCodes.isEmpty()) {
                return List.of();
            }
            agency = " AND p.agency_code IN (" + Sql.placeholders(agencyCodes.size()) + ")";
            params.addAll(agencyCodes);
        }
        Map<String, Map<WithheldReason, Long>> rows = new TreeMap<>();
        jdbc.sql("SELECT x.agency_code, x.reason, COUNT(*) FROM (SELECT p.agency_code, CASE WHEN p.withheld_reason IS NOT NULL"
                        + " THEN p.withheld_reason WHEN p.visible_until <= ? THEN 'EXPIRED' END AS reason"
                        + " FROM penalty_decision p WHERE p.decision_date BETWEEN ? AND ?" + agency + ") x"
                        + " WHERE x.reason IS NOT NULL GROUP BY x.agency_code, x.reason")
                .params(params)
                .query(rs -> {
                    rows.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(WithheldReason.class))
                            .put(WithheldReason.valueOf(rs.getString(2)), rs.getLong(3));
                });
        List<WithheldCount> result = new ArrayList<>();
        rows.forEach((code, counts) -> {
            List<Long> row = new ArrayList<>();
            for (WithheldReason r : WithheldReason.values()) {
                row.add(counts.getOrDefault(r, 0L));
            }
            List<SmallCounts.Cell> cells = SmallCounts.protect(row);
            for (WithheldReason r : WithheldReason.values()) {
                SmallCounts.Cell cell = cells.get(r.ordinal());
                result.add(new WithheldCount(code, year, r, cell.count(), cell.display()));
            }
        });
        return result;
    }

    /**
     * Whether a count of every decision these agencies made in the year (published or not, as the
     * annual report prints it) would give away a withheld count below 5. That total, less the
     * published decisions and the visible withheld cells, is the sum of an agency's hidden cells.
     * The sum is safe only where a larger cell was hidden beside the small ones (complementary
     * suppression); hidden cells that are all small can be worked out from it (a sum of 2 over
     * two cells, or a single small cell standing alone).
     */
    public boolean totalWouldRevealSmallCount(int year, Collection<String> agencyCodes, LocalDate today) {
        Map<String, Boolean> smallOnly = new HashMap<>();
        for (WithheldCount c : withheld(year, agencyCodes, today)) {
            if (c.count() == null) {
                smallOnly.merge(c.agencyCode(), SmallCounts.SMALL.equals(c.display()), Boolean::logicalAnd);
            }
        }
        return smallOnly.containsValue(true);
    }

    /** Timeliness of one agency in one year. */
    public record Timeliness(String agencyCode, int year, int decisionsWithKnownDate, int publishedWithinSevenWorkingDays) {

        public Double share() {
            return decisionsWithKnownDate == 0 ? null : (double) publishedWithinSevenWorkingDays / decisionsWithKnownDate;
        }
    }

    /** One protected cell of the withheld statistics. */
    public record WithheldCount(String agencyCode, int year, WithheldReason reason, Long count, String display) {
    }
}
