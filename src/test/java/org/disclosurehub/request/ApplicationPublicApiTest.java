package org.disclosurehub.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disclosurehub.support.HubTest;
import org.disclosurehub.support.PublicApi;
import org.disclosurehub.support.SeedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Applying and following an application as the public does, on the seed data at noon on Sunday
 * 2026-11-22; and that no applicant's identity reaches any public answer.
 */
@HubTest
class ApplicationPublicApiTest {

    static final String APPLICATION = """
            query($t: String!, $c: String!) { application(trackingNo: $t, queryCode: $c) {
              trackingNo applicantType description format delivery channel submittedAt status receivedOn
              dueDate dueDateProvisional dueDateExplanation overdue agency { code name }
              timeline { at kind outcome detail }
              answer { outcome label answerType legalBasis reportRow concludedOn answeredOn onTime text whereToFind }
              reviews { kind filedOn decidedOn result } } }""";
    static final String SUBMIT = """
            mutation($in: SubmitApplicationInput!) { submitApplication(input: $in) {
              trackingNo queryCode provisionalDueDate dueDateExplanation userErrors { field message code } } }""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    PublicApi api;
    static final List<SeedApplications.Seeded> SEED = SeedApplications.load();

    @BeforeEach
    void connect() {
        api = new PublicApi(port);
    }

    static Map<String, Object> input(String description, String idNo) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("agencyCode", SeedData.MARKET_REGULATION);
        in.put("applicantType", "NATURAL_PERSON");
        in.put("applicantName", ApplicationFiles.NAME);
        in.put("applicantIdNo", idNo);
        in.put("applicantContact", ApplicationFiles.CONTACT);
        in.put("description", description);
        in.put("format", "ELECTRONIC");
        in.put("delivery", "EMAIL");
        in.put("publicRegister", true);
        return in;
    }

    @Test
    void someoneNewAppliesReceivesATrackingNumberAndCodeAndSeesTheProvisionalDueDate() {
        PublicApi.Response submitted = api.post(SUBMIT, "in", input("申请公开2026年度朝阳区老旧小区综合整治项目清单。",
                ApplicationFiles.ID_NO)).ok();
        String trackingNo = submitted.read("$.data.submitApplication.trackingNo");
        String code = submitted.read("$.data.submitApplication.queryCode");
        assertThat(submitted.<List<?>>read("$.data.submitApplication.userErrors")).isEmpty();
        // 20 symbols of a 32-symbol alphabet: 100 bits
        assertThat(code).matches("[A-HJ-NP-Z2-9]{5}(-[A-HJ-NP-Z2-9]{5}){3}");
        // Sunday noon: assumed received Mon 23 Nov; 20 working days later is Mon 21 Dec 2026
        assertThat(submitted.<String>read("$.data.submitApplication.provisionalDueDate")).isEqualTo("2026-12-21");
        assertThat(submitted.<String>read("$.data.submitApplication.dueDateExplanation"))
                .startsWith("Provisional: 20 working days from receipt, assumed on 2026-11-23");

        PublicApi.Response followed = api.post(APPLICATION, "t", trackingNo, "c", code.toLowerCase().replace("-", " ")).ok();
        assertThat(followed.<String>read("$.data.application.status")).isEqualTo("SUBMITTED");
        assertThat(followed.<String>read("$.data.application.dueDate")).isEqualTo("2026-12-21");
        assertThat(followed.<Boolean>read("$.data.application.dueDateProvisional")).isTrue();
        assertThat(followed.<List<?>>read("$.data.application.timeline")).isEmpty();

        byte[] stored = jdbc.queryForObject("SELECT query_code_sha256 FROM disclosure_request WHERE tracking_no = ?",
                byte[].class, trackingNo);
        assertThat(stored).isEqualTo(QueryCodes.hash(code));
    }

    @Test
    void anInvalidApplicationGetsClearErrorsAndNothingIsStored() {
        Map<String, Object> in = input(" ", ApplicationFiles.ID_NO.substring(0, 17) + "0");
        in.put("agencyCode", "91110105MA0000000X");
        in.put("format", "PAPER");
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM disclosure_request", Integer.class);
        PublicApi.Response r = api.post(SUBMIT, "in", in).ok();
        assertThat(r.<String>read("$.data.submitApplication.trackingNo")).isNull();
        assertThat(r.<List<String>>read("$.data.submitApplication.userErrors[*].field"))
                .containsExactlyInAnyOrder("agencyCode", "description", "applicantIdNo", "delivery");
        assertThat(r.<List<String>>read("$.data.submitApplication.userErrors[*].message"))
                .noneMatch(m -> m.contains(ApplicationFiles.ID_NO.substring(0, 17)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM disclosure_request", Integer.class)).isEqualTo(before);
    }

    @Test
    void aSeedApplicationShowsItsTimelineAnswerAndHowTheDueDateWasComputed() {
        SeedApplications.Seeded s = SEED.stream().filter(a -> a.has("THIRD_PARTY_REPLIED") && a.has("ANSWERED")
                && !a.has("EXTENDED")).findFirst().orElseThrow();
        PublicApi.Response r = api.post(APPLICATION, "t", s.trackingNo(), "c", s.queryCode()).ok();
        assertThat(r.<String>read("$.data.application.status")).isEqualTo("ANSWERED");
        assertThat(r.<List<String>>read("$.data.application.timeline[*].kind"))
                .containsExactlyElementsOf(s.events().stream().map(e -> e.get("kind")).toList());
        assertThat(r.<String>read("$.data.application.dueDateExplanation"))
                .matches("20 working days from (receipt|the correction).*; \\d+ working days of third-party consultation"
                        + " excluded \\(art\\. 32\\); due \\d{4}-\\d{2}-\\d{2}; answered on .*");
        String outcome = s.events().stream().filter(e -> e.get("kind").equals("ANSWERED")).findFirst().orElseThrow()
                .get("outcome");
        assertThat(r.<String>read("$.data.application.answer.outcome")).isEqualTo(outcome);
        assertThat(r.<String>read("$.data.application.answer.reportRow")).startsWith("三（");
    }

    @Test
    void aWrongCodeAnswersExactlyLikeAnUnknownNumber() {
        SeedApplications.Seeded s = SEED.get(0);
        PublicApi.Response wrongCode = api.post(APPLICATION, "t", s.trackingNo(), "c", "AAAAAAAAAAAAAAAA");
        PublicApi.Response unknown = api.post(APPLICATION, "t", "CY2099-99999", "c", "AAAAAAAAAAAAAAAA");
        assertThat(wrongCode.raw()).isEqualTo(unknown.raw()).isEqualTo("{\"data\":{\"application\":null}}");
    }

    @Test
    void theRegisterListsOnlyApplicationsWhoseApplicantConsented() {
        Set<String> consenting = new HashSet<>();
        SEED.stream().filter(a -> a.request().get("public_register").equals("true")).forEach(a -> consenting.add(a.trackingNo()));
        List<String> listed = new ArrayList<>();
        String after = null;
        do {
            PublicApi.Response page = api.post("""
                    query($after: String) { applicationRegister(first: 100, after: $after) { totalCount
                      edges { node { trackingNo description status outcome concludedOn submittedOn agency { name } } }
                      pageInfo { hasNextPage endCursor } } }""", "after", after).ok();
            listed.addAll(page.read("$.data.applicationRegister.edges[*].node.trackingNo"));
            after = Boolean.TRUE.equals(page.read("$.data.applicationRegister.pageInfo.hasNextPage"))
                    ? page.read("$.data.applicationRegister.pageInfo.endCursor") : null;
        } while (after != null);
        Set<String> seedListed = new HashSet<>(listed);
        seedListed.removeIf(t -> t.startsWith("GK"));
        assertThat(seedListed).isEqualTo(consenting);
        assertThat(listed).doesNotHaveDuplicates();
    }

    @Test
    void theSeedAnnualReportsSatisfyTheirChecksAndADistrictSumsItsAgencies() {
        String report = """
                query($y: Int!, $a: String, $d: String) { annualReport(year: $y, agencyCode: $a, district: $d) {
                  scope asOf agencies { code } applications { code total naturalPerson }
                  reviews { kind total } checks { name holds detail } } }""";
        for (String district : List.of("朝阳区", "大兴区", "东城区")) {
            for (int year = 2021; year <= 2026; year++) {
                PublicApi.Response r = api.post(report, "y", year, "d", district).ok();
                assertThat(r.<List<Boolean>>read("$.data.annualReport.checks[*].holds")).as(district + " " + year)
                        .containsOnly(true);
            }
        }
        PublicApi.Response chaoyang = api.post(report, "y", 2025, "d", "朝阳区").ok();
        List<String> codes = chaoyang.read("$.data.annualReport.agencies[*].code");
        long[] sums = new long[3];
        for (String code : codes) {
            PublicApi.Response one = api.post(report, "y", 2025, "a", code).ok();
            sums[0] += one.<List<Integer>>read("$.data.annualReport.applications[?(@.code == '一')].total").get(0);
            sums[1] += one.<List<Integer>>read("$.data.annualReport.applications[?(@.code == '三（七）')].total").get(0);
            sums[2] += one.<List<Integer>>read("$.data.annualReport.reviews[*].total").stream().mapToInt(i -> i).sum();
        }
        assertThat(chaoyang.<List<Integer>>read("$.data.annualReport.applications[?(@.code == '一')].total").get(0))
                .isEqualTo((int) sums[0]).isPositive();
        assertThat(chaoyang.<List<Integer>>read("$.data.annualReport.applications[?(@.code == '三（七）')].total").get(0))
                .isEqualTo((int) sums[1]);
        assertThat(chaoyang.<List<Integer>>read("$.data.annualReport.reviews[*].total").stream().mapToInt(i -> i).sum())
                .isEqualTo((int) sums[2]).isPositive();
    }

    @Test
    void theAnnualReportDownloadsAsCsv() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/annual-report.csv?year=2025&district=" + URLEncoder.encode("朝阳区", StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(r.body()).contains("三、收到和处理政府信息公开申请情况").contains("三（七）,总计,")
                .contains("行政复议,").contains("通过").doesNotContain("不通过");
        HttpResponse<String> bad = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + port + "/api/annual-report.csv?year=2025")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("exactly one of agencyCode and district");
    }

    @Test
    void statisticsGiveEachAgencysYear() {
        PublicApi.Response r = api.post("""
                { applicationStatistics(year: 2025) { agency { name } received concluded answered answeredOnTime onTimeShare
                  medianWorkingDaysToAnswer extensionRate correctionRate overdueOpen outcomes { outcome count } } }""").ok();
        List<Map<String, Object>> rows = r.read("$.data.applicationStatistics");
        assertThat(rows).isNotEmpty();
        int received = rows.stream().mapToInt(m -> (Integer) m.get("received")).sum();
        assertThat(received).isPositive();
        for (Map<String, Object> m : rows) {
            if (m.get("onTimeShare") != null) {
                assertThat(((Number) m.get("onTimeShare")).doubleValue()).isBetween(0.0, 1.0);
            }
        }
        List<Integer> answered = r.read("$.data.applicationStatistics[*].answered");
        List<Integer> onTime = r.read("$.data.applicationStatistics[*].answeredOnTime");
        int a = answered.stream().mapToInt(i -> i).sum();
        int o = onTime.stream().mapToInt(i -> i).sum();
        // the seed answers most applications on time and some late
        assertThat(o).isLessThan(a).isGreaterThan(a * 8 / 10);
    }

    @Test
    void noApplicantIdentityReachesAnyPublicAnswer() throws Exception {
        Set<String> contained = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (SeedApplications.Seeded s : SEED) {
            contained.add(s.request().get("applicant_id_no"));
            contained.add(s.request().get("applicant_contact"));
            names.add(s.request().get("applicant_name"));
            if (s.request().get("applicant_name").length() >= 3) {
                contained.add(s.request().get("applicant_name"));
            }
        }
        List<String> answers = new ArrayList<>();
        api.onEveryResponse(r -> answers.addAll(r.strings()));
        for (SeedApplications.Seeded s : SEED.subList(0, 200)) {
            api.post(APPLICATION, "t", s.trackingNo(), "c", s.queryCode()).ok();
        }
        String after = null;
        do {
            PublicApi.Response page = api.post("""
                    query($after: String) { applicationRegister(first: 100, after: $after) {
                      edges { node { trackingNo description status outcome agency { name } } }
                      pageInfo { hasNextPage endCursor } } }""", "after", after).ok();
            after = Boolean.TRUE.equals(page.read("$.data.applicationRegister.pageInfo.hasNextPage"))
                    ? page.read("$.data.applicationRegister.pageInfo.endCursor") : null;
        } while (after != null);
        for (int year = 2021; year <= 2026; year++) {
            api.post("query($y: Int!) { applicationStatistics(year: $y) { agency { name } received outcomes { label } } }",
                    "y", year).ok();
            api.post("query($y: Int!) { annualReport(year: $y, district: \"朝阳区\") { scope applications { label total }"
                    + " proactiveDisclosure { label count note } checks { name detail } } }", "y", year).ok();
        }
        String csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/annual-report.csv?year=2025&district=" + URLEncoder.encode("朝阳区", StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        answers.add(csv);
        assertThat(answers).hasSizeGreaterThan(5_000);
        for (String answer : answers) {
            assertThat(names).as("a public answer is an applicant's name").doesNotContain(answer);
            for (String secret : contained) {
                assertThat(answer).as("a public answer quotes an applicant's identity or contact").doesNotContain(secret);
            }
        }
    }
}
