package org.disclosurehub.policy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The optimizer's statistics of the decision tables, which do not recompute themselves (migration
 * V51): whoever commits a write of many decisions (an import, a policy rebuild) calls
 * {@link #analyze} afterwards, so that query plans see the tables as they now are.
 */
@Component
public class DecisionTables {

    private static final Logger log = LoggerFactory.getLogger(DecisionTables.class);
    private static final String TABLES = "penalty_decision, public_decision, decision_officer, public_decision_gram,"
            + " withdrawal_notice, publication_event";

    private final JdbcTemplate jdbc;

    DecisionTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Recomputes the statistics (sampled: milliseconds, even for a million decisions). Not in a transaction: it commits. */
    public void analyze() {
        long started = System.nanoTime();
        // ANALYZE answers with a result set per table, which says what it did; an error is an exception
        jdbc.query("ANALYZE TABLE " + TABLES, rs -> {
        });
        log.debug("statistics of the decision tables recomputed in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
