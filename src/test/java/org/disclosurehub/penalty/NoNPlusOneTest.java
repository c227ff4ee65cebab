package org.disclosurehub.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosurehub.support.DatasetBuilder.AGENCIES;
import static org.disclosurehub.support.DatasetBuilder.GOVERNMENT;
import static org.disclosurehub.support.DatasetBuilder.OFFICERS;
import static org.disclosurehub.support.DatasetBuilder.POWERS;
import static org.disclosurehub.support.DatasetBuilder.uscc;
import static org.disclosurehub.support.TestDecision.decision;

import java.time.LocalDate;
import java.util.List;

import org.disclosurehub.database.DataChangedEvent;
import org.disclosurehub.request.ApplicationLedger;
import org.disclosurehub.ingest.DatasetImporter;
import org.disclosurehub.support.DatasetBuilder;
import org.disclosurehub.support.PolicyData;
import org.disclosurehub.support.PolicyHubTest;
import org.disclosurehub.support.PublicApi;
import org.disclosurehub.support.SqlStatementCounter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Nested fields are loaded in batches: a request costs a small number of SQL statements that does
 * not grow with the page size. Each query is run for 5 and for 20 items with every cache emptied
 * first, and the statements the hub sent to the database are counted.
 */
@PolicyHubTest
class NoNPlusOneTest {

    static final int AGENCY_COUNT = 24;
    static final int DECISIONS_PER_AGENCY = 6;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationLedger ledger;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DatasetImporter importer;
    @Autowired
    ApplicationEventPublisher events;

    PublicApi api;

    /** 24 departments, each with its own power, two officers and six published decisions. */
    @BeforeAll
    void loadTheDataset() {
        DatasetBuilder data = DatasetBuilder.validDataset().withPenaltyDecisions();
        for (int a = 0; a < AGENCY_COUNT; a++) {
            String agency = uscc(500 + a);
            String power = "NP-" + a;
            String first = String.format("11010900%05d", 2 * a);
            String second = String.format("11010900%05d", 2 * a + 1);
            data.addRow(AGENCIES, "code", agency, "name", "测试局" + a, "kind", "DEPARTMENT", "parent_code", GOVERNMENT);
            data.addRow(POWERS, "code", power, "agency_code", agency, "category", "PENALTY");
            data.addRow(OFFICERS, "credential_no", first, "name", "甲" + a, "agency_code", agency);
            data.addRow(OFFICERS, "credential_no", second, "name", "乙" + a, "agency_code", agency);
            for (int d = 0; d < DECISIONS_PER_AGENCY; d++) {
                data.addDecision(decision("京测罚〔2026〕" + a + "-" + d + "号").agency(agency, power, first, second)
                        .decided(LocalDate.of(2026, 1, 1).plusDays(a * 7L + d)).build());
            }
        }
        PolicyData.load(jdbc, importer, data);
        api = new PublicApi(port);
    }

    /** The statements one request sends, with every cache emptied first. */
    List<String> statementsOf(String query) {
        events.publishEvent(new DataChangedEvent("test"));
        // the applications' ledger rebuilds in the background after a data change: let it finish,
        // so that only this request's statements are counted
        ledger.current();
        SqlStatementCounter.start();
        api.post(query).ok();
        return SqlStatementCounter.statements();
    }

    void assertBatched(String queryTemplate, int most) {
        List<String> five = statementsOf(queryTemplate.formatted(5));
        List<String> twenty = statementsOf(queryTemplate.formatted(20));
        assertThat(twenty).as("statements for 20 items: %s", twenty).hasSize(five.size());
        assertThat(twenty.size()).as("statements for 20 items: %s", twenty).isLessThanOrEqualTo(most);
    }

    @Test
    void decisionsWithTheirAgencyPowerAndOfficers() {
        // the page, its agencies, its powers, its handlers, the officers, the officers' agencies
        assertBatched("""
                { penaltyDecisions(first: %d) { totalCount edges { node { decisionNo agency { name } power { name }
                    handlingOfficers { name credentialNo agency { name } } } } } }""", 7);
    }

    @Test
    void agenciesEachWithTheirFirstDecisions() {
        // the agencies, all their first pages, all their counts, then the nested fields as above
        assertBatched("""
                { agencies(first: %d, filter: {kind: DEPARTMENT}) { edges { node { code
                    penaltyDecisions(first: 5) { totalCount edges { node { decisionNo agency { name }
                      handlingOfficers { name } } } } } } } }""", 8);
    }

    @Test
    void powersEachWithTheirFirstDecisions() {
        assertBatched("""
                { powers(first: %d, filter: {category: PENALTY}) { edges { node { code
                    penaltyDecisions(first: 5) { totalCount edges { node { decisionNo power { code } } } } } } } }""", 7);
    }

    @Test
    void officersEachWithTheDecisionsTheyHandled() {
        assertBatched("""
                { officers(first: %d, filter: {role: OFFICER}) { edges { node { ... on EnforcementOfficer { credentialNo
                    penaltyDecisions(first: 5) { totalCount edges { node { decisionNo } } } } } } } }""", 7);
    }

    @Test
    void twentyAgenciesListsCostOneStatementForAllFirstPagesAndOneForAllCounts() {
        List<String> statements = statementsOf("""
                { agencies(first: 20, filter: {kind: DEPARTMENT}) { edges { node {
                    penaltyDecisions(first: 5) { totalCount } } } } }""");
        assertThat(statements).as("%s", statements).hasSize(3);
        assertThat(statements.get(0)).contains("FROM agency");
        assertThat(statements.subList(1, 3)).allMatch(s -> s.contains("FROM public_decision d")
                && s.contains("d.agency_code IN (" + "?, ".repeat(19) + "?)"));
    }
}
