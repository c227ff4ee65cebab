package org.disclosurehub.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.disclosurehub.database.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Withdrawal notices, shown from the withdrawal until the end of the publication period the
 * decision would have had: after that, as for the decision itself, nothing remains.
 */
@Repository
public class WithdrawalNotices {

    static final String VISIBLE = "n.withdrawn_on <= ? AND n.visible_until > ?";

    private final JdbcClient jdbc;

    WithdrawalNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<WithdrawalNotice> find(String decisionNo, LocalDate today) {
        return jdbc.sql("SELECT n.decision_no, n.agency_code, n.withdrawn_on, n.reason FROM withdrawal_notice n"
                        + " WHERE n.decision_no = ? AND " + VISIBLE)
                .params(decisionNo, today, today).query(WithdrawalNotices::map).optional();
    }

    /** Newest first, by (withdrawn_on, decision_no); fetches one extra row. */
    public List<WithdrawalNotice> page(String agencyCode, int size, List<Object> after, LocalDate today) {
        Sql.Where where = new Sql.Where().and(VISIBLE, today, today);
        if (agencyCode != null) {
            where.and("n.agency_code = ?", agencyCode);
        }
        if (after != null) {
            where.keyset(List.of("n.withdrawn_on", "n.decision_no"), after, false);
        }
        return jdbc.sql("SELECT n.decision_no, n.agency_code, n.withdrawn_on, n.reason FROM withdrawal_notice n" + where
                        + " ORDER BY n.withdrawn_on DESC, n.decision_no DESC LIMIT " + (size + 1))
                .params(where.params()).query(WithdrawalNotices::map).list();
    }

    public long count(String agencyCode, LocalDate today) {
        Sql.Where where = new Sql.Where().and(VISIBLE, today, today);
        if (agencyCode != null) {
            where.and("n.agency_code = ?", agencyCode);
        }
        return jdbc.sql("SELECT COUNT(*) FROM withdrawal_notice n" + where).params(where.params()).query(Long.class).single();
    }

    static WithdrawalNotice map(ResultSet rs, int row) throws SQLException {
        return new WithdrawalNotice(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4));
    }
}
