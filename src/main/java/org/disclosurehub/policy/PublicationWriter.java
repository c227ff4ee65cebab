package org.disclosurehub.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
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
        Instant now = clock.instant();
        LocalDate today = LegalTime.today(clock);
        Map<String, Stored> stored = fresh ? Map.of() : stored(decisions, today);
        List<Object[]> raw = new ArrayList<>();
        List<Object[]> officers = new ArrayList<>();
        List<PublicDecision> publicRows = new ArrayList<>();
        List<Object[]> notices = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        Set<String> replaced = new LinkedHashSet<>();
        Set<String> notPublic = new LinkedHashSet<>();
        Set<String> noNotice = new LinkedHashSet<>();
        Map<String, LocalDateTime> firstPublished = new HashMap<>();
        int written = 0;
        for (Decision d : decisions) {
            Stored before = stored.get(d.decisionNo());
            String rowHash = rejudge && before != null ? before.rowHash() : hash(d.toString());
            if (!rejudge && before != null && before.rowHash().equals(rowHash)) {
                continue;
            }
            written++;
            DisclosurePolicy.Verdict verdict = policy.judge(d);
            PublicDecision pub = verdict.publishable()
                    ? PublicDecisionBuilder.build(d, districts.get(d.agencyCode()), verdict.visibleUntil()) : null;
            // the handling officers are shown with the decision: a change of them is a correction
            String publicHash = pub == null ? null : hash(pub + "|" + d.officerCredentials());
            raw.add(rawRow(d, verdict, rowHash, publicHash));
            if (before != null) {
                replaced.add(d.decisionNo());
            }
            // A window that has already ended can never contain a later day: such a decision is
            // kept only in penalty_decision (for statistics), not in the public tables, of which
            // decision_officer (the handlers shown with a decision) is one.
            if (pub != null && today.isBefore(pub.visibleUntil())) {
                publicRows.add(pub);
                for (int i = 0; i < d.officerCredentials().size(); i++) {
                    officers.add(new Object[] {d.decisionNo(), i, d.officerCredentials().get(i)});
                }
            } else if (before != null) {
                notPublic.add(d.decisionNo());
            }
            if (verdict.withdrawalNotice()) {
                notices.add(new Object[] {d.decisionNo(), d.agencyCode(), d.statusChangedOn(),
                        PublicDecisionBuilder.noticeReason(d),
                        verdict.visibleUntil()});
            } else if (before != null) {
                noNotice.add(d.decisionNo());
            }
            PublicState after = state(d, verdict, today);
            PublicState was = before == null ? PublicState.NONE : before.state();
            String event = event(was, after, before == null ? null : before.publicHash(), publicHash);
            if (event != null) {
                events.add(new Object[] {LocalDateTime.ofInstant(now, ZoneOffset.UTC), event, d.decisionNo(),
                        d.agencyCode()});
            }
            if (after == PublicState.VISIBLE && was != PublicState.VISIBLE) {
                firstPublished.put(d.decisionNo(), LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            }
        }
        if (!replaced.isEmpty()) {
            deleteWhereIn("DELETE FROM decision_officer WHERE decision_no IN (%s)", replaced);
            deleteWhereIn("DELETE FROM public_decision_gram WHERE decision_no IN (%s)", replaced);
        }
        if (!notPublic.isEmpty()) {
            deleteWhereIn("DELETE FROM public_decision WHERE decision_no IN (%s)", notPublic);
        }
        if (!noNotice.isEmpty()) {
            deleteWhereIn("DELETE FROM withdrawal_notice WHERE decision_no IN (%s)", noNotice);
        }
        insertRaw(raw);
        jdbc.batchUpdate("INSERT INTO decision_officer (decision_no, position, credential_no) VALUES (?, ?, ?)", officers);
        upsertPublic(publicRows, firstPublished);
        insertGrams(publicRows);
        jdbc.batchUpdate("INSERT INTO withdrawal_notice (decision_no, agency_code, withdrawn_on, reason, visible_until)"
                + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE agency_code = VALUES(agency_code),"
                + " withdrawn_on = VALUES(withdrawn_on), reason = VALUES(reason), visible_until = VALUES(visible_until)",
                notices);
        jdbc.batchUpdate("INSERT INTO publication_event (at, kind, decision_no, agency_code) VALUES (?, ?, ?, ?)", events);
        return written;
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

    private void deleteWhereIn(String sql, Set<String> keys) {
        jdbc.update(sql.formatted(Sql.placeholders(keys.size())), keys.toArray());
    }

    private static Object[] rawRow(Decision d, DisclosurePolicy.Verdict v, String rowHash, String publicHash) {
        return new Object[] {d.decisionNo(), d.agencyCode(), d.powerCode(), d.partyType().name(), d.partyName(),
                d.partyCreditCode(), d.partyIdNo(), d.legalRepresentative(), d.violationFacts(), d.legalBasis(),
                join(d.penaltyTypes()), d.fineAmount(), d.confiscationAmount(), d.decisionDate(), d.procedure().name(),
                String.join("|", d.officerCredentials()), d.severity().name(), d.exemption().name(), d.status().name(),
                d.statusChangedOn(), d.statusReason(), d.redactedPassages().isEmpty() ? null
                        : String.join("|", d.redactedPassages()),
                d.major(), d.legalReviewDate(), d.publishedOn(), v.reason() == null ? null : v.reason().name(),
                v.visibleUntil(), rowHash, publicHash};
    }

    private void insertRaw(List<Object[]> rows) {
        String columns = "decision_no, agency_code, power_code, party_type, party_name, party_credit_code, party_id_no,"
                + " legal_representative, violation_facts, legal_basis, penalty_types, fine_amount, confiscation_amount,"
                + " decision_date, procedure_kind, officer_credentials, severity, exemption, status, status_changed_on,"
                + " status_reason, redacted_passages, major, legal_review_date, published_on, withheld_reason,"
                + " visible_until, row_hash, public_hash";
        String updates = java.util.Arrays.stream(columns.split(",")).map(String::strip).filter(c -> !c.equals("decision_no"))
                .map(c -> c + " = VALUES(" + c + ")").collect(Collectors.joining(", "));
        jdbc.batchUpdate("INSERT INTO penalty_decision (" + columns + ") VALUES (" + Sql.placeholders(29) + ")"
                // a stored decision whose content changes gets a new version (optimistic locking of
                // corrections); first in the list, so row_hash is still the stored one
                + " ON DUPLICATE KEY UPDATE version = version + IF(row_hash = VALUES(row_hash), 0, 1), " + updates, rows);
    }

    private void upsertPublic(List<PublicDecision> rows, Map<String, LocalDateTime> firstPublished) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO public_decision (decision_no, agency_code, district, power_code, party_type,"
                        + " party_name, party_credit_code, legal_representative, violation_facts, legal_basis, penalty_types,"
                        + " fine_amount, confiscation_amount, decision_date, visible_until, status, corrected_on,"
                        + " correction_reason, major, legal_review_date, published_on, first_published_at)"
                        + " VALUES (" + Sql.placeholders(22) + ") ON DUPLICATE KEY UPDATE agency_code = VALUES(agency_code),"
                        + " district = VALUES(district), power_code = VALUES(power_code), party_type = VALUES(party_type),"
                        + " party_name = VALUES(party_name), party_credit_code = VALUES(party_credit_code),"
                        + " legal_representative = VALUES(legal_representative), violation_facts = VALUES(violation_facts),"
                        + " legal_basis = VALUES(legal_basis), penalty_types = VALUES(penalty_types),"
                        + " fine_amount = VALUES(fine_amount), confiscation_amount = VALUES(confiscation_amount),"
                        + " decision_date = VALUES(decision_date), visible_until = VALUES(visible_until),"
                        + " status = VALUES(status), corrected_on = VALUES(corrected_on),"
                        + " correction_reason = VALUES(correction_reason), major = VALUES(major),"
                        + " legal_review_date = VALUES(legal_review_date), published_on = VALUES(published_on),"
                        + " first_published_at = COALESCE(first_published_at, VALUES(first_published_at))",
                rows, rows.size(), (ps, p) -> {
                    ps.setString(1, p.decisionNo());
                    ps.setString(2, p.agencyCode());
                    ps.setString(3, p.district());
                    ps.setString(4, p.powerCode());
                    ps.setString(5, p.partyType().name());
                    ps.setString(6, p.partyName());
                    ps.setString(7, p.partyCreditCode());
                    ps.setString(8, p.legalRepresentative());
                    ps.setString(9, p.violationFacts());
                    ps.setString(10, p.legalBasis());
                    ps.setString(11, join(p.penaltyTypes()));
                    ps.setBigDecimal(12, p.fineAmount());
                    ps.setBigDecimal(13, p.confiscationAmount());
                    ps.setObject(14, p.decisionDate());
                    ps.setObject(15, p.visibleUntil());
                    ps.setString(16, p.status().name());
                    ps.setObject(17, p.correctedOn());
                    ps.setString(18, p.correctionReason());
                    ps.setBoolean(19, p.major());
                    ps.setObject(20, p.legalReviewDate());
                    ps.setObject(21, p.publishedOn());
                    ps.setObject(22, firstPublished.get(p.decisionNo()));
                });
    }

    private void insertGrams(List<PublicDecision> rows) {
        List<Object[]> grams = new ArrayList<>();
        for (PublicDecision p : rows) {
            for (String gram : NameGrams.of(p.partyName())) {
                grams.add(new Object[] {gram, p.visibleUntil(), p.decisionDate(), p.decisionNo()});
            }
        }
        jdbc.batchUpdate("INSERT IGNORE INTO public_decision_gram (gram, visible_until, decision_date, decision_no)"
                + " VALUES (?, ?, ?, ?)", grams);
    }

    static String join(List<PenaltyType> types) {
        return types.stream().map(Enum::name).collect(Collectors.joining("|"));
    }

    static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
