package org.disclosurehub.request;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.disclosurehub.database.Sql;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * disclosure_request and request_event. The public reads here never select the applicant's
 * identity or contact; {@link #identity} is for staff paths only. Instants are stored in UTC.
 */
@Repository
public class ApplicationStore {

    private static final int IN_LIST = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ApplicationStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** What the engine needs of a submission. */
    public record Submission(String agencyCode, ApplicantType applicantType, Channel channel, Instant submittedAt) {
    }

    /** The application without its applicant's identity: what the applicant and public paths may read. */
    public record Stored(String trackingNo, String agencyCode, ApplicantType applicantType, String description,
            InformationFormat format, Delivery delivery, Channel channel, Instant submittedAt, byte[] queryCodeHash,
            boolean publicRegister) {
    }

    /** Who applied (art. 29): only for a caseworker of the agency, and every read is audited. */
    public record Identity(String trackingNo, String agencyCode, String name, String idNo, String contact) {
    }

    public void upsert(List<ApplicationRecord> batch) {
        template.batchUpdate("""
                INSERT INTO disclosure_request (tracking_no, agency_code, applicant_type, applicant_name, applicant_id_no,
                    applicant_contact, description, format, delivery, channel, submitted_at, query_code_sha256,
                    public_register)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE agency_code = VALUES(agency_code), applicant_type = VALUES(applicant_type),
                    applicant_name = VALUES(applicant_name), applicant_id_no = VALUES(applicant_id_no),
                    applicant_contact = VALUES(applicant_contact), description = VALUES(description),
                    format = VALUES(format), delivery = VALUES(delivery), channel = VALUES(channel),
                    submitted_at = VALUES(submitted_at),
                    query_code_sha256 = COALESCE(VALUES(query_code_sha256), query_code_sha256),
                    public_register = VALUES(public_register)""",
                batch, batch.size(), (ps, a) -> {
                    ps.setString(1, a.trackingNo());
                    ps.setString(2, a.agencyCode());
                    ps.setString(3, a.applicantType().name());
                    ps.setString(4, a.applicantName());
                    ps.setString(5, a.applicantIdNo());
                    ps.setString(6, a.applicantContact());
                    ps.setString(7, a.description());
                    ps.setString(8, a.format().name());
                    ps.setString(9, a.delivery().name());
                    ps.setString(10, a.channel().name());
                    ps.setObject(11, utc(a.submittedAt()));
                    ps.setBytes(12, a.queryCodeHash());
                    ps.setBoolean(13, a.publicRegister());
                });
    }

    /** Inserts a new application; false if the tracking number is taken. */
    public boolean insert(ApplicationRecord a) {
        try {
            upsertNew(a);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private void upsertNew(ApplicationRecord a) {
        jdbc.sql("""
                INSERT INTO disclosure_request (tracking_no, agency_code, applicant_type, applicant_name, applicant_id_no,
                    applicant_contact, description, format, delivery, channel, submitted_at, query_code_sha256,
                    public_register)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.trackingNo(), a.agencyCode(), a.applicantType().name(), a.applicantName(), a.applicantIdNo(),
                        a.applicantContact(), a.description(), a.format().name(), a.delivery().name(), a.channel().name(),
                        utc(a.submittedAt()), a.queryCodeHash(), a.publicRegister())
                .update();
    }

    public void upsertEvents(List<EventRecord> batch) {
        template.batchUpdate("""
                INSERT INTO request_event (tracking_no, occurred_at, kind, outcome, detail) VALUES (?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE outcome = VALUES(outcome), detail = VALUES(detail)""",
                batch, batch.size(), (ps, e) -> {
                    ps.setString(1, e.trackingNo());
                    ps.setObject(2, utc(e.at()));
                    ps.setString(3, e.kind().name());
                    ps.setString(4, e.outcome());
                    ps.setString(5, e.detail());
                });
    }

    public boolean anyEvents() {
        return !jdbc.sql("SELECT id FROM request_event LIMIT 1").query(Long.class).list().isEmpty();
    }

    public Map<String, Submission> submissions(Collection<String> trackingNos) {
        Map<String, Submission> result = new HashMap<>();
        for (List<String> chunk : chunks(trackingNos)) {
            jdbc.sql("SELECT tracking_no, agency_code, applicant_type, channel, submitted_at FROM disclosure_request"
                            + " WHERE tracking_no IN (" + Sql.placeholders(chunk.size()) + ")")
                    .params(chunk)
                    .query(rs -> {
                        result.put(rs.getString(1), submission(rs));
                    });
        }
        return result;
    }

    /** Stored events of these applications, each list oldest first. */
    public Map<String, List<EventRecord>> events(Collection<String> trackingNos) {
        Map<String, List<EventRecord>> result = new HashMap<>();
        for (List<String> chunk : chunks(trackingNos)) {
            jdbc.sql("SELECT tracking_no, occurred_at, kind, outcome, detail FROM request_event WHERE tracking_no IN ("
                            + Sql.placeholders(chunk.size()) + ")")
                    .params(chunk)
                    .query(rs -> {
                        EventRecord e = event(rs);
                        result.computeIfAbsent(e.trackingNo(), k -> new ArrayList<>()).add(e);
                    });
        }
        result.values().forEach(l -> l.sort(Histories.ORDER));
        return result;
    }

    public Optional<Stored> find(String trackingNo) {
        return jdbc.sql("""
                SELECT tracking_no, agency_code, applicant_type, description, format, delivery, channel, submitted_at,
                    query_code_sha256, public_register
                FROM disclosure_request WHERE tracking_no = ?""")
                .param(trackingNo)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), ApplicantType.valueOf(rs.getString(3)),
                        rs.getString(4), InformationFormat.valueOf(rs.getString(5)), Delivery.valueOf(rs.getString(6)),
                        Channel.valueOf(rs.getString(7)), instant(rs, 8), rs.getBytes(9), rs.getBoolean(10)))
                .optional();
    }

    /** An application with its events (oldest first), in one round trip: the applicant's look-up path. */
    public record WithEvents(Stored application, List<EventRecord> events) {
    }

    public Optional<WithEvents> findWithEvents(String trackingNo) {
        List<Stored> application = new ArrayList<>(1);
        List<EventRecord> events = new ArrayList<>();
        jdbc.sql("""
                SELECT r.tracking_no, r.agency_code, r.applicant_type, r.description, r.format, r.delivery, r.channel,
                    r.submitted_at, r.query_code_sha256, r.public_register, e.occurred_at, e.kind, e.outcome, e.detail
                FROM disclosure_request r LEFT JOIN request_event e ON e.tracking_no = r.tracking_no
                WHERE r.tracking_no = ?""")
                .param(trackingNo)
                .query(rs -> {
                    if (application.isEmpty()) {
                        application.add(new Stored(rs.getString(1), rs.getString(2), ApplicantType.valueOf(rs.getString(3)),
                                rs.getString(4), InformationFormat.valueOf(rs.getString(5)), Delivery.valueOf(rs.getString(6)),
                                Channel.valueOf(rs.getString(7)), instant(rs, 8), rs.getBytes(9), rs.getBoolean(10)));
                    }
                    if (rs.getString(12) != null) {
                        events.add(new EventRecord(rs.getString(1), instant(rs, 11), EventKind.valueOf(rs.getString(12)),
                                rs.getString(13), rs.getString(14)));
                    }
                });
        if (application.isEmpty()) {
            return Optional.empty();
        }
        events.sort(Histories.ORDER);
        return Optional.of(new WithEvents(application.get(0), events));
    }

    public List<EventRecord> eventsOf(String trackingNo) {
        List<EventRecord> events = jdbc.sql("SELECT tracking_no, occurred_at, kind, outcome, detail FROM request_event"
                        + " WHERE tracking_no = ?")
                .param(trackingNo)
                .query((rs, n) -> event(rs))
                .list();
        List<EventRecord> sorted = new ArrayList<>(events);
        sorted.sort(Histories.ORDER);
        return sorted;
    }

    public void insertEvent(EventRecord e) {
        upsertEvents(List.of(e));
    }

    public Optional<Identity> identity(String trackingNo) {
        return jdbc.sql("SELECT tracking_no, agency_code, applicant_name, applicant_id_no, applicant_contact"
                        + " FROM disclosure_request WHERE tracking_no = ?")
                .param(trackingNo)
                .query((rs, n) -> new Identity(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .optional();
    }

    /** An application in the public register: never the applicant. */
    public record RegisterRow(String trackingNo, String agencyCode, Instant submittedAt, String description) {
    }

    /**
     * A page of the register, newest first: only applications whose applicant consented. Keyset on
     * (submitted_at, tracking_no) descending.
     */
    public List<RegisterRow> register(String agencyCode, Instant afterSubmitted, String afterTrackingNo, int limit) {
        Sql.Where where = new Sql.Where().and("public_register = TRUE");
        if (agencyCode != null) {
            where.and("agency_code = ?", agencyCode);
        }
        if (afterSubmitted != null) {
            where.keyset(List.of("submitted_at", "tracking_no"), List.of(utc(afterSubmitted), afterTrackingNo), false);
        }
        return jdbc.sql("SELECT tracking_no, agency_code, submitted_at, description FROM disclosure_request" + where
                        + " ORDER BY submitted_at DESC, tracking_no DESC LIMIT " + limit)
                .params(where.params())
                .query((rs, n) -> new RegisterRow(rs.getString(1), rs.getString(2), instant(rs, 3), rs.getString(4)))
                .list();
    }

    public long registerCount(String agencyCode) {
        Sql.Where where = new Sql.Where().and("public_register = TRUE");
        if (agencyCode != null) {
            where.and("agency_code = ?", agencyCode);
        }
        return jdbc.sql("SELECT COUNT(*) FROM disclosure_request" + where).params(where.params()).query(Long.class).single();
    }

    /** Receives every application with its events, in tracking-number order (the derived-state ledger). */
    public interface HistoryConsumer {
        void accept(String trackingNo, Submission submission, List<EventRecord> events);
    }

    /**
     * Reads all applications and their events in two queries (a few hundred bytes each: 100,000
     * applications fit in tens of megabytes) and hands them over one application at a time. The
     * events come without the free text of answers and notes (see below).
     */
    public void streamAll(HistoryConsumer consumer) {
        Map<String, Submission> submissions = new HashMap<>();
        List<String> order = new ArrayList<>();
        jdbc.sql("SELECT tracking_no, agency_code, applicant_type, channel, submitted_at FROM disclosure_request")
                .query(rs -> {
                    String t = rs.getString(1);
                    submissions.put(t, submission(rs));
                    order.add(t);
                });
        Map<String, List<EventRecord>> events = new HashMap<>(submissions.size() * 2);
        // the derived state needs only the details that carry a date, a number or a kind: answer
        // texts and notes, most of the bytes, stay in the database
        jdbc.sql("SELECT tracking_no, occurred_at, kind, outcome, CASE WHEN kind IN ('CORRECTION_REQUESTED',"
                        + " 'DELAY_NOTIFIED', 'EXTENDED', 'REVIEW_FILED') THEN detail END FROM request_event")
                .query(rs -> {
                    EventRecord e = event(rs);
                    events.computeIfAbsent(e.trackingNo(), k -> new ArrayList<>(4)).add(e);
                });
        for (String t : order) {
            List<EventRecord> list = events.getOrDefault(t, List.of());
            if (list.size() > 1) {
                list.sort(Histories.ORDER);
            }
            consumer.accept(t, submissions.get(t), list);
        }
    }

    private static Submission submission(ResultSet rs) throws SQLException {
        return new Submission(rs.getString(2), ApplicantType.valueOf(rs.getString(3)), Channel.valueOf(rs.getString(4)),
                instant(rs, 5));
    }

    private static EventRecord event(ResultSet rs) throws SQLException {
        return new EventRecord(rs.getString(1), instant(rs, 2), EventKind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t.toInstant(ZoneOffset.UTC);
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static List<List<String>> chunks(Collection<String> all) {
        List<List<String>> chunks = new ArrayList<>();
        List<String> current = new ArrayList<>(IN_LIST);
        for (String s : all) {
            current.add(s);
            if (current.size() == IN_LIST) {
                chunks.add(current);
                current = new ArrayList<>(IN_LIST);
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }
}
