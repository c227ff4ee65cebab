package org.disclosurehub.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosurehub.support.DatasetBuilder.DEPARTMENT;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A decision is shown on the last day of its period and gone the next day — in Beijing, to the
 * second: asked at 23:59:59 on the last day it is there, asked at midnight it is not, on every
 * public path. No job removes it: the hub's clock is moved and the same database asked again.
 *
 * <p>The decisions are delivered as an agency would send them: the one of 29 February 2024 in
 * February 2025, the others on 2026-11-01.
 */
@PolicyHubTest
class VisibilityBoundaryTest {

    static final String GENERAL = "京朝市监罚〔2025〕601号";     // GENERAL, 2025-11-22: last day 2026-11-21
    static final String SERIOUS = "京朝市监罚〔2023〕602号";     // SERIOUS, 2023-11-22: last day 2026-11-21
    static final String REVOKED = "京朝市监罚〔2025〕603号";     // GENERAL, 2025-11-22, revoked 2026-06-01
    static final String STAYS = "京朝市监罚〔2026〕604号";       // GENERAL, 2026-01-10: shown on both days
    static final String LEAP = "京朝市监罚〔2024〕605号";        // GENERAL, 2024-02-29: last day 2025-02-27

    /** 23:59:59 on 2026-11-21 in Beijing, and the midnight that follows. */
    static final Instant LAST_SECOND = Instant.parse("2026-11-21T15:59:59Z");
    static final Instant MIDNIGHT = Instant.parse("2026-11-21T16:00:00Z");

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
    void deliverTheDecisions() {
        DatasetBuilder data = DatasetBuilder.validDataset().withPenaltyDecisions();
        data.addDecision(decision(LEAP).decided("2024-02-29").fine("2900.00").build());
        clock.set(Instant.parse("2025-02-01T02:00:00Z"));
        PolicyData.load(jdbc, importer, data);
        data.addDecision(decision(GENERAL).decided("2025-11-22").fine("1100.00").build());
        data.addDecision(decision(SERIOUS).severity(Severity.SERIOUS).decided("2023-11-22").fine("3300.00").build());
        data.addDecision(decision(REVOKED).decided("2025-11-22").fine("1200.00").revoked("2026-06-01", "复议撤销").build());
        data.addDecision(decision(STAYS).decided("2026-01-10").fine("1400.00").build());
        clock.set(Instant.parse("2026-11-01T02:00:00Z"));
        PolicyData.importMore(importer, data);
        api = new PublicApi(port);
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @AfterAll
    void leaveTheClockAsFound() {
        clock.reset();
    }

    PublicApi.Response ask(Instant at, String query, Object... variables) {
        clock.set(at);
        return api.post(query, variables).ok();
    }

    boolean shown(Instant at, String decisionNo) {
        return ask(at, "query($no: String!) { penaltyDecision(decisionNo: $no) { decisionNo } }", "no", decisionNo)
                .read("$.data.penaltyDecision") != null;
    }

    List<String> list(Instant at) {
        return ask(at, "{ penaltyDecisions(first: 100) { edges { node { decisionNo } } } }")
                .read("$.data.penaltyDecisions.edges[*].node.decisionNo");
    }

    int count(Instant at, String filter) {
        return ask(at, "{ penaltyDecisions(filter: " + filter + ") { totalCount } }")
                .read("$.data.penaltyDecisions.totalCount");
    }

    @Test
    void theHubAnswersForTheDayInBeijing() {
        assertThat((String) ask(LAST_SECOND, "{ hub { today } }").read("$.data.hub.today")).isEqualTo("2026-11-21");
        assertThat((String) ask(MIDNIGHT, "{ hub { today } }").read("$.data.hub.today")).isEqualTo("2026-11-22");
    }

    @Test
    void aGeneralDecisionIsShownOnTheLastDayOfItsYearAndGoneAtMidnight() {
        assertThat(shown(LAST_SECOND, GENERAL)).isTrue();
        assertThat((String) ask(LAST_SECOND, "query($no: String!) { penaltyDecision(decisionNo: $no) { publishedUntil } }",
                "no", GENERAL).read("$.data.penaltyDecision.publishedUntil")).isEqualTo("2026-11-21");
        assertThat(shown(MIDNIGHT, GENERAL)).isFalse();
    }

    @Test
    void aSeriousDecisionIsShownOnTheLastDayOfItsThreeYearsAndGoneAtMidnight() {
        assertThat(shown(LAST_SECOND, SERIOUS)).isTrue();
        assertThat(shown(MIDNIGHT, SERIOUS)).isFalse();
    }

    @Test
    void twentyNinthOfFebruaryPlusOneYearEndsOnTheTwentyEighth() {
        // visible_until is 2025-02-28: the 27th is the last day
        assertThat(shown(Instant.parse("2025-02-27T15:59:59Z"), LEAP)).isTrue();
        assertThat(shown(Instant.parse("2025-02-27T16:00:00Z"), LEAP)).isFalse();
    }

    @Test
    void listsCountsAndNestedListsChangeAtMidnightToo() {
        assertThat(list(LAST_SECOND)).containsExactly("京朝市监罚〔2026〕1号", STAYS, GENERAL, SERIOUS);
        assertThat(list(MIDNIGHT)).containsExactly("京朝市监罚〔2026〕1号", STAYS);
        assertThat(count(LAST_SECOND, "{agencyCode: \"" + DEPARTMENT + "\"}")).isEqualTo(4);
        assertThat(count(MIDNIGHT, "{agencyCode: \"" + DEPARTMENT + "\"}")).isEqualTo(2);
        assertThat(count(LAST_SECOND, "{partyNameContains: \"示例商贸\"}")).as("the name index too").isEqualTo(4);
        assertThat(count(MIDNIGHT, "{partyNameContains: \"示例商贸\"}")).isEqualTo(2);

        String nested = "query($a: ID!) { agency(code: $a) { penaltyDecisions(first: 10) { totalCount edges { node { decisionNo } } } } }";
        assertThat((Integer) ask(LAST_SECOND, nested, "a", DEPARTMENT).read("$.data.agency.penaltyDecisions.totalCount"))
                .isEqualTo(4);
        assertThat((List<String>) ask(MIDNIGHT, nested, "a", DEPARTMENT)
                .read("$.data.agency.penaltyDecisions.edges[*].node.decisionNo"))
                .containsExactly("京朝市监罚〔2026〕1号", STAYS);

        String totals = "{ penaltyTotals(from: \"2020-01-01\", to: \"2026-12-31\") { decisionCount fineTotal } }";
        // every agency is listed; only one has decisions here
        assertThat((List<Map<String, Object>>) ask(LAST_SECOND, totals).read("$.data.penaltyTotals"))
                .filteredOn(row -> ((Number) row.get("decisionCount")).intValue() > 0)
                .containsExactly(Map.of("decisionCount", 4, "fineTotal", "10800.00"));
        assertThat((List<Map<String, Object>>) ask(MIDNIGHT, totals).read("$.data.penaltyTotals"))
                .filteredOn(row -> ((Number) row.get("decisionCount")).intValue() > 0)
                .containsExactly(Map.of("decisionCount", 2, "fineTotal", "6400.00"));
    }

    @Test
    void aWithdrawalNoticeEndsWithThePeriodTheDecisionWouldHaveHad() {
        String notice = "query($no: String!) { withdrawalNotice(decisionNo: $no) { decisionNo withdrawnOn } }";
        assertThat((Map<String, Object>) ask(LAST_SECOND, notice, "no", REVOKED).read("$.data.withdrawalNotice"))
                .containsEntry("withdrawnOn", "2026-06-01");
        assertThat((Object) ask(MIDNIGHT, notice, "no", REVOKED).read("$.data.withdrawalNotice")).isNull();
        assertThat((Integer) ask(MIDNIGHT, "{ withdrawalNotices { totalCount } }").read("$.data.withdrawalNotices.totalCount"))
                .isZero();
    }

    @Test
    void theChangeFeedTellsMirrorsAtMidnightThatThePeriodEnded() {
        String feed = "{ changes(since: \"2026-11-01T00:00:00Z\", first: 100) { edges { node { kind at decisionNo } } } }";
        assertThat((List<String>) ask(LAST_SECOND, feed).read("$.data.changes.edges[*].node.kind"))
                .doesNotContain("EXPIRED");
        List<Map<String, Object>> atMidnight = ask(MIDNIGHT, feed).read("$.data.changes.edges[*].node");
        assertThat(atMidnight).filteredOn(c -> "EXPIRED".equals(c.get("kind")))
                .extracting(c -> c.get("decisionNo") + " " + java.time.OffsetDateTime.parse((String) c.get("at")).toInstant())
                .containsExactlyInAnyOrder(GENERAL + " " + MIDNIGHT, SERIOUS + " " + MIDNIGHT);
        assertThat(atMidnight).extracting(c -> c.get("kind") + " " + c.get("decisionNo")).as("before: published on 11-01")
                .contains("PUBLISHED " + GENERAL, "PUBLISHED " + SERIOUS, "PUBLISHED " + STAYS, "WITHDRAWN " + REVOKED)
                .doesNotContain("EXPIRED " + LEAP, "EXPIRED " + REVOKED);
    }

    @Test
    void theExpiredDecisionsAreCountedAsExpiredFromMidnight() {
        String stats = "{ withheldStatistics(year: 2025, agencyCode: \"" + DEPARTMENT + "\") { reason display } }";
        assertThat((List<Map<String, Object>>) ask(LAST_SECOND, stats).read("$.data.withheldStatistics"))
                .contains(Map.of("reason", "EXPIRED", "display", "0"), Map.of("reason", "REVOKED", "display", "<5"));
        assertThat((List<Map<String, Object>>) ask(MIDNIGHT, stats).read("$.data.withheldStatistics"))
                .contains(Map.of("reason", "EXPIRED", "display", "<5"));
    }
}
