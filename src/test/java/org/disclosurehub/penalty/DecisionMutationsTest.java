package org.disclosurehub.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.disclosurehub.ingest.DatasetImporter;
import org.disclosurehub.security.TokenStore;
import org.disclosurehub.support.AgencyApi;
import org.disclosurehub.support.DatasetBuilder;
import org.disclosurehub.support.Personas;
import org.disclosurehub.support.PublicApi;
import org.disclosurehub.support.WriteData;
import org.disclosurehub.support.WriteHubTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Agencies publish, correct and withdraw penalty decisions through the API: what the public sees
 * follows at once (lists, the decision, withdrawal notices, the change feed), bad input changes
 * nothing and says what is wrong, a correction made against an old version is refused, and the
 * audit trail keeps what each write changed.
 */
@WriteHubTest
class DecisionMutationsTest {

    static final String PUBLISH = """
            mutation($input: PublishPenaltyDecisionInput!) { publishPenaltyDecision(input: $input) {
              decisionNo version
              decision { decisionNo partyName fineAmount status correction { correctedOn reason } }
              withdrawalNotice { decisionNo withdrawnOn reason }
              userErrors { field message code } } }""";
    static final String CORRECT = """
            mutation($input: CorrectPenaltyDecisionInput!) { correctPenaltyDecision(input: $input) {
              decisionNo version
              decision { decisionNo partyName fineAmount status correction { correctedOn reason } }
              userErrors { field message code } } }""";
    static final String WITHDRAW = """
            mutation($input: WithdrawPenaltyDecisionInput!) { withdrawPenaltyDecision(input: $input) {
              decisionNo version decision { decisionNo }
              withdrawalNotice { decisionNo withdrawnOn reason }
              userErrors { field message code } } }""";
    private static final String SHOWN = """
            query($no: String!) {
              penaltyDecision(decisionNo: $no) { fineAmount status correction { reason } }
              penaltyDecisions(filter: {decisionNo: $no}) { totalCount }
              withdrawalNotice(decisionNo: $no) { reason }
              changes(since: "2026-11-21T00:00:00Z", first: 100) { edges { node { kind decisionNo } } } }""";

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    TokenStore tokens;
    @Autowired
    DatasetImporter importer;
    @Autowired
    JdbcTemplate jdbc;

    private AgencyApi api;
    private PublicApi publicApi;
    private Personas as;

    @BeforeAll
    void setUp() {
        WriteData.load(importer);
        api = new AgencyApi(port);
        publicApi = new PublicApi(port);
        as = Personas.issue(tokens);
    }

    /** A valid decision of the department: a legal person fined 5,000 yuan, handled by its two officers. */
    static Map<String, Object> decision(String no) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("decisionNo", no);
        d.put("agencyCode", DatasetBuilder.DEPARTMENT);
        d.put("powerCode", "CF-002");
        d.put("partyType", "LEGAL_PERSON");
        d.put("partyName", "北京示例商贸有限公司");
        d.put("partyCreditCode", DatasetBuilder.uscc(7001));
        d.put("legalRepresentative", "周示例");
        d.put("violationFacts", "当事人经营超过保质期的食品。");
        d.put("legalBasis", "《中华人民共和国食品安全法》第一百二十四条");
        d.put("penaltyTypes", List.of("FINE"));
        d.put("fineAmount", "5000.00");
        d.put("decisionDate", "2026-06-01");
        d.put("procedure", "GENERAL");
        d.put("officerCredentials", List.of(DatasetBuilder.DEPARTMENT_OFFICER, DatasetBuilder.DEPARTMENT_OFFICER_2));
        d.put("severity", "GENERAL");
        return d;
    }

    static String freshNumber() {
        return "京朝市监罚〔2026〕API-" + SERIAL.incrementAndGet() + "号";
    }

    private PublicApi.Response publish(Map<String, Object> input) {
        return api.graphQl(as.own(), PUBLISH, "input", input).ok();
    }

    private PublicApi.Response shown(String no) {
        return publicApi.post(SHOWN, "no", no).ok();
    }

    private static List<String> feed(PublicApi.Response shown, String no) {
        return shown.read("$.data.changes.edges[?(@.node.decisionNo == '" + no + "')].node.kind");
    }

    @Test
    void aPublishedDecisionIsInThePublicQueriesAndTheChangeFeedAtOnce() {
        String no = freshNumber();
        // asked before, so every cache on the way holds the answer "not there"
        assertThat(shown(no).<Object>read("$.data.penaltyDecision")).isNull();

        PublicApi.Response r = publish(decision(no));

        assertThat(r.<List<?>>read("$.data.publishPenaltyDecision.userErrors")).isEmpty();
        assertThat(r.<Integer>read("$.data.publishPenaltyDecision.version")).isEqualTo(1);
        assertThat(r.<String>read("$.data.publishPenaltyDecision.decision.fineAmount")).isEqualTo("5000.00");
        PublicApi.Response after = shown(no);
        assertThat(after.<String>read("$.data.penaltyDecision.status")).isEqualTo("EFFECTIVE");
        assertThat(after.<Integer>read("$.data.penaltyDecisions.totalCount")).isEqualTo(1);
        assertThat(feed(after, no)).containsExactly("PUBLISHED");
    }

    @Test
    void badInputIsReportedFieldByFieldAndNothingIsStored() {
        String no = freshNumber();
        Map<String, Object> input = decision(no);
        input.put("partyType", "NATURAL_PERSON");
        input.put("partyCreditCode", null);
        input.put("partyIdNo", "110105199001010012");
        input.put("officerCredentials", List.of(DatasetBuilder.DEPARTMENT_OFFICER, DatasetBuilder.AUXILIARY));
        input.put("fineAmount", "12.345");

        PublicApi.Response r = publish(input);

        assertThat(r.<List<String>>read("$.data.publishPenaltyDecision.userErrors[*].field"))
                .contains("partyIdNo", "officerCredentials", "fineAmount");
        assertThat(r.<List<String>>read("$.data.publishPenaltyDecision.userErrors[*].code")).containsOnly("BAD_USER_INPUT");
        assertThat(r.raw()).doesNotContain("110105199001010012");
        assertThat(r.<Object>read("$.data.publishPenaltyDecision.version")).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM penalty_decision WHERE decision_no = ?", Integer.class, no))
                .isZero();
    }

    @Test
    void aNaturalPersonsDecisionIsShownMaskedAndItsIdNumberNeverAnswered() {
        String no = freshNumber();
        Map<String, Object> input = decision(no);
        String idNo = org.disclosurehub.support.TestDecision.residentId(77);
        input.put("partyType", "NATURAL_PERSON");
        input.put("partyName", "欧阳建国");
        input.put("partyCreditCode", null);
        input.put("legalRepresentative", null);
        input.put("partyIdNo", idNo);

        PublicApi.Response r = publish(input);

        assertThat(r.<List<?>>read("$.data.publishPenaltyDecision.userErrors")).isEmpty();
        assertThat(r.<String>read("$.data.publishPenaltyDecision.decision.partyName")).isEqualTo("欧阳**");
        assertThat(r.raw()).doesNotContain(idNo).doesNotContain("欧阳建国");
    }

    @Test
    void aSecondDecisionWithTheSameNumberIsAConflict() {
        String no = freshNumber();
        publish(decision(no));
        Map<String, Object> again = decision(no);
        again.put("fineAmount", "1.00");

        PublicApi.Response r = publish(again);

        assertThat(r.<List<String>>read("$.data.publishPenaltyDecision.userErrors[*].code")).containsExactly("CONFLICT");
        assertThat(shown(no).<String>read("$.data.penaltyDecision.fineAmount")).isEqualTo("5000.00");
    }

    @Test
    void aCorrectionShowsAtOnceAsChangedAndTheTrailKeepsWhatItHeldBefore() {
        String no = freshNumber();
        publish(decision(no));
        shown(no);

        PublicApi.Response r = api.graphQl(as.own(), CORRECT, "input", Map.of("decisionNo", no, "expectedVersion", 1,
                "correctedOn", "2026-11-20", "reason", "复议变更罚款数额", "fineAmount", "3000", "partyName",
                "北京示例商贸股份有限公司")).ok();

        assertThat(r.<List<?>>read("$.data.correctPenaltyDecision.userErrors")).isEmpty();
        assertThat(r.<Integer>read("$.data.correctPenaltyDecision.version")).isEqualTo(2);
        PublicApi.Response after = shown(no);
        assertThat(after.<String>read("$.data.penaltyDecision.fineAmount")).isEqualTo("3000.00");
        assertThat(after.<String>read("$.data.penaltyDecision.status")).isEqualTo("CHANGED");
        assertThat(after.<String>read("$.data.penaltyDecision.correction.reason")).isEqualTo("复议变更罚款数额");
        assertThat(feed(after, no)).containsExactlyInAnyOrder("PUBLISHED", "CORRECTED");
        List<Map<String, Object>> changed = jdbc.queryForList("SELECT c.field, c.before_value, c.after_value, c.before_hash"
                + " FROM audit_change c JOIN audit_entry e ON e.id = c.entry_id WHERE e.entity_key = ?"
                + " AND e.action = 'DECISION_CORRECTED'", no);
        assertThat(changed).extracting(c -> c.get("field"))
                .containsExactlyInAnyOrder("partyName", "fineAmount", "status", "statusChangedOn", "statusReason");
        assertThat(changed).filteredOn(c -> c.get("field").equals("fineAmount"))
                .singleElement().satisfies(c -> {
                    assertThat(c.get("before_value")).isEqualTo("5000.00");
                    assertThat(c.get("after_value")).isEqualTo("3000.00");
                });
        assertThat(changed).filteredOn(c -> c.get("field").equals("partyName"))
                .singleElement().satisfies(c -> {
                    assertThat(c.get("before_value")).isNull();
                    assertThat(c.get("before_hash")).asString().hasSize(64);
                });
    }

    @Test
    void aCorrectionAgainstAnOlderVersionIsAConflictAndChangesNothing() {
        String no = freshNumber();
        publish(decision(no));
        api.graphQl(as.own(), CORRECT, "input", Map.of("decisionNo", no, "expectedVersion", 1, "correctedOn", "2026-11-20",
                "reason", "第一次更正", "fineAmount", "4000")).ok();

        PublicApi.Response stale = api.graphQl(as.own(), CORRECT, "input", Map.of("decisionNo", no, "expectedVersion", 1,
                "correctedOn", "2026-11-21", "reason", "基于旧版本的更正", "fineAmount", "100")).ok();

        assertThat(stale.<List<String>>read("$.data.correctPenaltyDecision.userErrors[*].code")).containsExactly("CONFLICT");
        assertThat(stale.<List<String>>read("$.data.correctPenaltyDecision.userErrors[*].field"))
                .containsExactly("expectedVersion");
        assertThat(stale.<Integer>read("$.data.correctPenaltyDecision.version")).isEqualTo(2);
        assertThat(shown(no).<String>read("$.data.penaltyDecision.fineAmount")).isEqualTo("4000.00");
    }

    @Test
    void aWithdrawalRemovesTheDecisionAndShowsItsNoticeAtOnce() {
        String no = freshNumber();
        publish(decision(no));
        assertThat(shown(no).<Integer>read("$.data.penaltyDecisions.totalCount")).isEqualTo(1);

        PublicApi.Response r = api.graphQl(as.own(), WITHDRAW, "input", Map.of("decisionNo", no, "withdrawnOn",
                "2026-11-22", "reason", "行政复议决定撤销")).ok();

        assertThat(r.<List<?>>read("$.data.withdrawPenaltyDecision.userErrors")).isEmpty();
        assertThat(r.<Object>read("$.data.withdrawPenaltyDecision.decision")).isNull();
        assertThat(r.<String>read("$.data.withdrawPenaltyDecision.withdrawalNotice.reason")).isEqualTo("行政复议决定撤销");
        PublicApi.Response after = shown(no);
        assertThat(after.<Object>read("$.data.penaltyDecision")).isNull();
        assertThat(after.<Integer>read("$.data.penaltyDecisions.totalCount")).isZero();
        assertThat(after.<String>read("$.data.withdrawalNotice.reason")).isEqualTo("行政复议决定撤销");
        assertThat(feed(after, no)).containsExactlyInAnyOrder("PUBLISHED", "WITHDRAWN");
    }

    @Test
    void aWithdrawalNeedsAReasonAndADayThatHasCome() {
        String no = freshNumber();
        publish(decision(no));

        PublicApi.Response r = api.graphQl(as.own(), WITHDRAW, "input", Map.of("decisionNo", no, "withdrawnOn",
                "2026-12-01", "reason", "  ")).ok();

        assertThat(r.<List<String>>read("$.data.withdrawPenaltyDecision.userErrors[*].field"))
                .containsExactlyInAnyOrder("withdrawnOn", "reason");
        assertThat(shown(no).<Integer>read("$.data.penaltyDecisions.totalCount")).isEqualTo(1);
    }

    @Test
    void aDecisionNotOnFileIsNotFound() {
        PublicApi.Response r = api.graphQl(as.own(), WITHDRAW, "input", Map.of("decisionNo", "京朝市监罚〔2026〕无此号",
                "withdrawnOn", "2026-11-22", "reason", "撤销")).ok();

        assertThat(r.<List<String>>read("$.data.withdrawPenaltyDecision.userErrors[*].code")).containsExactly("NOT_FOUND");
    }
}
