package org.disclosurehub.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosurehub.support.DatasetBuilder.AGENCIES;
import static org.disclosurehub.support.DatasetBuilder.DEPARTMENT;
import static org.disclosurehub.support.DatasetBuilder.DEPARTMENT_OFFICER;
import static org.disclosurehub.support.DatasetBuilder.DEPARTMENT_OFFICER_2;
import static org.disclosurehub.support.DatasetBuilder.GOVERNMENT;
import static org.disclosurehub.support.DatasetBuilder.OFFICERS;
import static org.disclosurehub.support.DatasetBuilder.POWERS;
import static org.disclosurehub.support.DatasetBuilder.STREET_OFFICE;
import static org.disclosurehub.support.DatasetBuilder.TEAM;
import static org.disclosurehub.support.DatasetBuilder.TEAM_OFFICER;
import static org.disclosurehub.support.DatasetBuilder.TEAM_OFFICER_2;
import static org.disclosurehub.support.DatasetBuilder.TOWNSHIP;
import static org.disclosurehub.support.DatasetBuilder.TOWNSHIP_OFFICER;
import static org.disclosurehub.support.DatasetBuilder.TOWNSHIP_OFFICER_2;
import static org.disclosurehub.support.DatasetBuilder.uscc;
import static org.disclosurehub.support.TestDecision.decision;
import static org.disclosurehub.support.TestDecision.residentId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.disclosurehub.ingest.DatasetImporter;
import org.disclosurehub.support.DatasetBuilder;
import org.disclosurehub.support.PolicyData;
import org.disclosurehub.support.PolicyHubTest;
import org.disclosurehub.support.PublicApi;
import org.disclosurehub.support.TestDecision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Nothing the disclosure policy withholds can be found, counted or inferred through any public
 * path of the API.
 *
 * <p>The dataset holds nine decisions that are shown on 2026-11-22 (legal persons, an
 * organisation, natural persons with ordinary and compound surnames whose names recur in the
 * facts, an individual business, redacted passages, a corrected decision, one on the last day of
 * its year) and sixteen that are not: one for each exemption, revoked ones (one had been public,
 * two never were), expired GENERAL and SERIOUS ones (two of them on the first day after their
 * period), a MINOR, a warning-only and a simple-procedure one. Every withheld decision has a
 * party name, credit code or ID number, decision number, fine and facts of its own, so that any
 * of them turning up anywhere is a leak. Every answer the hub gives in this class is searched
 * for them, and for every natural person's real name and ID number and every redacted passage.
 */
@PolicyHubTest
class DisclosureLeakTest {

    static final String A = DEPARTMENT;
    static final String B = STREET_OFFICE;
    static final String T = TOWNSHIP;
    static final String HAIDIAN_GOVERNMENT = uscc(309);
    static final String H = uscc(310);
    static final String H1 = "1101080000201";
    static final String H2 = "1101080000202";

    /** A decision as the public sees it: what the filters and orders of the list work on. */
    record Pub(String no, String agency, String district, String partyName, String creditCode, LocalDate date,
            Set<PenaltyType> types, BigDecimal fine, String power, List<String> officers) {
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DatasetImporter importer;
    @Autowired
    EncodingCursorStrategy<ScrollPosition> cursors;

    PublicApi api;
    final Map<String, Pub> visible = new LinkedHashMap<>();
    final List<Decision> withheld = new ArrayList<>();
    /** Withheld decision numbers; the revoked one that had been public leaves its number on its notice. */
    String revokedOncePublic;
    final Set<String> neverShown = new LinkedHashSet<>();
    /** Natural persons' real names, withheld parties' names, codes, representatives and facts, redacted passages, ID numbers. */
    final Set<String> forbidden = new LinkedHashSet<>();

    // ------------------------------------------------------------------------------ the dataset

    @BeforeAll
    void loadTheDataset() {
        DatasetBuilder data = DatasetBuilder.validDataset().withPenaltyDecisions();
        data.addRow(AGENCIES, "code", HAIDIAN_GOVERNMENT, "name", "北京市海淀区人民政府", "district", "海淀区");
        data.addRow(AGENCIES, "code", H, "name", "北京市海淀区市场监督管理局", "kind", "DEPARTMENT", "parent_code",
                HAIDIAN_GOVERNMENT, "district", "海淀区");
        data.addRow(POWERS, "code", "CF-004", "agency_code", A, "name", "对未按规定标注食品标签的处罚", "category", "PENALTY");
        data.addRow(POWERS, "code", "HD-CF-01", "agency_code", H, "name", "对使用不合格调味品的处罚", "category", "PENALTY");
        data.addRow(POWERS, "code", "JZ-CF-01", "agency_code", T, "name", "对违法建设的处罚", "category", "PENALTY");
        data.addRow(OFFICERS, "credential_no", H1, "name", "郑一鸣", "agency_code", H);
        data.addRow(OFFICERS, "credential_no", H2, "name", "冯晓东", "agency_code", H);

        // shown on 2026-11-22 ---------------------------------------------------------------
        // row 2 of withPenaltyDecisions(): 京朝市监罚〔2026〕1号, a legal person, GENERAL, 2026-06-01, 5000
        show(decision("京朝市监罚〔2026〕1号").build(), "北京示例商贸有限公司", uscc(7001));
        show(add(data, decision("京朝市监罚〔2026〕2号").legalPerson("北京明远食品有限公司", uscc(7201), "赵明远")
                .severity(Severity.SERIOUS).decided("2026-03-15").penalties(PenaltyType.FINE, PenaltyType.CONFISCATE_GAINS)
                .fine("20000.00").confiscation("3500.00").major("2026-03-10").publishedOn("2026-03-18")
                .facts("北京明远食品有限公司（法定代表人赵明远）生产不符合食品安全标准的食品。")), "北京明远食品有限公司", uscc(7201));
        show(add(data, decision("京朝市监罚〔2026〕3号").naturalPerson("张伟", residentId(101)).power("CF-004")
                .decided("2026-05-10").penalties(PenaltyType.WARNING, PenaltyType.FINE).fine("500.00")
                .publishedOn("2026-07-30").facts("张伟在其经营的摊位销售未标注生产日期的食品，张伟对违法事实无异议。")), "张*", null);
        show(add(data, decision("京朝双井罚〔2024〕4号").naturalPerson("欧阳娜娜", residentId(102))
                .agency(B, "JC-003", TEAM_OFFICER, TEAM_OFFICER_2).severity(Severity.SERIOUS).decided("2024-12-01")
                .fine("3000.00").facts("欧阳娜娜擅自占用道路堆放建筑物料，经责令改正，欧阳娜娜逾期未改正。")), "欧阳**", null);
        show(add(data, decision("京朝双井罚〔2026〕5号").individualBusiness("老王烧烤店", uscc(7202), "王小明")
                .agency(B, "JC-003", TEAM_OFFICER, TEAM_OFFICER_2).decided("2026-08-08")
                .penalties(PenaltyType.ORDER_SUSPENSION, PenaltyType.FINE).fine("1200.00")
                .facts("老王烧烤店经营者王小明在店外占道经营烧烤，王小明当场承认。")), "老王烧烤店", uscc(7202));
        show(add(data, decision("京海市监罚〔2026〕6号").legalPerson("北京秘方餐饮有限公司", uscc(7203), "孙秘方")
                .agency(H, "HD-CF-01", H1, H2).severity(Severity.SERIOUS).decided("2026-01-20").fine("100000.00")
                .publishedOn("2026-01-21")
                .facts("经举报人刘芳（电话13800138000）举报，当事人使用配方：桂皮3克八角2克的调料包未标注配料。")
                .redacted("举报人刘芳（电话13800138000）", "配方：桂皮3克八角2克")), "北京秘方餐饮有限公司", uscc(7203));
        show(add(data, decision("京海市监罚〔2026〕7号").naturalPerson("诸葛亮", residentId(103))
                .agency(H, "HD-CF-01", H1, H2).decided("2026-02-01").fine("800.00")
                .facts("当事人诸葛亮（公民身份号码" + residentId(103) + "）无照经营，诸葛亮称不知需办照。")
                .changed("2026-04-01", "诸葛亮申请行政复议，复议机关决定变更罚款金额")), "诸葛*", null);
        show(add(data, decision("京朝市监罚〔2025〕8号").legalPerson("北京末日商贸有限公司", uscc(7204), "吴末日")
                .decided("2025-11-23").fine("2500.00")), "北京末日商贸有限公司", uscc(7204));
        show(add(data, decision("京朝双井罚〔2026〕9号").legalPerson("朝阳区示例协会", uscc(7205), "钱会长")
                .partyType(PartyType.OTHER_ORG).agency(B, "JC-003", TEAM_OFFICER, TEAM_OFFICER_2).decided("2026-11-22")
                .fine("700.00")), "朝阳区示例协会", uscc(7205));

        // withheld -----------------------------------------------------------------------------
        hide(data, decision("京隐罚〔2026〕101号").naturalPerson("孙小宝", residentId(201)).exemption(Exemption.MINOR_PARTY)
                .agency(T, "JZ-CF-01", TOWNSHIP_OFFICER, TOWNSHIP_OFFICER_2).decided("2026-09-01").fine("300.00")
                .facts("孙小宝（未成年）在绿化带内私搭乱建。隐事实101"));
        hide(data, decision("京隐罚〔2026〕102号").legalPerson("北京鹰隼精密仪器有限公司", uscc(7301), "鲍鹰隼")
                .exemption(Exemption.STATE_SECRET).agency(T, "JZ-CF-01", TOWNSHIP_OFFICER, TOWNSHIP_OFFICER_2)
                .decided("2026-09-02").fine("77777.77").facts("隐事实102"));
        hide(data, decision("京隐罚〔2026〕103号").legalPerson("北京磐石燃气有限公司", uscc(7302), "雷磐石")
                .exemption(Exemption.SECURITY_STABILITY).agency(T, "JZ-CF-01", TOWNSHIP_OFFICER, TOWNSHIP_OFFICER_2)
                .severity(Severity.SERIOUS).decided("2026-09-03").fine("66666.66").facts("隐事实103"));
        hide(data, decision("京隐罚〔2026〕104号").naturalPerson("司马懿", residentId(202))
                .exemption(Exemption.SERIAL_INVESTIGATION).agency(T, "JZ-CF-01", TOWNSHIP_OFFICER, TOWNSHIP_OFFICER_2)
                .decided("2026-09-04").fine("4400.00").facts("司马懿伙同他人违法建设。隐事实104"));
        hide(data, decision("京隐罚〔2026〕105号").individualBusiness("翡翠玉石行", uscc(7303), "龚翡翠")
                .exemption(Exemption.CRIMINAL_TRANSFER).agency(T, "JZ-CF-01", TOWNSHIP_OFFICER, TOWNSHIP_OFFICER_2)
                .severity(Severity.SERIOUS).decided("2026-09-05").fine("55555.55").facts("龚翡翠涉嫌销售假冒玉石。隐事实105"));
        hide(data, decision("京隐罚〔2026〕106号").legalPerson("北京麒麟文化传媒有限公司", uscc(7304), "麦麒麟")
                .exemption(Exemption.LEGAL_PROHIBITION).decided("2026-09-06").fine("44444.44").publishedOn("2026-09-06")
                .facts("隐事实106"));
        revokedOncePublic = "京隐罚〔2026〕107号";
        hide(data, decision(revokedOncePublic).legalPerson("北京鲁班建材有限公司", uscc(7305), "鲁大匠")
                .decided("2026-03-01").fine("33333.33").publishedOn("2026-03-02").facts("隐事实107")
                .revoked("2026-09-15", "北京鲁班建材有限公司（法定代表人鲁大匠）申请行政复议，复议机关决定撤销"));
        hide(data, decision("京隐罚〔2024〕108号").legalPerson("北京貔貅投资有限公司", uscc(7306), "庞貔貅")
                .decided("2024-01-10").fine("22222.22").facts("隐事实108").revoked("2026-05-01", "法院判决撤销"));
        hide(data, decision("京隐罚〔2026〕109号").naturalPerson("上官飞燕", residentId(203))
                .agency(B, "JC-003", TEAM_OFFICER, TEAM_OFFICER_2).decided("2026-07-07").fine("1900.00")
                .facts("上官飞燕占道经营。隐事实109").revoked("2026-07-07", "上官飞燕当场提出异议，决定当日撤销"));
        hide(data, decision("京隐罚〔2025〕110号").legalPerson("北京昨日黄花贸易有限公司", uscc(7307), "黄昨日")
                .decided("2025-11-22").fine("11111.11").facts("隐事实110"));
        hide(data, decision("京隐罚〔2024〕111号").naturalPerson("钱多多", residentId(204)).power("CF-004")
                .decided("2024-06-01").fine("9999.99").facts("钱多多销售过期食品。隐事实111"));
        hide(data, decision("京隐罚〔2023〕112号").legalPerson("北京古董收藏有限公司", uscc(7308), "古长青")
                .agency(H, "HD-CF-01", H1, H2).severity(Severity.SERIOUS).decided("2023-11-22").fine("88888.88")
                .facts("隐事实112"));
        hide(data, decision("京隐罚〔2022〕113号").naturalPerson("皇甫嵩", residentId(205)).agency(H, "HD-CF-01", H1, H2)
                .severity(Severity.SERIOUS).decided("2022-05-05").fine("12121.21").facts("皇甫嵩无证经营。隐事实113"));
        hide(data, decision("京隐罚〔2026〕114号").legalPerson("北京轻微瑕疵科技有限公司", uscc(7309), "秦微")
                .severity(Severity.MINOR).decided("2026-10-01").fine("150.00").facts("隐事实114"));
        hide(data, decision("京隐罚〔2026〕115号").naturalPerson("欧阳锋", residentId(206))
                .agency(B, "JC-003", TEAM_OFFICER, TEAM_OFFICER_2).decided("2026-10-02").warningOnly()
                .facts("欧阳锋在禁烟区吸烟。隐事实115"));
        hide(data, decision("京隐罚〔2026〕116号").individualBusiness("阿福杂货铺", uscc(7310), "阿福")
                .agency(T, "JZ-CF-01", TOWNSHIP_OFFICER, TOWNSHIP_OFFICER_2).simpleProcedure().decided("2026-10-03")
                .fine("200.00").facts("阿福杂货铺店外堆物。隐事实116"));

        forbidden.addAll(List.of("张伟", "欧阳娜娜", "娜娜", "王小明", "小明", "诸葛亮", "刘芳", "13800138000",
                "桂皮3克八角2克", "隐事实"));
        for (int i = 101; i <= 103; i++) {
            forbidden.add(residentId(i));
        }
        PolicyData.load(jdbc, importer, data);
        api = new PublicApi(port).onEveryResponse(this::assertNothingForbidden);
    }

    Decision add(DatasetBuilder data, TestDecision d) {
        Decision decision = d.build();
        data.addDecision(decision);
        return decision;
    }

    void show(Decision d, String publicName, String publicCreditCode) {
        String district = d.agencyCode().equals(H) ? "海淀区" : "朝阳区";
        visible.put(d.decisionNo(), new Pub(d.decisionNo(), d.agencyCode(), district, publicName, publicCreditCode,
                d.decisionDate(), Set.copyOf(d.penaltyTypes()), d.fineAmount(), d.powerCode(), d.officerCredentials()));
    }

    void hide(DatasetBuilder data, TestDecision d) {
        Decision decision = add(data, d);
        withheld.add(decision);
        if (!decision.decisionNo().equals(revokedOncePublic)) {
            neverShown.add(decision.decisionNo());
        }
        for (String s : new String[] {decision.partyName(), decision.partyCreditCode(), decision.partyIdNo(),
                decision.legalRepresentative()}) {
            if (s != null) {
                forbidden.add(s);
            }
        }
    }

    /** The check every answer of the hub passes before a test looks at it. */
    void assertNothingForbidden(PublicApi.Response r) {
        List<String> texts = new ArrayList<>(r.strings());
        texts.add(r.raw());
        for (String text : texts) {
            for (String secret : forbidden) {
                assertThat(text).as("an answer shows \"%s\":%n%s", secret, r.raw()).doesNotContain(secret);
            }
            for (String no : neverShown) {
                assertThat(text).as("an answer shows the withheld decision %s:%n%s", no, r.raw()).doesNotContain(no);
            }
        }
    }

    // ---------------------------------------------------------------------------- helpers

    static final String LIST = """
            query($f: PenaltyDecisionFilter, $o: PenaltyDecisionOrder, $first: Int, $after: String) {
              penaltyDecisions(filter: $f, orderBy: $o, first: $first, after: $after) {
                totalCount
                edges { cursor node { decisionNo partyName } }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    static final String ALL_FIELDS = """
            fragment all on PenaltyDecision {
              decisionNo partyType partyName partyCreditCode legalRepresentative violationFacts legalBasis
              penaltyTypes fineAmount confiscationAmount decisionDate publishedUntil status
              correction { correctedOn reason } major legalReview { passed reviewedOn } publishedOn
              agency { code name district } power { code name }
              handlingOfficers { name credentialNo credentialValidOnDecisionDate agency { code } }
            }""";

    static final List<String> ORDERS = List.of("DECISION_DATE_DESC", "DECISION_DATE_ASC", "FINE_DESC", "FINE_ASC");

    static Comparator<Pub> order(String name) {
        return switch (name) {
            case "DECISION_DATE_DESC" -> Comparator.comparing(Pub::date).reversed();
            case "DECISION_DATE_ASC" -> Comparator.comparing(Pub::date);
            case "FINE_DESC" -> Comparator.comparing(Pub::fine).reversed();
            case "FINE_ASC" -> Comparator.comparing(Pub::fine);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** The visible decisions that match, in the order given (visible ones differ in date and fine: no ties). */
    List<String> expected(Predicate<Pub> filter, String order) {
        return visible.values().stream().filter(filter).sorted(order(order)).map(Pub::no).toList();
    }

    PublicApi.Response list(Map<String, Object> filter, String order, int first, String after) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("f", filter);
        vars.put("o", order);
        vars.put("first", first);
        vars.put("after", after);
        return api.post(LIST, vars);
    }

    /** Asserts a filter finds exactly the visible decisions that match, in this order, and counts exactly them. */
    void assertFinds(Map<String, Object> filter, String order, Predicate<Pub> matches) {
        PublicApi.Response r = list(filter, order, 100, null).ok();
        List<String> want = expected(matches, order);
        assertThat((List<String>) r.read("$.data.penaltyDecisions.edges[*].node.decisionNo"))
                .as("%s %s", filter, order).containsExactlyElementsOf(want);
        assertThat((Integer) r.read("$.data.penaltyDecisions.totalCount")).as("totalCount of %s", filter)
                .isEqualTo(want.size());
    }

    static Map<String, Object> filter(Object... entries) {
        Map<String, Object> f = new LinkedHashMap<>();
        for (int i = 0; i < entries.length; i += 2) {
            f.put((String) entries[i], entries[i + 1]);
        }
        return f;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    Decision withheld(String no) {
        return withheld.stream().filter(d -> d.decisionNo().equals(no)).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------------------- the list

    @Test
    void theListShowsExactlyTheVisibleDecisionsInEveryOrder() {
        for (String order : ORDERS) {
            assertFinds(null, order, p -> true);
        }
        assertThat(visible).hasSize(9);
    }

    @Test
    void everyFieldOfEveryDecisionIsInItsPublicForm() {
        PublicApi.Response r = api.post("{ penaltyDecisions(first: 20) { totalCount edges { node { ...all } } } }"
                + ALL_FIELDS).ok();
        assertThat((Integer) r.read("$.data.penaltyDecisions.totalCount")).isEqualTo(9);
        Map<String, Map<String, Object>> byNo = new TreeMap<>();
        for (Map<String, Object> node : (List<Map<String, Object>>) r.read("$.data.penaltyDecisions.edges[*].node")) {
            byNo.put((String) node.get("decisionNo"), node);
        }
        assertThat(byNo.keySet()).containsExactlyInAnyOrderElementsOf(visible.keySet());
        Map<String, Object> zhang = byNo.get("京朝市监罚〔2026〕3号");
        assertThat(zhang).containsEntry("partyName", "张*").containsEntry("partyCreditCode", null)
                .containsEntry("violationFacts", "张*在其经营的摊位销售未标注生产日期的食品，张*对违法事实无异议。");
        Map<String, Object> ouyang = byNo.get("京朝双井罚〔2024〕4号");
        assertThat(ouyang).containsEntry("partyName", "欧阳**")
                .containsEntry("violationFacts", "欧阳**擅自占用道路堆放建筑物料，经责令改正，欧阳**逾期未改正。")
                .containsEntry("publishedUntil", "2027-11-30");
        Map<String, Object> shop = byNo.get("京朝双井罚〔2026〕5号");
        assertThat(shop).containsEntry("partyName", "老王烧烤店").containsEntry("legalRepresentative", "王**")
                .containsEntry("partyCreditCode", uscc(7202))
                .containsEntry("violationFacts", "老王烧烤店经营者王**在店外占道经营烧烤，王**当场承认。");
        assertThat(byNo.get("京海市监罚〔2026〕6号")).containsEntry("violationFacts",
                "经[已屏蔽]举报，当事人使用[已屏蔽]的调料包未标注配料。").containsEntry("legalRepresentative", "孙秘方");
        Map<String, Object> zhuge = byNo.get("京海市监罚〔2026〕7号");
        assertThat(zhuge).containsEntry("partyName", "诸葛*").containsEntry("status", "CHANGED")
                .containsEntry("violationFacts", "当事人诸葛*（公民身份号码[已屏蔽]）无照经营，诸葛*称不知需办照。")
                .containsEntry("correction", Map.of("correctedOn", "2026-04-01",
                        "reason", "诸葛*申请行政复议，复议机关决定变更罚款金额"));
        assertThat(byNo.get("京朝市监罚〔2026〕2号")).containsEntry("partyName", "北京明远食品有限公司")
                .containsEntry("legalRepresentative", "赵明远").containsEntry("partyCreditCode", uscc(7201))
                .containsEntry("major", true).containsEntry("legalReview", Map.of("passed", true, "reviewedOn", "2026-03-10"))
                .containsEntry("confiscationAmount", "3500.00");
        assertThat(byNo.get("京朝市监罚〔2025〕8号")).as("the last day of its year").containsEntry("publishedUntil",
                "2026-11-22");
    }

    @Test
    void noFilterFindsOrCountsAWithheldDecision() {
        List<Map<String, Object>> filters = new ArrayList<>();
        List<Predicate<Pub>> predicates = new ArrayList<>();
        for (String code : List.of(A, B, T, H, GOVERNMENT, TEAM)) {
            filters.add(filter("agencyCode", code));
            predicates.add(p -> p.agency().equals(code));
        }
        for (String district : List.of("朝阳区", "海淀区", "大兴区")) {
            filters.add(filter("district", district));
            predicates.add(p -> p.district().equals(district));
        }
        List<String> codes = new ArrayList<>();
        visible.values().forEach(p -> codes.add(p.creditCode()));
        withheld.forEach(d -> codes.add(d.partyCreditCode()));
        for (String code : codes.stream().filter(c -> c != null).toList()) {
            filters.add(filter("partyCreditCode", code));
            predicates.add(p -> code.equals(p.creditCode()));
        }
        List<String> numbers = new ArrayList<>(visible.keySet());
        withheld.forEach(d -> numbers.add(d.decisionNo()));
        for (String no : numbers) {
            filters.add(filter("decisionNo", no));
            predicates.add(p -> p.no().equals(no));
        }
        for (Decision d : withheld) {
            LocalDate day = d.decisionDate();
            filters.add(filter("decidedFrom", day.toString(), "decidedTo", day.toString()));
            predicates.add(p -> p.date().equals(day));
            if (d.fineAmount() != null) {
                String fine = d.fineAmount().toPlainString();
                filters.add(filter("fineMin", fine, "fineMax", fine));
                predicates.add(p -> p.fine().compareTo(d.fineAmount()) == 0);
            }
            filters.add(filter("agencyCode", d.agencyCode(), "powerCode", d.powerCode(), "decidedFrom",
                    day.minusDays(1).toString(), "decidedTo", day.plusDays(1).toString()));
            predicates.add(p -> p.agency().equals(d.agencyCode()) && p.power().equals(d.powerCode())
                    && !p.date().isBefore(day.minusDays(1)) && !p.date().isAfter(day.plusDays(1)));
        }
        filters.add(filter("decidedFrom", "2020-01-01", "decidedTo", "2026-12-31"));
        predicates.add(p -> true);
        filters.add(filter("decidedFrom", "2026-09-01", "decidedTo", "2026-10-31"));
        predicates.add(p -> false);
        filters.add(filter("decidedFrom", "2022-01-01", "decidedTo", "2024-11-30"));
        predicates.add(p -> false);
        for (PenaltyType type : PenaltyType.values()) {
            filters.add(filter("penaltyType", type.name()));
            predicates.add(p -> p.types().contains(type));
        }
        filters.add(filter("fineMin", "50000"));
        predicates.add(p -> p.fine().compareTo(new BigDecimal("50000")) >= 0);
        filters.add(filter("fineMax", "1000"));
        predicates.add(p -> p.fine().compareTo(new BigDecimal("1000")) <= 0);
        filters.add(filter("fineMin", "10000", "fineMax", "99999.99"));
        predicates.add(p -> p.fine().compareTo(new BigDecimal("10000")) >= 0
                && p.fine().compareTo(new BigDecimal("99999.99")) <= 0);
        for (String power : List.of("CF-002", "CF-004", "JC-003", "HD-CF-01", "JZ-CF-01", "XK-001")) {
            filters.add(filter("powerCode", power));
            predicates.add(p -> p.power().equals(power));
        }
        filters.add(filter("partyNameContains", "北京", "fineMin", "1000", "agencyCode", A));
        predicates.add(p -> p.partyName().contains("北京") && p.fine().compareTo(new BigDecimal("1000")) >= 0
                && p.agency().equals(A));

        for (int i = 0; i < filters.size(); i++) {
            for (String order : ORDERS) {
                assertFinds(filters.get(i), order, predicates.get(i));
            }
        }
    }

    @Test
    void searchingANameFindsOnlyWhatIsShownNeverARealNameOrAWithheldParty() {
        Set<String> searches = new LinkedHashSet<>();
        List<String> names = new ArrayList<>(List.of("张伟", "欧阳娜娜", "王小明", "诸葛亮"));
        withheld.forEach(d -> {
            names.add(d.partyName());
            if (d.legalRepresentative() != null) {
                names.add(d.legalRepresentative());
            }
        });
        for (String name : names) {
            searches.add(name);
            int[] cps = name.codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                searches.add(new String(cps, i, 1));
                if (i + 1 < cps.length) {
                    searches.add(new String(cps, i, 2));
                }
            }
        }
        searches.addAll(List.of("张*", "*", "欧阳", "诸葛", "老王", "北京明远", "ZZ", "%", "_"));
        for (String s : searches) {
            assertFinds(filter("partyNameContains", s), "DECISION_DATE_DESC",
                    p -> lower(p.partyName()).contains(lower(s)));
        }
        // the real names find nothing: what is shown is masked
        for (String realName : List.of("张伟", "欧阳娜娜", "诸葛亮", "王小明")) {
            assertFinds(filter("partyNameContains", realName), "DECISION_DATE_DESC", p -> false);
        }
        // a compound surname finds the visible 欧阳** but not the withheld 欧阳锋
        assertFinds(filter("partyNameContains", "欧阳"), "DECISION_DATE_DESC",
                p -> p.no().equals("京朝双井罚〔2024〕4号"));
    }

    @Test
    void oneDecisionByItsNumberIsNullWhenWithheldExactlyAsWhenItDoesNotExist() {
        String query = "query($no: String!) { penaltyDecision(decisionNo: $no) { ...all } }" + ALL_FIELDS;
        PublicApi.Response none = api.post(query, "no", "京隐罚〔2026〕999号").ok();
        assertThat((Object) none.read("$.data.penaltyDecision")).isNull();
        String nothing = none.raw();
        for (Decision d : withheld) {
            assertThat(api.post(query, "no", d.decisionNo()).ok().raw()).as(d.decisionNo()).isEqualTo(nothing);
        }
        for (String no : visible.keySet()) {
            assertThat((String) api.post(query, "no", no).ok().read("$.data.penaltyDecision.decisionNo")).isEqualTo(no);
        }
    }

    // ---------------------------------------------------------------------------- cursors

    @Test
    void pagingThroughEveryOrderYieldsExactlyTheVisibleDecisions() {
        for (String order : ORDERS) {
            for (int size : new int[] {1, 2, 4}) {
                List<String> seen = new ArrayList<>();
                String after = null;
                boolean more = true;
                while (more) {
                    PublicApi.Response r = list(null, order, size, after).ok();
                    seen.addAll(r.read("$.data.penaltyDecisions.edges[*].node.decisionNo"));
                    assertThat((Integer) r.read("$.data.penaltyDecisions.totalCount")).isEqualTo(9);
                    more = r.read("$.data.penaltyDecisions.pageInfo.hasNextPage");
                    after = r.read("$.data.penaltyDecisions.pageInfo.endCursor");
                }
                assertThat(seen).as("%s by %d", order, size).containsExactlyElementsOf(expected(p -> true, order));
            }
        }
    }

    String cursor(String key, String no, String order) {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("k", key);
        keys.put("no", no);
        keys.put("o", order);
        return cursors.toCursor(ScrollPosition.forward(keys));
    }

    @Test
    void aCursorHandCraftedAtAWithheldDecisionRevealsNothingMore() {
        for (Decision d : withheld) {
            for (String order : ORDERS) {
                boolean byFine = order.startsWith("FINE");
                if (byFine && d.fineAmount() == null) {
                    continue;
                }
                String key = byFine ? d.fineAmount().toPlainString() : d.decisionDate().toString();
                PublicApi.Response atWithheld = list(null, order, 100, cursor(key, d.decisionNo(), order)).ok();
                PublicApi.Response atNothing = list(null, order, 100, cursor(key, "京隐罚〔2026〕999号", order)).ok();
                List<String> want = visible.values().stream().filter(p -> switch (order) {
                    case "DECISION_DATE_DESC" -> p.date().isBefore(d.decisionDate());
                    case "DECISION_DATE_ASC" -> p.date().isAfter(d.decisionDate());
                    case "FINE_DESC" -> p.fine().compareTo(d.fineAmount()) < 0;
                    default -> p.fine().compareTo(d.fineAmount()) > 0;
                }).sorted(order(order)).map(Pub::no).toList();
                assertThat((List<String>) atWithheld.read("$.data.penaltyDecisions.edges[*].node.decisionNo"))
                        .as("after %s in %s", d.decisionNo(), order).containsExactlyElementsOf(want);
                assertThat(atWithheld.raw()).as("a cursor at a withheld decision is one at no decision")
                        .isEqualTo(atNothing.raw());
                assertThat((Integer) atWithheld.read("$.data.penaltyDecisions.totalCount")).isEqualTo(9);
            }
        }
    }

    @Test
    void aCursorThatIsNotOneOfThisListIsRefusedWithoutQuotingIt() {
        String withheldNo = "京隐罚〔2026〕102号";
        for (String bad : List.of(cursor("鹰隼", withheldNo, "DECISION_DATE_DESC"),
                cursor("北京鹰隼精密仪器有限公司", withheldNo, "FINE_DESC"),
                cursor("2026-09-02", withheldNo, "PARTY_NAME"),
                cursor("2026-09-02", withheldNo, "FINE_DESC"),
                "not a cursor")) {
            PublicApi.Response r = list(null, "DECISION_DATE_DESC", 5, bad);
            assertThat(r.errorCode()).as(r.raw()).isEqualTo("BAD_USER_INPUT");
        }
    }

    // --------------------------------------------------------------------- nested lists

    @Test
    void everyAgencysListHoldsAndCountsOnlyItsVisibleDecisions() {
        PublicApi.Response r = api.post("""
                { agencies(first: 20) { totalCount edges { node { code
                    penaltyDecisions(first: 20) { totalCount edges { node { decisionNo } } } } } } }""").ok();
        List<Map<String, Object>> nodes = r.read("$.data.agencies.edges[*].node");
        assertThat(nodes).extracting(n -> n.get("code")).contains(A, B, T, H, GOVERNMENT, TEAM);
        for (Map<String, Object> node : nodes) {
            String code = (String) node.get("code");
            List<String> want = expected(p -> p.agency().equals(code), "DECISION_DATE_DESC");
            Map<String, Object> decisions = (Map<String, Object>) node.get("penaltyDecisions");
            assertThat(decisions.get("totalCount")).as(code).isEqualTo(want.size());
            assertThat(((List<Map<String, Map<String, Object>>>) decisions.get("edges")).stream()
                    .map(e -> (String) e.get("node").get("decisionNo")).toList()).as(code).containsExactlyElementsOf(want);
        }
        assertThat(expected(p -> p.agency().equals(T), "DECISION_DATE_DESC")).as("the township's are all withheld")
                .isEmpty();
    }

    @Test
    void pagingThroughAnAgencysListYieldsExactlyItsVisibleDecisions() {
        for (String code : List.of(A, B, H, T)) {
            List<String> seen = new ArrayList<>();
            String after = null;
            boolean more = true;
            while (more) {
                PublicApi.Response r = api.post("""
                        query($code: ID!, $after: String) { agency(code: $code) { penaltyDecisions(first: 1, after: $after) {
                          totalCount edges { node { decisionNo } } pageInfo { hasNextPage endCursor } } } }""",
                        "code", code, "after", after).ok();
                seen.addAll(r.read("$.data.agency.penaltyDecisions.edges[*].node.decisionNo"));
                assertThat((Integer) r.read("$.data.agency.penaltyDecisions.totalCount"))
                        .isEqualTo(expected(p -> p.agency().equals(code), "DECISION_DATE_DESC").size());
                more = r.read("$.data.agency.penaltyDecisions.pageInfo.hasNextPage");
                after = r.read("$.data.agency.penaltyDecisions.pageInfo.endCursor");
            }
            assertThat(seen).containsExactlyElementsOf(expected(p -> p.agency().equals(code), "DECISION_DATE_DESC"));
        }
        // a hand-made cursor at a withheld decision of the township shows nothing of it
        Decision secret = withheld("京隐罚〔2026〕104号");
        PublicApi.Response r = api.post("""
                query($code: ID!, $after: String) { agency(code: $code) { penaltyDecisions(first: 5, after: $after) {
                  totalCount edges { node { decisionNo } } } } }""", "code", T, "after",
                cursor(secret.decisionDate().toString(), secret.decisionNo(), "DECISION_DATE_DESC")).ok();
        assertThat((List<String>) r.read("$.data.agency.penaltyDecisions.edges")).isEmpty();
        assertThat((Integer) r.read("$.data.agency.penaltyDecisions.totalCount")).isZero();
    }

    @Test
    void everyPowersListHoldsAndCountsOnlyItsVisibleDecisions() {
        PublicApi.Response r = api.post("""
                { powers(first: 20) { edges { node { code
                    penaltyDecisions(first: 20) { totalCount edges { node { decisionNo } } } } } } }""").ok();
        List<Map<String, Object>> nodes = r.read("$.data.powers.edges[*].node");
        assertThat(nodes).extracting(n -> n.get("code")).contains("CF-002", "CF-004", "JC-003", "HD-CF-01", "JZ-CF-01");
        for (Map<String, Object> node : nodes) {
            String code = (String) node.get("code");
            List<String> want = expected(p -> p.power().equals(code), "DECISION_DATE_DESC");
            Map<String, Object> decisions = (Map<String, Object>) node.get("penaltyDecisions");
            assertThat(decisions.get("totalCount")).as(code).isEqualTo(want.size());
            assertThat(((List<Map<String, Map<String, Object>>>) decisions.get("edges")).stream()
                    .map(e -> (String) e.get("node").get("decisionNo")).toList()).as(code).containsExactlyElementsOf(want);
        }
    }

    @Test
    void everyOfficersListHoldsAndCountsOnlyTheVisibleDecisionsTheyHandled() {
        PublicApi.Response r = api.post("""
                { officers(filter: {role: OFFICER}, first: 20) { edges { node { ... on EnforcementOfficer { credentialNo
                    penaltyDecisions(first: 10) { totalCount edges { node { decisionNo } } } } } } } }""").ok();
        List<Map<String, Object>> nodes = r.read("$.data.officers.edges[*].node");
        assertThat(nodes).extracting(n -> n.get("credentialNo")).contains(DEPARTMENT_OFFICER, DEPARTMENT_OFFICER_2,
                TEAM_OFFICER, TOWNSHIP_OFFICER, TOWNSHIP_OFFICER_2, H1, H2);
        for (Map<String, Object> node : nodes) {
            String no = (String) node.get("credentialNo");
            List<String> want = expected(p -> p.officers().contains(no), "DECISION_DATE_DESC");
            Map<String, Object> decisions = (Map<String, Object>) node.get("penaltyDecisions");
            assertThat(decisions.get("totalCount")).as(no).isEqualTo(want.size());
            assertThat(((List<Map<String, Map<String, Object>>>) decisions.get("edges")).stream()
                    .map(e -> (String) e.get("node").get("decisionNo")).toList()).as(no).containsExactlyElementsOf(want);
        }
    }

    @Test
    void listsReachedThroughADecisionAreFilteredToo() {
        PublicApi.Response r = api.post("""
                { penaltyDecisions(first: 10) { edges { node { decisionNo
                    agency { code penaltyDecisions(first: 10) { totalCount } }
                    power { code penaltyDecisions(first: 10) { totalCount } } } } } }""").ok();
        for (Map<String, Object> node : (List<Map<String, Object>>) r.read("$.data.penaltyDecisions.edges[*].node")) {
            Map<String, Object> agency = (Map<String, Object>) node.get("agency");
            Map<String, Object> power = (Map<String, Object>) node.get("power");
            assertThat(((Map<String, Object>) agency.get("penaltyDecisions")).get("totalCount"))
                    .isEqualTo(expected(p -> p.agency().equals(agency.get("code")), "FINE_ASC").size());
            assertThat(((Map<String, Object>) power.get("penaltyDecisions")).get("totalCount"))
                    .isEqualTo(expected(p -> p.power().equals(power.get("code")), "FINE_ASC").size());
        }
    }

    // ---------------------------------------------------------------------------- statistics

    @Test
    void totalsCountAndSumOnlyVisibleDecisions() {
        String query = """
                query($from: Date!, $to: Date!, $district: String) { penaltyTotals(from: $from, to: $to, district: $district) {
                  agency { code } decisionCount fineTotal } }""";
        for (String[] period : new String[][] {{"2026-01-01", "2026-12-31"}, {"2020-01-01", "2027-12-31"},
                {"2026-09-01", "2026-10-31"}, {"2022-01-01", "2023-12-31"}}) {
            for (String district : new String[] {null, "朝阳区", "海淀区"}) {
                LocalDate from = LocalDate.parse(period[0]);
                LocalDate to = LocalDate.parse(period[1]);
                Map<String, List<Pub>> byAgency = visible.values().stream()
                        .filter(p -> !p.date().isBefore(from) && !p.date().isAfter(to))
                        .filter(p -> district == null || p.district().equals(district))
                        .collect(Collectors.groupingBy(Pub::agency, TreeMap::new, Collectors.toList()));
                List<Map<String, Object>> want = new ArrayList<>();
                byAgency.forEach((code, pubs) -> want.add(Map.of("agency", Map.of("code", code),
                        "decisionCount", pubs.size(), "fineTotal", pubs.stream().map(Pub::fine)
                                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2).toPlainString())));
                PublicApi.Response r = api.post(query, "from", period[0], "to", period[1], "district", district).ok();
                // every agency is listed; those with nothing shown in the period with zero
                List<Map<String, Object>> rows = r.read("$.data.penaltyTotals");
                assertThat(rows).as("%s–%s %s", from, to, district)
                        .filteredOn(row -> ((Number) row.get("decisionCount")).intValue() > 0)
                        .containsExactlyElementsOf(want);
                assertThat(rows).filteredOn(row -> ((Number) row.get("decisionCount")).intValue() == 0)
                        .allMatch(row -> "0.00".equals(row.get("fineTotal")));
            }
        }
    }

    @Test
    void timelinessCountsOnlyVisibleDecisionsWithAKnownPublicationDate() {
        PublicApi.Response r = api.post("""
                { publicationTimeliness(year: 2026) { agency { code } year decisionsWithKnownDate
                  publishedWithinSevenWorkingDays share } }""").ok();
        // A: 2号 on time, 3号 late (the exempt 106号, published on its decision date, does not count); H: 6号 on time
        assertThat((List<Map<String, Object>>) r.read("$.data.publicationTimeliness")).containsExactlyInAnyOrder(
                Map.of("agency", Map.of("code", A), "year", 2026, "decisionsWithKnownDate", 2,
                        "publishedWithinSevenWorkingDays", 1, "share", 0.5),
                Map.of("agency", Map.of("code", H), "year", 2026, "decisionsWithKnownDate", 1,
                        "publishedWithinSevenWorkingDays", 1, "share", 1.0));
        for (String code : List.of(T, B)) {
            assertThat((List<?>) api.post("query($a: ID) { publicationTimeliness(year: 2026, agencyCode: $a) { year } }",
                    "a", code).ok().read("$.data.publicationTimeliness")).as(code).isEmpty();
        }
    }

    @Test
    void withheldStatisticsGiveReasonCategoriesWithSmallCountsProtected() {
        String query = """
                query($y: Int!) { withheldStatistics(year: $y) { agency { code } year reason count display } }""";
        Map<String, Map<String, String>> y2026 = figures(api.post(query, "y", 2026).ok());
        assertThat(y2026).containsOnlyKeys(A, B, T);
        // A: 106号 exempt, 107号 revoked, 114号 minor — each alone in its cell
        assertThat(y2026.get(A)).isEqualTo(Map.of("EXEMPT", "<5", "SIMPLE_PROCEDURE", "0", "WARNING_ONLY", "0",
                "MINOR", "<5", "REVOKED", "<5", "EXPIRED", "0"));
        // B: 109号 revoked the day it was made, 115号 warning only
        assertThat(y2026.get(B)).isEqualTo(Map.of("EXEMPT", "0", "SIMPLE_PROCEDURE", "0", "WARNING_ONLY", "<5",
                "MINOR", "0", "REVOKED", "<5", "EXPIRED", "0"));
        // the township: five exempt and one simple-procedure decision; the 5 is hidden so that it cannot
        // give back the 1 from a total published elsewhere
        assertThat(y2026.get(T)).isEqualTo(Map.of("EXEMPT", "–", "SIMPLE_PROCEDURE", "<5", "WARNING_ONLY", "0",
                "MINOR", "0", "REVOKED", "0", "EXPIRED", "0"));

        assertThat(figures(api.post(query, "y", 2025).ok())).isEqualTo(Map.of(A, Map.of("EXEMPT", "0",
                "SIMPLE_PROCEDURE", "0", "WARNING_ONLY", "0", "MINOR", "0", "REVOKED", "0", "EXPIRED", "<5")));
        assertThat(figures(api.post(query, "y", 2024).ok()).get(A)).containsEntry("REVOKED", "<5")
                .containsEntry("EXPIRED", "<5");
        assertThat(figures(api.post(query, "y", 2023).ok()).get(H)).containsEntry("EXPIRED", "<5");

        for (Map<String, Object> f : (List<Map<String, Object>>) api.post(query, "y", 2026).read("$.data.withheldStatistics")) {
            Object count = f.get("count");
            if (count != null) {
                assertThat((Integer) count).as("no figure from 1 to 4 is given as a number").isNotIn(1, 2, 3, 4);
                assertThat(f.get("display")).isEqualTo(count.toString());
            }
        }
    }

    @Test
    void theAnnualReportsCountOfEveryDecisionMadeCannotGiveBackASmallWithheldCount() {
        String query = """
                query($a: String) { annualReport(year: 2026, agencyCode: $a) { proactiveDisclosure { label count note } } }""";
        // A's withheld cells are all below 5: its total less what is published would recover them
        assertThat(penaltyRow(api.post(query, "a", A).ok())).containsEntry("count", null)
                .hasEntrySatisfying("note", note -> assertThat((String) note).contains("withheld count below 5"));
        // the township's small cell has a larger one hidden beside it: the total can be given
        assertThat(penaltyRow(api.post(query, "a", T).ok()).get("count")).isNotNull();
    }

    Map<String, Object> penaltyRow(PublicApi.Response r) {
        List<Map<String, Object>> rows = r.read("$.data.annualReport.proactiveDisclosure");
        return rows.stream().filter(row -> ((String) row.get("label")).startsWith("行政处罚")).findFirst().orElseThrow();
    }

    Map<String, Map<String, String>> figures(PublicApi.Response r) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (Map<String, Object> f : (List<Map<String, Object>>) r.read("$.data.withheldStatistics")) {
            out.computeIfAbsent((String) ((Map<String, Object>) f.get("agency")).get("code"), k -> new TreeMap<>())
                    .put((String) f.get("reason"), (String) f.get("display"));
        }
        return out;
    }

    // ----------------------------------------------------------------- withdrawal notices

    @Test
    void onlyTheRevokedDecisionThatHadBeenPublicLeavesANoticeAndTheNoticeNamesNoParty() {
        PublicApi.Response r = api.post("""
                { withdrawalNotices(first: 100) { totalCount edges { cursor node { decisionNo withdrawnOn reason agency { code } } } } }""")
                .ok();
        assertThat((Integer) r.read("$.data.withdrawalNotices.totalCount")).isEqualTo(1);
        Map<String, Object> notice = r.read("$.data.withdrawalNotices.edges[0].node");
        assertThat(notice).containsEntry("decisionNo", revokedOncePublic).containsEntry("withdrawnOn", "2026-09-15")
                .containsEntry("agency", Map.of("code", A));
        assertThat((String) notice.get("reason")).contains("申请行政复议，复议机关决定撤销").doesNotContain("鲁班");

        String one = "query($no: String!) { withdrawalNotice(decisionNo: $no) { decisionNo withdrawnOn reason agency { code } } }";
        assertThat((Map<String, Object>) api.post(one, "no", revokedOncePublic).ok().read("$.data.withdrawalNotice"))
                .isEqualTo(notice);
        String nothing = api.post(one, "no", "京隐罚〔2026〕999号").ok().raw();
        for (String no : neverShown) {
            assertThat(api.post(one, "no", no).ok().raw()).as(no).isEqualTo(nothing);
        }
        for (String code : List.of(T, B, H)) {
            assertThat((Integer) api.post("query($a: ID) { withdrawalNotices(agencyCode: $a) { totalCount } }", "a", code)
                    .ok().read("$.data.withdrawalNotices.totalCount")).as(code).isZero();
        }
        // a cursor made at a never-public revoked decision finds nothing more
        Decision never = withheld("京隐罚〔2026〕109号");
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("on", never.statusChangedOn().toString());
        keys.put("no", never.decisionNo());
        PublicApi.Response after = api.post("query($after: String) { withdrawalNotices(after: $after) { edges { node { decisionNo } } } }",
                "after", cursors.toCursor(ScrollPosition.forward(keys))).ok();
        assertThat((List<?>) after.read("$.data.withdrawalNotices.edges")).isEmpty();
    }

    // ---------------------------------------------------------------------- the change feed

    @Test
    void theChangeFeedShowsPublicationsAndTheWithdrawalAndNothingNeverPublic() {
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            PublicApi.Response r = api.post("""
                    query($after: String) { changes(since: "2020-01-01T00:00:00Z", first: 3, after: $after) {
                      edges { node { kind at decisionNo agency { code } } } pageInfo { hasNextPage endCursor } } }""",
                    "after", after).ok();
            for (Map<String, Object> node : (List<Map<String, Object>>) r.read("$.data.changes.edges[*].node")) {
                seen.add(node.get("kind") + " " + node.get("decisionNo"));
                assertThat(node).containsOnlyKeys("kind", "at", "decisionNo", "agency");
            }
            more = r.read("$.data.changes.pageInfo.hasNextPage");
            after = r.read("$.data.changes.pageInfo.endCursor");
        }
        List<String> want = new ArrayList<>();
        visible.keySet().forEach(no -> want.add("PUBLISHED " + no));
        want.add("WITHDRAWN " + revokedOncePublic);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(want);

        // a cursor made at a never-public decision's position shows nothing of it
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("at", "2020-01-01T00:00:00Z");
        keys.put("kind", "EXPIRED");
        keys.put("no", "京隐罚〔2025〕110号");
        PublicApi.Response r = api.post("""
                query($after: String) { changes(since: "2020-01-01T00:00:00Z", first: 100, after: $after) {
                  edges { node { kind decisionNo } } } }""", "after", cursors.toCursor(ScrollPosition.forward(keys))).ok();
        assertThat((List<String>) r.read("$.data.changes.edges[*].node.decisionNo")).hasSize(want.size())
                .doesNotContainAnyElementsOf(neverShown);
    }

    // --------------------------------------------------------------------------- the schema

    /** The names of a type's fields (or input fields, or enum values): one __type per query, as introspection allows. */
    List<String> members(String type, String kind) {
        return api.post("query($t: String!) { __type(name: $t) { " + kind + " { name } } }", "t", type).ok()
                .read("$.data.__type." + kind + "[*].name");
    }

    @Test
    void thePublicTypesHaveNoFieldForWhatIsWithheld() {
        assertThat(members("PenaltyDecision", "fields")).isNotEmpty().noneMatch(f ->
                lower(f).matches(".*(idno|idnumber|exempt|withheld|redact|severity|procedure).*"));
        assertThat(members("WithdrawalNotice", "fields"))
                .containsExactlyInAnyOrder("decisionNo", "agency", "withdrawnOn", "reason");
        assertThat(members("PublicationChange", "fields"))
                .containsExactlyInAnyOrder("kind", "at", "decisionNo", "agency");
        assertThat(members("PenaltyDecisionFilter", "inputFields")).isNotEmpty().noneMatch(f ->
                lower(f).matches(".*(idno|exempt|withheld|status|severity).*"));
        // exemptions are reported as one category: how many concern, say, a serial investigation is itself protected
        assertThat(members("WithheldReason", "enumValues")).containsExactlyInAnyOrder("EXEMPT",
                "SIMPLE_PROCEDURE", "WARNING_ONLY", "MINOR", "REVOKED", "EXPIRED");
        assertThat(members("PublishedDecisionStatus", "enumValues")).containsExactlyInAnyOrder("EFFECTIVE", "CHANGED");
    }

    // --------------------------------------------------------------------------- errors

    @Test
    void errorsNeverQuoteAWithheldDecision() {
        Decision secret = withheld("京隐罚〔2026〕102号");
        List<PublicApi.Response> errors = List.of(
                list(filter("decisionNo", secret.decisionNo(), "fineMin", "100", "fineMax", "1"), null, 10, null),
                list(filter("partyCreditCode", secret.partyCreditCode(), "decidedFrom", "2026-09-03",
                        "decidedTo", "2026-09-01"), null, 10, null),
                list(filter("partyNameContains", secret.partyName().repeat(10)), null, 10, null),
                list(filter("decisionNo", secret.decisionNo()), null, 0, null),
                list(filter("decisionNo", secret.decisionNo()), null, 101, null),
                api.post("{ penaltyTotals(from: \"2026-09-03\", to: \"2026-09-01\") { decisionCount } }"),
                api.post("{ withheldStatistics(year: 1999) { count } }"),
                api.post("{ withdrawalNotices(after: \"bm90IGEgY3Vyc29y\") { totalCount } }"),
                api.post("{ changes(since: \"2026-01-01T00:00:00Z\", after: \"bm90IGEgY3Vyc29y\") { edges { cursor } } }"),
                // graphql-java refuses more than one __type per query with an error that has no location
                api.post("{ a: __type(name: \"PenaltyDecision\") { name } b: __type(name: \"Agency\") { name } }"));
        for (PublicApi.Response r : errors) {
            assertThat(r.status()).as("a refusal, not a crash: %s", r.raw()).isIn(200, 400);
            assertThat(r.errors()).as(r.raw()).isNotEmpty();
            assertThat(r.errorCode()).as(r.raw()).isIn("BAD_USER_INPUT", "QUERY_TOO_COMPLEX");
        }
    }
}
