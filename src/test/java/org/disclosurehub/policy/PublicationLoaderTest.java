package org.disclosurehub.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosurehub.support.DatasetBuilder.DEPARTMENT;
import static org.disclosurehub.support.DatasetBuilder.STREET_OFFICE;
import static org.disclosurehub.support.DatasetBuilder.TOWNSHIP;
import static org.disclosurehub.support.DatasetBuilder.uscc;
import static org.disclosurehub.support.TestDecision.decision;
import static org.disclosurehub.support.TestDecision.residentId;

import java.time.Clock;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.disclosurehub.database.LocalInfile;
import org.disclosurehub.support.PolicyData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bulk path of a first import ({@link PublicationLoader}, LOAD DATA) writes exactly the
 * tables the per-decision path ({@link PublicationWriter}) writes: the same raw rows and hashes,
 * public rows, masking, windows, handlers, name grams, withdrawal notices and change-feed events
 * in the same order. Both write the same generated decisions, covering every case of the policy
 * and of masking, into emptied tables; the tables are compared row by row.
 *
 * <p>The clock is fixed at noon on 2026-11-22 in Beijing: the generated decisions lie before,
 * around and after it, so some windows have ended (no public row), some are open and some are
 * still to come.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"datahub.seed.enabled=false", "datahub.clock.fixed=2026-11-22T04:00:00Z"})
class PublicationLoaderTest {

    static final Map<String, String> DISTRICTS = Map.of(DEPARTMENT, "朝阳区", STREET_OFFICE, "朝阳区", TOWNSHIP, "海淀区");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DisclosurePolicy policy;
    @Autowired
    LocalInfile infile;
    @Autowired
    Clock clock;

    @BeforeEach
    void emptyDecisionTables() {
        PolicyData.reset(jdbc);
    }

    /** Decisions of every policy case ({@link DisclosurePolicyEquivalenceTest#generate}) and of every masking case. */
    static List<Decision> decisions() {
        List<Decision> decisions = new ArrayList<>(DisclosurePolicyEquivalenceTest.generate(20261122L, 500));
        String id = residentId(41);
        decisions.add(decision("京掩罚〔2026〕1号").naturalPerson("欧阳娜娜", id)
                .facts("当事人欧阳娜娜（身份证号" + id + "）无照经营，欧阳娜娜拒不改正。经举报人刘芳（电话13800138000）举报查明。")
                .redacted("举报人刘芳（电话13800138000）").legalBasis("欧阳娜娜违反《无证无照经营查处办法》第二条")
                .decided("2026-09-01").build());
        decisions.add(decision("京掩罚〔2026〕2号").naturalPerson("张伟", residentId(42)).facts("张伟占道经营。")
                .decided("2026-08-01").changed("2026-10-01", "张伟申请复议，变更罚款金额").build());
        decisions.add(decision("京掩罚〔2026〕3号").individualBusiness("老王烧烤店", uscc(9101), "王小明")
                .facts("王小明经营的老王烧烤店超范围经营。").decided("2026-07-01").major("2026-06-20").publishedOn("2026-07-03")
                .build());
        decisions.add(decision("京掩罚〔2026〕4号").legalPerson("北京撤销建材有限公司", uscc(9102), "鲁撤销")
                .decided("2026-03-01").revoked("2026-11-20", "北京撤销建材有限公司（" + uscc(9102) + "）申请复议，鲁撤销到场，决定撤销")
                .build());
        decisions.add(decision("京掩罚〔2026〕5号").naturalPerson("司马光", residentId(43)).facts("司马光未按规定处置垃圾。")
                .decided("2025-12-01").revoked("2026-11-01", "").build());
        decisions.add(decision("京掩罚〔2026〕6号").legalPerson("北京\t制表符\\反斜杠\n换行有限公司", uscc(9103), "李四")
                .facts("事实含制表符\t、反斜杠\\、换行\n与 emoji 😀。").legalBasis(null).confiscation("12.50")
                .decided("2026-10-01").build());
        return decisions;
    }

    /** Every table of decisions, as compared: events in the order they were numbered, without the number. */
    Map<String, List<Map<String, Object>>> tables() {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        tables.put("penalty_decision", jdbc.queryForList("SELECT * FROM penalty_decision ORDER BY decision_no"));
        tables.put("public_decision", jdbc.queryForList("SELECT * FROM public_decision ORDER BY decision_no"));
        tables.put("decision_officer", jdbc.queryForList("SELECT * FROM decision_officer ORDER BY decision_no, position"));
        tables.put("public_decision_gram", jdbc.queryForList("SELECT gram, HEX(gram) AS bytes, visible_until, decision_date,"
                + " decision_no FROM public_decision_gram ORDER BY gram, visible_until, decision_date, decision_no"));
        tables.put("withdrawal_notice", jdbc.queryForList("SELECT * FROM withdrawal_notice ORDER BY decision_no"));
        tables.put("publication_event", jdbc.queryForList("SELECT at, kind, decision_no, agency_code FROM publication_event"
                + " ORDER BY id"));
        return tables;
    }

    Map<String, List<Map<String, Object>>> written(DisclosurePolicy rules, List<Decision> decisions) {
        PolicyData.reset(jdbc);
        transactions.executeWithoutResult(s -> new PublicationWriter(jdbc, rules, clock).write(decisions, DISTRICTS, true));
        return tables();
    }

    Map<String, List<Map<String, Object>>> loaded(DisclosurePolicy rules, List<Decision> decisions, int batchSize) {
        PolicyData.reset(jdbc);
        PublicationLoader loader = new PublicationLoader(infile, jdbc, rules, clock);
        transactions.executeWithoutResult(s -> {
            assertThat(loader.begin()).as("the test database accepts loads").isTrue();
            try (PublicationLoader.Stream stream = loader.stream(batchSize)) {
                for (int from = 0; from < decisions.size(); from += batchSize) {
                    List<Decision> batch = decisions.subList(from, Math.min(decisions.size(), from + batchSize));
                    PublicationLoader.Batch full = stream.add(batch, DISTRICTS);
                    // a last, shorter batch is still growing: cut it as the end of a file does
                    assertThat(loader.load(full != null ? full : stream.cut())).isEqualTo(batch.size());
                }
            } finally {
                loader.end();
            }
        });
        return tables();
    }

    static void assertSame(Map<String, List<Map<String, Object>>> loaded, Map<String, List<Map<String, Object>>> written) {
        for (String table : written.keySet()) {
            assertThat(written.get(table)).as("rows the writer wrote in " + table).isNotEmpty();
            assertThat(loaded.get(table)).as("rows loaded in " + table).hasSameSizeAs(written.get(table));
            for (int i = 0; i < written.get(table).size(); i++) {
                assertThat(loaded.get(table).get(i)).as(table + " row " + (i + 1)).isEqualTo(written.get(table).get(i));
            }
        }
    }

    @Test
    void loadingWritesExactlyWhatTheWriterWrites() {
        List<Decision> decisions = decisions();
        Map<String, List<Map<String, Object>>> written = written(policy, decisions);
        // batches of 37: several loads, each sorted on its own
        assertSame(loaded(policy, decisions, 37), written);
        assertThat(written.get("public_decision")).as("some decisions are withheld or expired")
                .hasSizeLessThan(decisions.size() / 2);
    }

    @Test
    void loadingWritesExactlyWhatTheWriterWritesUnderAgencyOverrides() {
        DisclosurePolicy overridden = new DisclosurePolicy(new PolicyProperties("test", null, Map.of(
                DEPARTMENT, new PolicyProperties.Overrides(true, true, true, Period.ofMonths(3), null, null),
                STREET_OFFICE, new PolicyProperties.Overrides(null, true, true, Period.ofMonths(1), Period.ofMonths(6),
                        Period.ofYears(2)))));
        List<Decision> decisions = decisions();
        assertSame(loaded(overridden, decisions, 1_000), written(overridden, decisions));
    }

    @Test
    void aLaterImportOfTheSameDecisionsFindsNothingChanged() {
        List<Decision> decisions = decisions();
        Map<String, List<Map<String, Object>>> loaded = loaded(policy, decisions, 100);
        Integer changed = transactions.execute(s -> new PublicationWriter(jdbc, policy, clock).write(decisions, DISTRICTS,
                false));
        assertThat(changed).as("decisions the per-decision path takes for new or changed").isZero();
        assertThat(tables()).isEqualTo(loaded);
    }

    @Test
    void theFirstBatchesAreSmallerSoThatTheDatabaseStartsEarly() {
        List<Decision> decisions = decisions();
        PublicationLoader loader = new PublicationLoader(infile, jdbc, policy, clock);
        List<Integer> loads = new ArrayList<>();
        transactions.executeWithoutResult(s -> {
            assertThat(loader.begin()).isTrue();
            try (PublicationLoader.Stream stream = loader.stream(80)) {
                for (Decision d : decisions) {
                    PublicationLoader.Batch full = stream.add(List.of(d), DISTRICTS);
                    if (full != null) {
                        loads.add(loader.load(full));
                    }
                }
                loads.add(loader.load(stream.cut()));
            } finally {
                loader.end();
            }
        });
        // an eighth of the most, then half as large again each time, up to the most
        assertThat(loads).startsWith(10, 15, 22, 33, 49, 73, 80, 80);
        assertThat(loads.stream().mapToInt(Integer::intValue).sum()).isEqualTo(decisions.size());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM penalty_decision", Integer.class)).isEqualTo(decisions.size());
    }

    @Test
    void theMaskedFormsAreThePolicys() {
        loaded(policy, decisions(), 50);
        Map<String, Object> masked = jdbc.queryForMap("SELECT party_name, violation_facts, legal_basis FROM public_decision"
                + " WHERE decision_no = '京掩罚〔2026〕1号'");
        assertThat(masked.get("party_name")).isEqualTo("欧阳**");
        assertThat((String) masked.get("violation_facts")).contains("欧阳**", PublicDecisionBuilder.REDACTED)
                .doesNotContain("娜娜", "13800138000", residentId(41));
        assertThat(jdbc.queryForList("SELECT gram FROM public_decision_gram WHERE decision_no = '京掩罚〔2026〕1号'",
                String.class)).containsExactlyInAnyOrder("欧阳", "阳*", "**");
        assertThat(jdbc.queryForObject("SELECT reason FROM withdrawal_notice WHERE decision_no = '京掩罚〔2026〕4号'",
                String.class)).doesNotContain("撤销建材", uscc(9102), "鲁撤销");
        assertThat(jdbc.queryForObject("SELECT party_id_no FROM penalty_decision WHERE decision_no = '京掩罚〔2026〕1号'",
                String.class)).as("the raw row keeps what the agency sent").isEqualTo(residentId(41));
    }
}
