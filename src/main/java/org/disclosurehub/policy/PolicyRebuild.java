package org.disclosurehub.policy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.disclosurehub.database.DataChangedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the public tables built with the disclosure policy in force. They are written at import
 * time, so a policy changed since (a switch turned off, a shorter period, a new version) would
 * leave decisions public that the policy now withholds. At start, before the hub serves anyone,
 * the policy's fingerprint is compared with the one the tables were built with (policy_state);
 * if it differs, every stored decision is judged again, in one transaction.
 */
@Component
public class PolicyRebuild implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PolicyRebuild.class);
    static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;
    private final DisclosurePolicy policy;
    private final PublicationWriter writer;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DecisionTables decisionTables;

    PolicyRebuild(JdbcTemplate jdbc, DisclosurePolicy policy, PublicationWriter writer, TransactionTemplate transactions,
            ApplicationEventPublisher events, Clock clock, DecisionTables decisionTables) {
        this.decisionTables = decisionTables;
        this.jdbc = jdbc;
        this.policy = policy;
        this.writer = writer;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        rebuildIfChanged();
    }

    /** @return how many decisions were judged again: 0 when the tables were built with this policy */
    public int rebuildIfChanged() {
        String wanted = PublicationWriter.hash(policy.fingerprint());
        List<String> built = jdbc.queryForList("SELECT fingerprint FROM policy_state WHERE id = 1", String.class);
        if (built.contains(wanted)) {
            return 0;
        }
        Integer judged = transactions.execute(status -> {
            Integer got = jdbc.queryForObject("SELECT GET_LOCK('datahub.import', 60)", Integer.class);
            if (got == null || got != 1) {
                throw new IllegalStateException("an import is running; the public tables cannot be rebuilt now");
            }
            try {
                int n = 0;
                String after = "";
                List<Decision> batch;
                while (!(batch = writer.storedAfter(after, BATCH)).isEmpty()) {
                    n += writer.rejudge(batch);
                    after = batch.get(batch.size() - 1).decisionNo();
                }
                jdbc.update("INSERT INTO policy_state (id, fingerprint, applied_at) VALUES (1, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE fingerprint = VALUES(fingerprint), applied_at = VALUES(applied_at)",
                        wanted, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                return n;
            } finally {
                jdbc.queryForObject("SELECT RELEASE_LOCK('datahub.import')", Integer.class);
            }
        });
        if (judged != null && judged > 0) {
            decisionTables.analyze();
            log.info("Disclosure policy {} differs from the one the public tables were built with: {} decisions judged again",
                    policy.version(), judged);
            events.publishEvent(new DataChangedEvent("policy"));
        }
        return judged == null ? 0 : judged;
    }
}
