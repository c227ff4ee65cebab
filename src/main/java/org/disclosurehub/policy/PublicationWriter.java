package org.disclosurehub.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.disclosurehub.calendar.LegalTime;
import org.disclosurehub.database.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Writes penalty decisions and, through the policy, everything public derived from them: the
 * public row (masked), its name bigrams, withdrawal notices, and the events mirrors follow.
 * An incoming decision identical to the stored one is skipped, so replaying an import changes
 * nothing. Callers run it inside their transaction.
 */
@Service
public class PublicationWriter {

    private final JdbcTemplate jdbc;
    private final DisclosurePolicy policy;
    private final Clock clock;

    PublicationWriter(JdbcTemplate jdbc, DisclosurePolicy policy, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    /** What is stored of a decision, for telling what a new version changes in public. */
    record Stored(String rowHash, String publicHash, PublicState state) {
    }

    /** What the public sees of a decision on a given day. */
    enum PublicState { VISIBLE, NOTICE, NONE }

    /**
     * @param districts district of each deciding agency
     * @param fresh     true when the table held no decisions before this import (nothing to compare)
     * @return how many decisions were new or changed
     */
    public int write(List<Decision> decisions, Map<String, String> districts, boolean fresh) {
        return write(decisions, districts, fresh, false);
    }

    /**
     * Judges stored decisions again under the policy in force, after it changed: what the public
     * sees follows the new verdicts (rows published, removed, windows moved, notices added or
     * dropped) and mirrors get the events. The stored rows keep their hash, so the next import of
     * the same file still changes nothing.
     *
     * @return how many decisions were judged
     */
    public int rejudge(List<Decision> decisions) {
        return write(decisions, districtsOf(decisions), false, true);
    }

    private int write(List<Decision> decisions, Map<String, String> districts, boolean fresh, boolean rejudge) {
        LocalDateTime now = now(clock);
        LocalDate today = LegalTime.today(clock);
        Map<String, Stored> stored = fresh ? Map.of() : stored(decisions, today);
        List<Object[]> raw = new ArrayList<>();
        List<Object[]> officers = new ArrayList<>();
        List<Object[]> publicRows = new ArrayList<>();
        List<Object[]> grams = new ArrayList<>();
        List<Object[]> notices = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        Set<String> replaced = new LinkedHashSet<>();
        Set<String> notPublic = new LinkedHashSet<>();
        Set<String> noNotice = new LinkedHashSet<>();
        int written = 0;
        for (Decision d : decisions) {
            Stored before = stored.get(d.decisionNo());
            String rowHash = rejudge && before != null ? before.rowHash() : rowHash(d);
            if (!rejudge && before != null && before.rowHash().equals(rowHash)) {
                continue;
            }
            written++;
            PublicationRows rows = PublicationRows.of(d, districts.get(d.agencyCode()), before, rowHash, policy, today, now);
            raw.add(rows.raw());
            if (before != null) {
                replaced.add(d.decisionNo());
            }
            if (rows.publicRow() != null) {
                publicRows.add(PublicationRows.publicRow(rows.publicRow(), rows.firstPublished()));
                grams.addAll(PublicationRows.gramRows(rows.publicRow()));
                officers.addAll(rows.officers());
            } else if (before != null) {
                notPublic.add(d.decisionNo());
            }
            if (rows.notice() != null) {
                notices.add(rows.notice());
            } else if (before != null) {
                noNotice.add(d.decisionNo());
            }
            if (rows.event() != null) {
                events.add(rows.event());
            }
        }
        if (!replaced.isEmpty()) {
            deleteWhereIn("DELETE FROM decision_officer WHERE decision_no IN (%s)", replaced);
            deleteGrams(replaced);
        }
        if (!notPublic.isEmpty()) {
            deleteWhereIn("DELETE FROM public_decision WHERE decision_no IN (%s)", notPublic);
        }
        if (!noNotice.isEmpty()) {
            deleteWhereIn("DELETE FROM withdrawal_notice WHERE decision_no IN (%s)", noNotice);
        }
        insertRaw(raw);
        jdbc.batchUpdate("INSERT INTO decision_officer (decision_no, position, credential_no) VALUES (?, ?, ?)", officers);
        upsertPublic(publicRows);
        jdbc.batchUpdate("INSERT IGNORE INTO public_decision_gram (gram, visible_until, decision_date, decision_no)"
                + " VALUES (?, ?, ?, ?)", grams);
        jdbc.batchUpdate("INSERT INTO withdrawal_notice (decision_no, agency_code, withdrawn_on, reason, visible_until)"
                + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE agency_code = VALUES(agency_code),"
                + " withdrawn_on = VALUES(withdrawn_on), reason = VALUES(reason), visible_until = VALUES(visible_until)",
                notices);
        jdbc.batchUpdate("INSERT INTO publication_event (at, kind, decision_no, agency_code) VALUES (?, ?, ?, ?)", events);
        return written;
    }

    /**
     * The instant written into the tables, in UTC, to the second. The columns keep milliseconds,
     * but Connector/J binds a LocalDateTime without them for a MariaDB 10.x server (whose
     * handshake reports "5.5.5-", a version before fractional seconds), while a load file keeps
     * whatever it is given: cut here, both ways of writing store the same instant on every server.
     */
    static LocalDateTime now(Clock clock) {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    static PublicState state(Decision d, DisclosurePolicy.Verdict verdict, LocalDate today) {
        if (verdict.publishable()) {
            return !today.isBefore(d.decisionDate()) && today.isBefore(verdict.visibleUntil())
                    ? PublicState.VISIBLE : PublicState.NONE;
        }
        if (verdict.withdrawalNotice()) {
            return !today.isBefore(d.statusChangedOn()) && today.isBefore(verdict.visibleUntil())
                    ? PublicState.NOTICE : PublicState.NONE;
        }
        return PublicState.NONE;
    }

    /** The change-feed event for a transition of what the public sees, or null for none. */
    static String event(PublicState was, PublicState now, String publicHashBefore, String publicHashAfter) {
        if (now == PublicState.VISIBLE) {
            if (was != PublicState.VISIBLE) {
                return PublicationChange.PUBLISHED;
            }
            return publicHashAfter.equals(publicHashBefore) ? null : PublicationChange.CORRECTED;
        }
        if (now == PublicState.NOTICE && was != PublicState.NOTICE) {
            return PublicationChange.WITHDRAWN;
        }
        if (now == PublicState.NONE && was != PublicState.NONE) {
            return PublicationChange.REMOVED;
        }
        return null;
    }

    private Map<String, Stored> stored(List<Decision> decisions, LocalDate today) {
        List<String> keys = decisions.stream().map(Decision::decisionNo).toList();
        Map<String, Stored> result = new HashMap<>();
        jdbc.query("SELECT p.decision_no, p.row_hash, p.public_hash, p.withheld_reason, p.visible_until, p.decision_date,"
                        + " n.withdrawn_on FROM penalty_decision p LEFT JOIN withdrawal_notice n ON n.decision_no = p.decision_no"
                        + " WHERE p.decision_no IN (" + Sql.placeholders(keys.size()) + ")",
                rs -> {
                    LocalDate until = rs.getObject("visible_until", LocalDate.class);
                    LocalDate date = rs.getObject("decision_date", LocalDate.class);
                    LocalDate withdrawn = rs.getObject("withdrawn_on", LocalDate.class);
                    PublicState state = PublicState.NONE;
                    if (rs.getString("withheld_reason") == null && until != null && !today.isBefore(date)
                            && today.isBefore(until)) {
                        state = PublicState.VISIBLE;
                    } else if (withdrawn != null && !today.isBefore(withdrawn) && today.isBefore(until)) {
                        state = PublicState.NOTICE;
                    }
                    result.put(rs.getString("decision_no"),
                            new Stored(rs.getString("row_hash"), rs.getString("public_hash"), state));
                }, keys.toArray());
        return result;
    }

    /** Stored decisions in order of their number, after the given one ("" for the first), as they were sent. */
    List<Decision> storedAfter(String afterNo, int limit) {
        return jdbc.query("SELECT " + DecisionRecords.COLUMNS + " FROM penalty_decision WHERE decision_no > ?"
                + " ORDER BY decision_no LIMIT " + limit, DecisionRecords.MAPPER, afterNo);
    }

    private Map<String, String> districtsOf(List<Decision> decisions) {
        List<String> codes = decisions.stream().map(Decision::agencyCode).distinct().toList();
        Map<String, String> districts = new HashMap<>();
        if (!codes.isEmpty()) {
            jdbc.query("SELECT code, district FROM agency WHERE code IN (" + Sql.placeholders(codes.size()) + ")",
                    rs -> {
                        districts.put(rs.getString(1), rs.getString(2));
                    }, codes.toArray());
        }
        return districts;
    }

    /**
     * Deletes the name grams of stored decisions by their full key: the grams of a public row are
     * those of its party name, with its window and date (as {@link PublicationRows#gramRows} wrote
     * them). The gram table has no index by decision number, which would double the cost of
     * every gram an import writes.
     */
    private void deleteGrams(Set<String> decisionNos) {
        List<Object[]> keys = new ArrayList<>();
        jdbc.query("SELECT decision_no, party_name, visible_until, decision_date FROM public_decision WHERE decision_no IN ("
                + Sql.placeholders(decisionNos.size()) + ")", rs -> {
                    LocalDate until = rs.getObject("visible_until", LocalDate.class);
                    LocalDate date = rs.getObject("decision_date", LocalDate.class);
                    for (String gram : NameGrams.of(rs.getString("party_name"))) {
                        keys.add(new Object[] {gram, until, date, rs.getString("decision_no")});
                    }
                }, decisionNos.toArray());
        jdbc.batchUpdate("DELETE FROM public_decision_gram WHERE gram = ? AND visible_until = ? AND decision_date = ?"
                + " AND decision_no = ?", keys);
    }

    private void deleteWhereIn(String sql, Set<String> keys) {
        jdbc.update(sql.formatted(Sql.placeholders(keys.size())), keys.toArray());
    }

    private void insertRaw(List<Object[]> rows) {
        String columns = String.join(", ", PublicationRows.RAW_COLUMNS);
        String updates = PublicationRows.RAW_COLUMNS.stream().filter(c -> !c.equals("decision_no"))
                .map(c -> c + " = VALUES(" + c + ")").collect(Collectors.joining(", "));
        jdbc.batchUpdate("INSERT INTO penalty_decision (" + columns + ") VALUES ("
                + Sql.placeholders(PublicationRows.RAW_COLUMNS.size()) + ")"
                // a stored decision whose content changes gets a new version (optimistic locking of
                // corrections); first in the list, so row_hash is still the stored one
                + " ON DUPLICATE KEY UPDATE version = version + IF(row_hash = VALUES(row_hash), 0, 1), " + updates, rows);
    }

    private void upsertPublic(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String updates = PublicationRows.PUBLIC_COLUMNS.stream()
                .filter(c -> !c.equals("decision_no") && !c.equals("first_published_at"))
                .map(c -> c + " = VALUES(" + c + ")").collect(Collectors.joining(", "));
        jdbc.batchUpdate("INSERT INTO public_decision (" + String.join(", ", PublicationRows.PUBLIC_COLUMNS) + ") VALUES ("
                + Sql.placeholders(PublicationRows.PUBLIC_COLUMNS.size()) + ") ON DUPLICATE KEY UPDATE " + updates
                + ", first_published_at = COALESCE(first_published_at, VALUES(first_published_at))", rows);
    }

    static String join(List<PenaltyType> types) {
        return types.stream().map(Enum::name).collect(Collectors.joining("|"));
    }

    static String hash(String s) {
        return Sha256.of(s);
    }

    /** The hash of the decision as sent: {@code hash(d.toString())}. */
    static String rowHash(Decision d) {
        Sha256 sha = Sha256.get();
        d.appendTo(sha.text());
        return sha.hex();
    }
}
