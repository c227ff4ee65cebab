package org.disclosurehub.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosurehub.support.DatasetBuilder.DEPARTMENT;
import static org.disclosurehub.support.DatasetBuilder.TOWNSHIP;

import java.util.List;
import java.util.UUID;

import org.disclosurehub.ingest.DatasetImporter;
import org.disclosurehub.security.Role;
import org.disclosurehub.security.TokenStore;
import org.disclosurehub.support.AgencyApi;
import org.disclosurehub.support.PublicApi;
import org.disclosurehub.support.WriteData;
import org.disclosurehub.support.WriteHubTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A caseworker of the department takes applications through their steps over HTTP with a
 * CASEWORKER token; each step is an event, checked against the OGI Regulations, and refused with
 * a clear user error when it does not fit. Today is Sunday 2026-11-22.
 */
@WriteHubTest
class CaseworkerStepsTest {

    static final String VIEW = "application { trackingNo status dueDate dueDateExplanation timeline { kind outcome detail }"
            + " answer { outcome onTime text whereToFind } }";
    static final String ERRORS = "userErrors { field message code }";

    @LocalServerPort
    int port;
    @Autowired
    DatasetImporter importer;
    @Autowired
    TokenStore tokens;
    @Autowired
    ApplicationSubmission submission;
    @Autowired
    JdbcTemplate jdbc;

    AgencyApi api;
    String caseworker;
    String otherAgencysCaseworker;
    String publisher;

    @BeforeAll
    void setUp() {
        WriteData.load(importer);
        api = new AgencyApi(port);
        caseworker = tokens.issue(DEPARTMENT, Role.CASEWORKER, "test: caseworker").token();
        otherAgencysCaseworker = tokens.issue(TOWNSHIP, Role.CASEWORKER, "test: other agency").token();
        publisher = tokens.issue(DEPARTMENT, Role.PUBLISHER, "test: publisher").token();
    }

    /** A new application to the department, as the public submits it. */
    private ApplicationSubmission.Result submitted() {
        ApplicationSubmission.Result r = submission.submit(new ApplicationSubmission.Input(DEPARTMENT,
                ApplicantType.NATURAL_PERSON, ApplicationFiles.NAME, ApplicationFiles.ID_NO, ApplicationFiles.CONTACT,
                "申请公开本机关2026年度行政处罚案件统计表。", InformationFormat.ELECTRONIC, Delivery.EMAIL, Channel.ONLINE, false),
                "test-" + UUID.randomUUID());
        assertThat(r.userErrors()).isEmpty();
        return r;
    }

    private PublicApi.Response step(String token, String mutation, String trackingNo) {
        return api.graphQl(token, "mutation($t: String!) { " + mutation.replace("$T", "trackingNo: $t") + " { " + VIEW + " "
                + ERRORS + " } }", "t", trackingNo);
    }

    private static String name(String mutation) {
        return mutation.substring(0, mutation.indexOf('('));
    }

    private PublicApi.Response ok(String mutation, String trackingNo) {
        PublicApi.Response r = step(caseworker, mutation, trackingNo).ok();
        assertThat(r.<List<?>>read("$.data." + name(mutation) + ".userErrors")).as(r.raw()).isEmpty();
        return r;
    }

    private String refused(String mutation, String trackingNo) {
        PublicApi.Response r = step(caseworker, mutation, trackingNo).ok();
        assertThat(r.<Object>read("$.data." + name(mutation) + ".application")).isNull();
        List<String> messages = r.read("$.data." + name(mutation) + ".userErrors[*].message");
        assertThat(messages).as(r.raw()).hasSize(1);
        return messages.get(0);
    }

    @Test
    void aCaseworkerTakesAnApplicationThroughACorrectionAndAnAnswer() {
        ApplicationSubmission.Result a = submitted();
        ok("confirmReceipt($T)", a.trackingNo());
        PublicApi.Response asked = ok("requestCorrection($T, items: [\"所需信息的名称\", \"信息所属年度\"])", a.trackingNo());
        assertThat(asked.<String>read("$.data.requestCorrection.application.status")).isEqualTo("AWAITING_CORRECTION");
        assertThat(asked.<String>read("$.data.requestCorrection.application.timeline[1].detail"))
                .contains("1. 所需信息的名称；2. 信息所属年度");
        PublicApi.Response corrected = ok("recordCorrection($T)", a.trackingNo());
        assertThat(corrected.<String>read("$.data.recordCorrection.application.dueDateExplanation"))
                .startsWith("20 working days from the correction received on 2026-11-22");
        PublicApi.Response answered = ok("answerApplication($T, outcome: DISCLOSED, text: \"该信息已主动公开。\","
                + " whereToFind: \"https://example.gov.invalid/zwgk/123\")", a.trackingNo());
        assertThat(answered.<List<String>>read("$.data.answerApplication.application.timeline[*].kind"))
                .containsExactly("RECEIVED", "CORRECTION_REQUESTED", "CORRECTED", "ANSWERED");
        assertThat(answered.<String>read("$.data.answerApplication.application.answer.whereToFind"))
                .isEqualTo("https://example.gov.invalid/zwgk/123");
        assertThat(answered.<Boolean>read("$.data.answerApplication.application.answer.onTime")).isTrue();
        // the applicant sees the same with the query code
        PublicApi.Response followed = new PublicApi(port).post(ApplicationPublicApiTest.APPLICATION, "t", a.trackingNo(),
                "c", a.queryCode()).ok();
        assertThat(followed.<String>read("$.data.application.status")).isEqualTo("ANSWERED");
        // the statistics count the answer at once: the step re-derived its application in the ledger
        PublicApi.Response stats = new PublicApi(port).post("query($a: String!) { applicationStatistics(year: 2026,"
                + " agencyCode: $a) { answered answeredOnTime } }", "a", DEPARTMENT).ok();
        int answeredInDatabase = jdbc.queryForObject("SELECT COUNT(*) FROM request_event e JOIN disclosure_request r"
                + " ON r.tracking_no = e.tracking_no WHERE r.agency_code = ? AND e.kind = 'ANSWERED'", Integer.class, DEPARTMENT);
        assertThat(stats.<Integer>read("$.data.applicationStatistics[0].answered")).isEqualTo(answeredInDatabase)
                .isPositive();
        // every step is in the audit trail
        assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_key = ? ORDER BY id", String.class,
                a.trackingNo())).containsExactly("APPLICATION_RECEIVED", "APPLICATION_CORRECTION_REQUESTED",
                "APPLICATION_CORRECTED", "APPLICATION_ANSWERED");
    }

    @Test
    void aWithdrawnApplicationCannotBeAnswered() {
        ApplicationSubmission.Result a = submitted();
        ok("confirmReceipt($T)", a.trackingNo());
        ok("withdrawApplication($T)", a.trackingNo());
        assertThat(refused("answerApplication($T, outcome: DISCLOSED, text: \"答复\")", a.trackingNo()))
                .contains("withdrawn on 2026-11-22");
    }

    @Test
    void aSecondExtensionIsRefused() {
        ApplicationSubmission.Result a = submitted();
        ok("confirmReceipt($T)", a.trackingNo());
        ok("extendDeadline($T, workingDays: 10, reason: \"需协调相关部门\")", a.trackingNo());
        assertThat(refused("extendDeadline($T, workingDays: 10, reason: \"仍需协调\")", a.trackingNo()))
                .contains("one extension");
        assertThat(refused("extendDeadline($T, workingDays: 25, reason: \"材料较多\")", a.trackingNo()))
                .contains("1 to 20 working days");
    }

    @Test
    void aCorrectionRequestAfterSevenWorkingDaysIsRefused() {
        ApplicationSubmission.Result a = submitted();
        jdbc.update("UPDATE disclosure_request SET submitted_at = '2026-11-02 01:00:00' WHERE tracking_no = ?", a.trackingNo());
        ok("confirmReceipt($T, receivedOn: \"2026-11-02\")", a.trackingNo());
        // received Mon 2 Nov: 3, 4, 5, 6, 9, 10, 11 Nov are working days 1–7
        assertThat(refused("requestCorrection($T, items: [\"名称\"])", a.trackingNo()))
                .contains("within 7 working days").contains("by 2026-11-11");
    }

    @Test
    void onlyACaseworkerOfTheAgencyTakesSteps() {
        ApplicationSubmission.Result a = submitted();
        assertThat(step(null, "confirmReceipt($T)", a.trackingNo()).errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(step(otherAgencysCaseworker, "confirmReceipt($T)", a.trackingNo()).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(step(publisher, "confirmReceipt($T)", a.trackingNo()).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM request_event WHERE tracking_no = ?", Integer.class,
                a.trackingNo())).isZero();
    }

    @Test
    void aStaffReadOfTheApplicantIsAudited() {
        ApplicationSubmission.Result a = submitted();
        PublicApi.Response r = api.graphQl(caseworker, "query($t: String!) { applicationForStaff(trackingNo: $t,"
                + " purpose: \"送达答复书\") { applicantName applicantIdNo applicantContact application { trackingNo } } }",
                "t", a.trackingNo()).ok();
        assertThat(r.<String>read("$.data.applicationForStaff.applicantName")).isEqualTo(ApplicationFiles.NAME);
        assertThat(jdbc.queryForList("SELECT purpose FROM audit_entry WHERE action = 'IDENTITY_READ' AND entity_key = ?",
                String.class, a.trackingNo())).containsExactly("送达答复书");
        PublicApi.Response anonymous = api.graphQl(null, "query($t: String!) { applicationForStaff(trackingNo: $t,"
                + " purpose: \"好奇\") { applicantName } }", "t", a.trackingNo());
        assertThat(anonymous.errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(anonymous.raw()).doesNotContain(ApplicationFiles.NAME);
    }

    @Test
    void aFeeStopsTheClockUntilItIsPaid() {
        ApplicationSubmission.Result a = submitted();
        ok("confirmReceipt($T)", a.trackingNo());
        PublicApi.Response noticed = ok("issueFeeNotice($T, amount: \"100.00\")", a.trackingNo());
        assertThat(noticed.<String>read("$.data.issueFeeNotice.application.status")).isEqualTo("AWAITING_FEE");
        assertThat(noticed.<String>read("$.data.issueFeeNotice.application.dueDate")).isNull();
        PublicApi.Response paid = ok("recordFeePayment($T)", a.trackingNo());
        assertThat(paid.<String>read("$.data.recordFeePayment.application.status")).isEqualTo("IN_PROGRESS");
        assertThat(refused("recordFeePayment($T)", a.trackingNo())).contains("no fee notice is open");
    }
}
