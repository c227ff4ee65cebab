package org.disclosurehub.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.disclosurehub.support.WriteHubTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A write is announced to the caches only once it has committed, so no read can fill a cache
 * with the old state after the announcement; a write that rolls back is not announced.
 */
@WriteHubTest
class DataChangesTest {

    @Autowired
    DataChanges changes;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ConfigurableApplicationContext context;

    /** What a listener saw when the event came: the source, and whether the write was visible to others. */
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeAll
    void listen() {
        context.addApplicationListener(ApplicationListener.<DataChangedEvent>forPayload(event -> {
            if (event.source().startsWith("test")) {
                // another connection than the writer's: sees only what is committed
                Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM calendar_day WHERE day = '2031-01-01'", Integer.class);
                seen.add(event.source() + ":" + n);
            }
        }));
    }

    @Test
    void insideATransactionTheAnnouncementComesAfterTheCommit() {
        transactions.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO calendar_day (day, kind, name) VALUES ('2031-01-01', 'HOLIDAY', '元旦')");
            changes.announce("test-commit");
            assertThat(seen).isEmpty();
        });

        assertThat(seen).containsExactly("test-commit:1");
        jdbc.update("DELETE FROM calendar_day WHERE day = '2031-01-01'");
    }

    @Test
    void aWriteThatRollsBackIsNotAnnounced() {
        seen.clear();
        transactions.executeWithoutResult(status -> {
            changes.announce("test-rollback");
            status.setRollbackOnly();
        });

        assertThat(seen).isEmpty();
    }

    @Test
    void outsideATransactionItIsAnnouncedAtOnce() {
        seen.clear();
        changes.announce("test-now");

        assertThat(seen).containsExactly("test-now:0");
    }
}
