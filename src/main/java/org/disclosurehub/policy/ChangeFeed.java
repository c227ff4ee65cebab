package org.disclosurehub.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The change feed for mirrors. Publications, corrections, withdrawals and removals are recorded
 * as they happen; an expiry happens at midnight (Asia/Shanghai) on the first day a decision is
 * no longer shown, and is derived from the public rows, so no job has to write it; so is the
 * publication of a decision written ahead of its decision date, at midnight on that date. Only
 * decisions the hub has shown appear.
 */
@Repository
public class ChangeFeed {

    /** Midnight in Beijing of visible_until, in UTC as the hub stores instants. */
    private static final String EXPIRY_AT = "TIMESTAMP(DATE_SUB(d.visible_until, INTERVAL 1 DAY), '16:00:00')";
    /** Midnight in Beijing of the decision date: when a decision written ahead of its date is first shown. */
    private static final String START_AT = "TIMESTAMP(DATE_SUB(d.decision_date, INTERVAL 1 DAY), '16:00:00')";

    private final JdbcClient jdbc;

    ChangeFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Changes after {@code since} up to {@code now}, ordered by (at, kind, decision_no); one extra row.
     *
     * @param after (at, kind, decision_no) of the last change already seen, or null
     */
    public List<PublicationChange> page(Instant since, Instant now, LocalDate today, int size, Cursor after) {
        LocalDateTime from = LocalDateTime.ofInstant(since, ZoneOffset.UTC);
        LocalDateTime to = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        List<Object> params = new ArrayList<>(List.of(from, to, from, to, today, from, to, today));
        String keyset = "";
        if (after != null) {
            LocalDateTime at = LocalDateTime.ofInstant(after.at(), ZoneOffset.UTC);
            keyset = " WHERE (x.at > ? OR (x.at = ? AND x.kind > ?) OR (x.at = ? AND x.kind = ? AND x.decision_no > ?))";
            params.addAll(List.of(at, at, after.kind(), at, after.kind(), after.decisionNo()));
        }
        return jdbc.sql("SELECT x.at, x.kind, x.decision_no, x.agency_code FROM ("
                        + " SELECT e.at, e.kind, e.decision_no, e.agency_code FROM publication_event e WHERE e.at > ? AND e.at <= ?"
                        + " UNION ALL"
                        // written ahead of its decision date (so not shown then): published at that midnight
                        + " SELECT " + START_AT + " AS at, 'PUBLISHED' AS kind, d.decision_no, d.agency_code"
                        + " FROM public_decision d WHERE d.first_published_at IS NULL"
                        + " AND " + START_AT + " > ? AND " + START_AT + " <= ? AND d.decision_date <= ?"
                        + " UNION ALL"
                        + " SELECT " + EXPIRY_AT + " AS at, 'EXPIRED' AS kind, d.decision_no, d.agency_code"
                        + " FROM public_decision d WHERE " + EXPIRY_AT + " > ? AND " + EXPIRY_AT + " <= ?"
                        + " AND d.visible_until <= ? AND COALESCE(d.first_published_at, " + START_AT + ") < " + EXPIRY_AT
                        + ") x" + keyset + " ORDER BY x.at, x.kind, x.decision_no LIMIT " + (size + 1))
                .params(params)
                .query((rs, n) -> new PublicationChange(rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Position in the feed. */
    public record Cursor(Instant at, String kind, String decisionNo) {
    }
}
