package org.disclosurehub.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored penalty decisions as agencies sent them (penalty_decision), for the write path only:
 * corrections and withdrawals start from what is stored. Never a public read: those go through
 * {@link PublicDecisions}.
 */
@Repository
public class DecisionRecords {

    static final String COLUMNS = "decision_no, agency_code, power_code, party_type, party_name, party_credit_code,"
            + " party_id_no, legal_representative, violation_facts, legal_basis, penalty_types, fine_amount,"
            + " confiscation_amount, decision_date, procedure_kind, officer_credentials, severity, exemption, status,"
            + " status_changed_on, status_reason, redacted_passages, major, legal_review_date, published_on";

    /** Maps the {@link #COLUMNS} of a row. */
    static final RowMapper<Decision> MAPPER = DecisionRecords::map;

    private final JdbcClient jdbc;

    DecisionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored decision and its version (see V11): a correction names the version it was made against. */
    public record Versioned(Decision decision, int version) {
    }

    /** The decision, its row locked until the current transaction ends. */
    public Optional<Versioned> lock(String decisionNo) {
        return jdbc.sql("SELECT " + COLUMNS + ", version FROM penalty_decision WHERE decision_no = ? FOR UPDATE")
                .param(decisionNo)
                .query((rs, n) -> new Versioned(map(rs, n), rs.getInt("version")))
                .optional();
    }

    /** The stored version of the decision, if there is one. */
    public Optional<Integer> version(String decisionNo) {
        return jdbc.sql("SELECT version FROM penalty_decision WHERE decision_no = ?").param(decisionNo)
                .query(Integer.class).optional();
    }

    private static Decision map(ResultSet rs, int n) throws SQLException {
        return new Decision(rs.getString(1), rs.getString(2), rs.getString(3),
                PartyType.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getString(10), PublicDecisions.penaltyTypes(rs.getString(11)),
                rs.getBigDecimal(12), rs.getBigDecimal(13), rs.getObject(14, LocalDate.class),
                ProcedureKind.valueOf(rs.getString(15)), List.of(rs.getString(16).split("\\|")),
                Severity.valueOf(rs.getString(17)), Exemption.valueOf(rs.getString(18)),
                DecisionStatus.valueOf(rs.getString(19)), rs.getObject(20, LocalDate.class), rs.getString(21),
                rs.getString(22) == null ? List.of() : List.of(rs.getString(22).split("\\|", -1)),
                rs.getBoolean(23), rs.getObject(24, LocalDate.class), rs.getObject(25, LocalDate.class));
    }
}
