package org.disclosurehub.policy;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.disclosurehub.database.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every public read of penalty decisions. It reads only public_decision (masked, no ID numbers)
 * and always through {@link #VISIBLE}, so lists, counts, sums, searches, cursors and nested
 * fields agree on what is shown today.
 */
@Repository
public class PublicDecisions {

    /** The SQL form of the visibility rule (twin of {@link DisclosurePolicy#visibleOn}); binds today twice. */
    public static final String VISIBLE = "d.decision_date <= ? AND d.visible_until > ?";

    static final String COLUMNS = "d.decision_no, d.agency_code, d.district, d.power_code, d.party_type, d.party_name,"
            + " d.party_credit_code, d.legal_representative, d.violation_facts, d.legal_basis, d.penalty_types,"
            + " d.fine_amount, d.confiscation_amount, d.decision_date, d.visible_until, d.status, d.corrected_on,"
            + " d.correction_reason, d.major, d.legal_review_date, d.published_on";

    private final JdbcClient jdbc;

    PublicDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PublicDecision> find(String decisionNo, LocalDate today) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM public_decision d WHERE d.decision_no = ? AND " + VISIBLE)
                .params(decisionNo, today, today).query(PublicDecisions::map).optional();
    }

    /**
     * One page, plus one row to tell whether more follow.
     *
     * @param after sort-key values of the last row already seen: [date or fine, decision_no], or null
     */
    public List<PublicDecision> page(DecisionQuery q, DecisionOrder order, int size, List<Object> after, LocalDate today) {
        Sql.Where where = new Sql.Where();
        String from = from(q, today, where);
        if (after != null) {
            where.keyset(List.of(order.column, "d.decision_no"), after, order.ascending);
        }
        String direction = order.ascending ? " ASC" : " DESC";
        return jdbc.sql("SELECT " + COLUMNS + from + where + " ORDER BY " + order.column + direction + ", d.decision_no"
                        + direction + " LIMIT " + (size + 1))
                .params(where.params()).query(PublicDecisions::map).list();
    }

    public long count(DecisionQuery q, LocalDate today) {
        Sql.Where where = new Sql.Where();
        String from = from(q, today, where);
        return jdbc.sql("SELECT COUNT(*)" + from + where).params(where.params()).query(Long.class).single();
    }

    /** What a nested list of decisions belongs to: an agency, a powers-list item or a handling officer. */
    public enum Owner {
        AGENCY("d.agency_code", ""),
        POWER("d.power_code", ""),
        OFFICER("o.credential_no", " JOIN decision_officer o ON o.decision_no = d.decision_no");

        final String column;
        final String join;

        Owner(String column, String join) {
            this.column = column;
            this.join = join;
        }
    }

    /**
     * The first page (newest first, plus one row) of the decisions of many owners, in one query:
     * a list of agencies each with its decisions costs one statement, not one per agency.
     */
    public Map<String, List<PublicDecision>> firstPages(Owner owner, Collection<String> keys, int size, LocalDate today) {
        Map<String, List<PublicDecision>> result = new HashMap<>();
        if (keys.isEmpty()) {
            return result;
        }
        List<Object> params = new ArrayList<>(List.of(today, today));
        params.addAll(keys);
        jdbc.sql("SELECT * FROM (SELECT " + COLUMNS + ", " + owner.column + " AS owner_key, ROW_NUMBER() OVER (PARTITION BY "
                        + owner.column + " ORDER BY d.decision_date DESC, d.decision_no DESC) AS rn FROM public_decision d"
                        + owner.join + " WHERE " + VISIBLE + " AND " + owner.column + " IN (" + Sql.placeholders(keys.size())
                        + ")) x WHERE x.rn <= " + (size + 1) + " ORDER BY x.owner_key, x.rn")
                .params(params)
                .query(rs -> {
                    result.computeIfAbsent(rs.getString("owner_key"), k -> new ArrayList<>()).add(map(rs, 0));
                });
        return result;
    }

    /** How many decisions of each owner are shown today, in one query. */
    public Map<String, Long> counts(Owner owner, Collection<String> keys, LocalDate today) {
        Map<String, Long> result = new HashMap<>();
        if (keys.isEmpty()) {
            return result;
        }
        List<Object> params = new ArrayList<>(List.of(today, today));
        params.addAll(keys);
        jdbc.sql("SELECT " + owner.column + ", COUNT(*) FROM public_decision d" + owner.join + " WHERE " + VISIBLE + " AND "
                        + owner.column + " IN (" + Sql.placeholders(keys.size()) + ") GROUP BY " + owner.column)
                .params(params)
                .query(rs -> {
                    result.put(rs.getString(1), rs.getLong(2));
                });
        return result;
    }

    /**
     * For every agency (a plain list, ordered by code): how many decisions are shown today with a
     * decision date in [from, to], and their fines. Agencies with none are listed with zero.
     */
    public List<AgencyTotals> totalsByAgency(LocalDate from, LocalDate to, String district, LocalDate today) {
        List<Object> params = new ArrayList<>(List.of(from, to, today, today));
        String where = "";
        if (district != null) {
            where = " WHERE a.district = ?";
            params.add(district);
        }
        return jdbc.sql("SELECT a.code, COALESCE(t.n, 0), COALESCE(t.fines, 0) FROM agency a LEFT JOIN ("
                        + "SELECT d.agency_code, COUNT(*) AS n, SUM(d.fine_amount) AS fines FROM public_decision d"
                        + " WHERE d.decision_date BETWEEN ? AND ? AND " + VISIBLE + " GROUP BY d.agency_code"
                        + ") t ON t.agency_code = a.code" + where + " ORDER BY a.code")
                .params(params)
                .query((rs, n) -> new AgencyTotals(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3))).list();
    }

    /** Handling officers' credential numbers of each decision, in the order the decision lists them. */
    public Map<String, List<String>> handlers(Collection<String> decisionNos) {
        Map<String, List<String>> result = new HashMap<>();
        if (!decisionNos.isEmpty()) {
            jdbc.sql("SELECT decision_no, credential_no FROM decision_officer WHERE decision_no IN ("
                            + Sql.placeholders(decisionNos.size()) + ") ORDER BY decision_no, position")
                    .params(new ArrayList<>(decisionNos))
                    .query(rs -> {
                        result.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    });
        }
        return result;
    }

    /** FROM clause and conditions for a query; the visibility rule is always among them. */
    private static String from(DecisionQuery q, LocalDate today, Sql.Where where) {
        StringBuilder from = new StringBuilder(" FROM public_decision d");
        String contains = q.partyNameContains();
        if (contains != null && contains.codePointCount(0, contains.length()) >= 2) {
            String gram = NameGrams.of(contains).iterator().next();
            // the gram's whole key, so that a search narrowed by other filters may start from the
            // decisions and look each one's gram up (the gram table has no other index)
            from.append(" JOIN public_decision_gram g ON g.decision_no = d.decision_no AND g.visible_until = d.visible_until"
                    + " AND g.decision_date = d.decision_date");
            where.and("g.gram = ? AND g.visible_until > ? AND g.decision_date <= ?", gram, today, today);
        }
        if (q.officerCredential() != null) {
            from.append(" JOIN decision_officer o ON o.decision_no = d.decision_no");
            where.and("o.credential_no = ?", q.officerCredential());
        }
        where.and(VISIBLE, today, today);
        if (contains != null && !contains.isEmpty()) {
            where.and("d.party_name LIKE ?", Sql.contains(contains));
        }
        if (q.agencyCode() != null) {
            where.and("d.agency_code = ?", q.agencyCode());
        }
        if (q.district() != null) {
            where.and("d.district = ?", q.district());
        }
        if (q.partyCreditCode() != null) {
            where.and("d.party_credit_code = ?", q.partyCreditCode());
        }
        if (q.decisionNo() != null) {
            where.and("d.decision_no = ?", q.decisionNo());
        }
        if (q.decidedFrom() != null) {
            where.and("d.decision_date >= ?", q.decidedFrom());
        }
        if (q.decidedTo() != null) {
            where.and("d.decision_date <= ?", q.decidedTo());
        }
        if (q.penaltyType() != null) {
            where.and("CONCAT('|', d.penalty_types, '|') LIKE ?", "%|" + q.penaltyType().name() + "|%");
        }
        if (q.fineMin() != null) {
            where.and("d.fine_amount >= ?", q.fineMin());
        }
        if (q.fineMax() != null) {
            where.and("d.fine_amount <= ?", q.fineMax());
        }
        if (q.powerCode() != null) {
            where.and("d.power_code = ?", q.powerCode());
        }
        return from.toString();
    }

    static PublicDecision map(ResultSet rs, int row) throws SQLException {
        return new PublicDecision(rs.getString("decision_no"), rs.getString("agency_code"), rs.getString("district"),
                rs.getString("power_code"), PartyType.valueOf(rs.getString("party_type")), rs.getString("party_name"),
                rs.getString("party_credit_code"), rs.getString("legal_representative"), rs.getString("violation_facts"),
                rs.getString("legal_basis"), penaltyTypes(rs.getString("penalty_types")), rs.getBigDecimal("fine_amount"),
                rs.getBigDecimal("confiscation_amount"), rs.getObject("decision_date", LocalDate.class),
                rs.getObject("visible_until", LocalDate.class), DecisionStatus.valueOf(rs.getString("status")),
                rs.getObject("corrected_on", LocalDate.class), rs.getString("correction_reason"), rs.getBoolean("major"),
                rs.getObject("legal_review_date", LocalDate.class), rs.getObject("published_on", LocalDate.class));
    }

    static List<PenaltyType> penaltyTypes(String joined) {
        return Arrays.stream(joined.split("\\|")).map(PenaltyType::valueOf).toList();
    }

    /** Published decisions of one agency in a period: how many, and their fines in yuan. */
    public record AgencyTotals(String agencyCode, long count, BigDecimal fineTotal) {
    }
}
