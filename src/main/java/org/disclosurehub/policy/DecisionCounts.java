package org.disclosurehub.policy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.disclosurehub.database.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How many penalty decisions agencies made in a period: the figure the annual report on
 * government information disclosure prints under 第二十条第（六）项 (本年处理决定数量). It counts every
 * decision made, published or not, as that table does; it names none of them.
 */
@Repository
public class DecisionCounts {

    private final JdbcClient jdbc;

    DecisionCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Decisions made from {@code from} to {@code to} (inclusive) by each of these agencies. */
    public Map<String, Long> made(Collection<String> agencyCodes, LocalDate from, LocalDate to) {
        Map<String, Long> counts = new HashMap<>();
        if (agencyCodes.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT agency_code, COUNT(*) FROM penalty_decision WHERE agency_code IN ("
                        + Sql.placeholders(agencyCodes.size()) + ") AND decision_date BETWEEN ? AND ? GROUP BY agency_code")
                .params(concat(agencyCodes, from, to))
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    private static Object[] concat(Collection<String> codes, Object... more) {
        Object[] params = new Object[codes.size() + more.length];
        int i = 0;
        for (String c : codes) {
            params[i++] = c;
        }
        for (Object m : more) {
            params[i++] = m;
        }
        return params;
    }
}
