package org.disclosurehub.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The content of the hub's tables as checksums ({@code CHECKSUM TABLE}, in MySQL and MariaDB), so
 * a test can show that a refused write changed nothing at all, in any table.
 */
public final class DataSnapshot {

    /** Every table a write of the write API or an import may touch, the audit trail included. */
    public static final List<String> TABLES = List.of("calendar_day", "agency", "power_item", "power_change", "officer",
            "penalty_decision", "decision_officer", "public_decision", "public_decision_gram", "withdrawal_notice",
            "publication_event", "import_run", "audit_entry", "audit_change", "agency_token");

    /** The data tables: everything above but the import log and the audit trail, which record attempts too. */
    public static final List<String> DATA_TABLES = List.of("calendar_day", "agency", "power_item", "power_change",
            "officer", "penalty_decision", "decision_officer", "public_decision", "public_decision_gram",
            "withdrawal_notice", "publication_event");

    private DataSnapshot() {
    }

    public static Map<String, Object> of(JdbcTemplate jdbc, List<String> tables) {
        Map<String, Object> sums = new LinkedHashMap<>();
        for (String table : tables) {
            sums.put(table, jdbc.queryForList("CHECKSUM TABLE " + table).get(0).get("Checksum"));
        }
        return sums;
    }

    /** Part of a snapshot taken before: the given tables only. */
    public static Map<String, Object> of(Map<String, Object> snapshot, List<String> tables) {
        Map<String, Object> part = new LinkedHashMap<>();
        tables.forEach(t -> part.put(t, snapshot.get(t)));
        return part;
    }

    public static Map<String, Object> of(JdbcTemplate jdbc) {
        return of(jdbc, TABLES);
    }
}
