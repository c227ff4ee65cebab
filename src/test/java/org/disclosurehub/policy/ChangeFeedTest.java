package org.disclosurehub.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosurehub.support.TestDecision.decision;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.disclosurehub.ingest.DatasetImporter;
import org.disclosurehub.support.DatasetBuilder;
import org.disclosurehub.support.MovableClock;
import org.disclosurehub.support.PolicyData;
import org.disclosurehub.support.PolicyHubTest;
import org.disclosurehub.support.PublicApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A mirror follows the change feed. A decision an agency delivers ahead of its decision date is
 * not shown until that date; the feed announces it at midnight in Beijing on that date, without
 * any job having to run, and not before.
 */
@PolicyHubTest
class ChangeFeedTest {

    static final String SHOWN = "京朝市监罚〔2026〕701号";      // decided 2026-10-20, delivered 2026-11-01
    static final String AHEAD = "京朝市监罚〔2026〕702号";      // decided 2026-11-10, delivered 2026-11-01
    static final String FEED = """
            { changes(since: "2026-10-01T00:00:00+08:00", first: 100) { edges { node { kind at decisionNo } } } }""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DatasetImporter importer;
    @Autowired
    MovableClock clock;

    PublicApi api;

    @BeforeAll
    void deliver() {
        DatasetBuilder data = DatasetBuilder.validDataset().withPenaltyDecisions();
        data.addDecision(decision(SHOWN).decided("2026-10-20").fine("1500.00").build());
        data.addDecision(decision(AHEAD).decided("2026-11-10").fine("2500.00").build());
        clock.set(Instant.parse("2026-11-01T02:00:00Z"));
        PolicyData.load(jdbc, importer, data);
        api = new PublicApi(port);
    }

    @AfterAll
    void leaveTheClockAsFound() {
        clock.reset();
    }

    @Test
    void aDecisionDeliveredAheadOfItsDateIsAnnouncedAtMidnightOnThatDate() {
        clock.set(Instant.parse("2026-11-01T02:00:00Z"));
        assertThat(changes()).anySatisfy(c -> assertThat(c).containsEntry("decisionNo", SHOWN).containsEntry("kind", "PUBLISHED"))
                .noneSatisfy(c -> assertThat(c).containsEntry("decisionNo", AHEAD));
        assertThat((Object) api.post("{ penaltyDecision(decisionNo: \"" + AHEAD + "\") { decisionNo } }").ok()
                .read("$.data.penaltyDecision")).isNull();

        clock.set(Instant.parse("2026-11-09T15:59:59Z")); // 23:59:59 on 2026-11-09 in Beijing
        assertThat(changes()).noneSatisfy(c -> assertThat(c).containsEntry("decisionNo", AHEAD));

        clock.set(Instant.parse("2026-11-12T02:00:00Z"));
        assertThat(changes()).filteredOn(c -> AHEAD.equals(c.get("decisionNo"))).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("kind", "PUBLISHED")
                        .containsEntry("at", "2026-11-10T00:00+08:00"));
        assertThat((String) api.post("{ penaltyDecision(decisionNo: \"" + AHEAD + "\") { decisionNo } }").ok()
                .read("$.data.penaltyDecision.decisionNo")).isEqualTo(AHEAD);
    }

    private List<Map<String, Object>> changes() {
        return api.post(FEED).ok().read("$.data.changes.edges[*].node");
    }
}
