package org.disclosurehub.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.disclosurehub.database.DataChangedEvent;

/**
 * Keeps the public tables true to the policy in force. The tables record the fingerprint (version
 * and settings) they were built with; when the configured policy differs, every stored decision
 * is judged again and its public rows rewritten, in one transaction, before the hub serves. The
 * change feed records what that shows or hides.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PolicyRebuild implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PolicyRebuild.class);
    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;
    private final DisclosurePolicy policy;
    private final PublicationWriter writer;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PolicyRebuild(JdbcTemplate jdbc, DisclosurePolicy policy, PublicationWriter writer, TransactionTemplate transactions,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.writer = writer;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> stored = jdbc.queryForList("SELECT fingerprint FROM policy_state WHERE id = 1", String.class);
        if (!stored.isEmpty() && stored.get(0).equals(policy.fingerprint())) {
            return;
        }
        long started = System.nanoTime();
        int[] count = {0};
        transactions.executeWithoutResult(status -> {
            Map<String, String> districts = new HashMap<>();
            jdbc.query("SELECT code, district FROM agency", rs -> {
                districts.put(rs.getString(1), rs.getString(2));
            });
            String after = "";
            while (true) {
                List<Decision> batch = jdbc.query("SELECT * FROM penalty_decision WHERE decision_no > ? ORDER BY decision_no LIMIT "
                        + BATCH, PolicyRebuild::map, after);
                if (batch.isEmpty()) {
                    break;
                }
                writer.write(batch, districts, false, true);
                count[0] += batch.size();
                after = batch.get(batch.size() - 1).decisionNo();
            }
            jdbc.update("DELETE FROM policy_state WHERE id = 1");
            jdbc.update("INSERT INTO policy_state (id, fingerprint, applied_at) VALUES (1, ?, ?)", policy.fingerprint(),
                    LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        });
        events.publishEvent(new DataChangedEvent("policy"));
        if (count[0] > 0) {
            log.info("Disclosure policy {} applied to {} stored decisions in {} ms", policy.version(), count[0],
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    static Decision map(ResultSet rs, int row) throws SQLException {
        return new Decision(rs.getString("decision_no"), rs.getString("agency_code"), rs.getString("power_code"),
                PartyType.valueOf(rs.getString("party_type")), rs.getString("party_name"), rs.getString("party_credit_code"),
                rs.getString("party_id_no"), rs.getString("legal_representative"), rs.getString("violation_facts"),
                rs.getString("legal_basis"), PublicDecisions.penaltyTypes(rs.getString("penalty_types")),
                rs.getBigDecimal("fine_amount"), rs.getBigDecimal("confiscation_amount"),
                rs.getObject("decision_date", LocalDate.class), ProcedureKind.valueOf(rs.getString("procedure_kind")),
                split(rs.getString("officer_credentials")), Severity.valueOf(rs.getString("severity")),
                Exemption.valueOf(rs.getString("exemption")), DecisionStatus.valueOf(rs.getString("status")),
                rs.getObject("status_changed_on", LocalDate.class), rs.getString("status_reason"),
                split(rs.getString("redacted_passages")), rs.getBoolean("major"),
                rs.getObject("legal_review_date", LocalDate.class), rs.getObject("published_on", LocalDate.class));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\\|", -1));
    }

}
