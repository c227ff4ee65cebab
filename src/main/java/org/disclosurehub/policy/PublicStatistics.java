package org.disclosurehub.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
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
        List<Object> params = new ArrayList<>(List.of(today, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        String agency = "";
        if (agencyCode != null) {
            agency = " AND p.agency_code = ?";
            params.add(agencyCode);
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
            List<SmallCounts.Cell> cells = SmallCounts.protect(row(counts));
            for (WithheldReason r : WithheldReason.values()) {
                SmallCounts.Cell cell = cells.get(r.ordinal());
                result.add(new WithheldCount(code, year, r, cell.count(), cell.display()));
            }
        });
        return result;
    }

    /**
     * How many penalty decisions these agencies made from 1 January of {@code year} to {@code asOf},
     * published or not, as the annual report on government information disclosure prints it
     * (第二十条第（六）项 本年处理决定数量) — or empty where that total would give away a withheld
     * count below 5. The total, less the published decisions and the visible withheld cells, is the
     * sum of an agency's hidden cells: safe only where a larger cell was hidden beside the small
     * ones (complementary suppression); hidden cells that are all small can be worked out from it
     * (a sum of 2 over two cells, or a single small cell standing alone). One pass over the
     * year's decisions gives both the total and the withheld rows.
     */
    public OptionalLong decisionsMade(int year, Collection<String> agencyCodes, LocalDate asOf, LocalDate today) {
        if (agencyCodes.isEmpty()) {
            return OptionalLong.of(0);
        }
        List<Object> params = new ArrayList<>(List.of(asOf, today, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        params.addAll(agencyCodes);
        Map<String, Map<WithheldReason, Long>> rows = new TreeMap<>();
        long[] made = {0};
        jdbc.sql("SELECT x.agency_code, x.reason, SUM(x.made), COUNT(*) FROM (SELECT p.agency_code,"
                        + " CASE WHEN p.decision_date <= ? THEN 1 ELSE 0 END AS made,"
                        + " CASE WHEN p.withheld_reason IS NOT NULL THEN p.withheld_reason"
                        + " WHEN p.visible_until <= ? THEN 'EXPIRED' END AS reason"
                        + " FROM penalty_decision p WHERE p.decision_date BETWEEN ? AND ?"
                        + " AND p.agency_code IN (" + Sql.placeholders(agencyCodes.size()) + ")) x"
                        + " GROUP BY x.agency_code, x.reason")
                .params(params)
                .query(rs -> {
                    made[0] += rs.getLong(3);
                    String reason = rs.getString(2);
                    if (reason != null) {
                        rows.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(WithheldReason.class))
                                .put(WithheldReason.valueOf(reason), rs.getLong(4));
                    }
                });
        for (Map<WithheldReason, Long> counts : rows.values()) {
            boolean hidden = false;
            boolean complementary = false;
            for (SmallCounts.Cell cell : SmallCounts.protect(row(counts))) {
                hidden |= cell.count() == null;
                complementary |= SmallCounts.COMPLEMENTARY.equals(cell.display());
            }
            if (hidden && !complementary) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(made[0]);
    }

    private static List<Long> row(Map<WithheldReason, Long> counts) {
        List<Long> row = new ArrayList<>();
        for (WithheldReason r : WithheldReason.values()) {
            row.add(counts.getOrDefault(r, 0L));
        }
        return row;
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
