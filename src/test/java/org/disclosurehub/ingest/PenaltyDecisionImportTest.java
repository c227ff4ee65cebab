package org.disclosurehub.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.disclosurehub.support.DatasetBuilder.AUXILIARY;
import static org.disclosurehub.support.DatasetBuilder.DEPARTMENT;
import static org.disclosurehub.support.DatasetBuilder.DEPARTMENT_OFFICER;
import static org.disclosurehub.support.DatasetBuilder.DEPARTMENT_OFFICER_2;
import static org.disclosurehub.support.DatasetBuilder.PENALTIES;
import static org.disclosurehub.support.DatasetBuilder.STREET_OFFICE;
import static org.disclosurehub.support.DatasetBuilder.TEAM;
import static org.disclosurehub.support.DatasetBuilder.TEAM_OFFICER;
import static org.disclosurehub.support.DatasetBuilder.TEAM_OFFICER_2;
import static org.disclosurehub.support.DatasetBuilder.TOWNSHIP_OFFICER;
import static org.disclosurehub.support.DatasetBuilder.uscc;
import static org.disclosurehub.support.DatasetBuilder.withWrongCheckCharacter;
import static org.disclosurehub.support.TestDecision.decision;
import static org.disclosurehub.support.TestDecision.residentId;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.disclosurehub.policy.Exemption;
import org.disclosurehub.policy.NameGrams;
import org.disclosurehub.policy.PartyType;
import org.disclosurehub.policy.PenaltyType;
import org.disclosurehub.support.DatasetBuilder;
import org.disclosurehub.support.TestDecision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rules of penalty_decisions.csv (DATASET.md), each with a row that passes and a row that is
 * rejected, and what a re-import does to the public record. A rejected import names the file,
 * row and column, never quotes a person's name or ID number, and writes nothing at all.
 *
 * <p>Each test starts from {@link DatasetBuilder#validDataset()} with
 * {@link DatasetBuilder#withPenaltyDecisions()} (one valid decision in row 2) on an empty
 * database, and adds or breaks one decision. The clock is fixed at 2026-11-22 in Beijing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"datahub.seed.enabled=false", "datahub.clock.fixed=2026-11-22T04:00:00Z"})
class PenaltyDecisionImportTest {

    static final List<String> TABLES = List.of("calendar_day", "agency", "power_item", "power_change", "officer",
            "import_run", "penalty_decision", "decision_officer", "public_decision", "public_decision_gram",
            "withdrawal_notice", "publication_event");

    @Autowired
    DatasetImporter importer;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    DatasetBuilder data = DatasetBuilder.validDataset().withPenaltyDecisions();
    int serial;

    @BeforeEach
    void emptyDatabase() {
        TABLES.forEach(t -> jdbc.update("DELETE FROM " + t));
    }

    // ---------------------------------------------------------------------------------- helpers

    /** A fresh, valid decision (see {@link TestDecision}) with its own number. */
    TestDecision next() {
        return decision("京朝测罚〔2026〕" + (++serial) + "号");
    }

    int add(TestDecision d) {
        return data.addDecision(d.build());
    }

    ImportReport importData() {
        return importer.importDataset(new FolderDataset(data.writeTo(dir)), false);
    }

    record Problem(int row, String column, String says) {
    }

    static Problem problem(int row, String column, String says) {
        return new Problem(row, column, says);
    }

    ImportReport assertRejected(Problem... expected) {
        ImportReport report = importData();
        assertThat(report.imported()).as("imported").isFalse();
        assertThat(report.errors()).as("problems found")
                .extracting(ImportError::file, ImportError::row, ImportError::column)
                .containsExactly(Arrays.stream(expected).map(p -> tuple(PENALTIES, p.row(), p.column()))
                        .toArray(org.assertj.core.groups.Tuple[]::new));
        for (int i = 0; i < expected.length; i++) {
            assertThat(report.errors().get(i).message()).as(report.errors().get(i).toString())
                    .contains(expected[i].says());
        }
        for (String table : TABLES) {
            assertThat(count(table)).as("rows in " + table).isZero();
        }
        return report;
    }

    ImportReport assertImported() {
        ImportReport report = importData();
        assertThat(report.errors()).as("problems found").isEmpty();
        assertThat(report.imported()).isTrue();
        return report;
    }

    long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    boolean published(String decisionNo) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM public_decision WHERE decision_no = ?", Long.class,
                decisionNo) == 1;
    }

    List<String> events() {
        return jdbc.queryForList("SELECT CONCAT(kind, ' ', decision_no) FROM publication_event ORDER BY id", String.class);
    }

    /** Everything the import wrote about decisions, for comparing two imports. */
    Map<String, List<Map<String, Object>>> decisionTables() {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : List.of("penalty_decision", "decision_officer", "public_decision", "public_decision_gram",
                "withdrawal_notice", "publication_event")) {
            tables.put(table, jdbc.queryForList("SELECT * FROM " + table + " ORDER BY 1, 2, 3"));
        }
        return tables;
    }

    static String no(int serial) {
        return "京朝测罚〔2026〕" + serial + "号";
    }

    // ------------------------------------------------------------------------------ the baseline

    @Test
    void aValidDecisionIsImportedAndPublished() {
        ImportReport report = assertImported();
        assertThat(report.files()).extracting(ImportReport.FileSummary::file, ImportReport.FileSummary::rows,
                ImportReport.FileSummary::written).contains(tuple(PENALTIES, 1L, 1L));
        assertThat(count("penalty_decision")).isEqualTo(1);
        assertThat(published("京朝市监罚〔2026〕1号")).isTrue();
        assertThat(jdbc.queryForList("SELECT credential_no FROM decision_officer ORDER BY position", String.class))
                .containsExactly(DEPARTMENT_OFFICER, DEPARTMENT_OFFICER_2);
        assertThat(events()).containsExactly("PUBLISHED 京朝市监罚〔2026〕1号");
    }

    @Test
    void decisionNumbersAreComparedExactlySoFullWidthDigitsMakeAnotherNumber() {
        // the importer's duplicate check and the database's key agree (V50): neither folds the
        // full-width ２０２６ into 2026, so both decisions are kept, each found by its own number
        String fullWidth = "京朝市监罚〔２０２６〕1号";
        add(decision(fullWidth));
        assertImported();
        assertThat(count("penalty_decision")).isEqualTo(2);
        assertThat(published("京朝市监罚〔2026〕1号")).isTrue();
        assertThat(published(fullWidth)).isTrue();
        assertThat(jdbc.queryForList("SELECT decision_no FROM public_decision WHERE decision_no = ?", String.class,
                "京朝市监罚〔2026〕1号")).containsExactly("京朝市监罚〔2026〕1号");
    }

    // ------------------------------------------------------------------------------- the party

    @ParameterizedTest
    @EnumSource(value = PartyType.class, names = "NATURAL_PERSON", mode = EnumSource.Mode.EXCLUDE)
    void aPartyThatIsNotANaturalPersonNeedsACreditCode(PartyType type) {
        add(next().legalPerson("北京有码商贸有限公司", uscc(8001), "李有码").partyType(type));
        int row = add(next().legalPerson("北京无码商贸有限公司", null, "李无码").partyType(type));
        assertRejected(problem(row, "party_credit_code", "is required"));
    }

    @Test
    void theCreditCodeMustPassTheCheckCharacterTest() {
        int row = add(next().legalPerson("北京错码商贸有限公司", withWrongCheckCharacter(uscc(8002)), "李错码"));
        assertRejected(problem(row, "party_credit_code", "the check character is wrong"));
    }

    @Test
    void anIdNumberTypedIntoTheCreditCodeColumnIsNotQuotedBack() {
        String id = residentId(4);
        int row = add(next().naturalPerson("张伟", residentId(5)));
        data.set(PENALTIES, row, "party_credit_code", id);
        ImportReport report = assertRejected(problem(row, "party_credit_code", "is not valid"));
        for (ImportError e : report.errors()) {
            assertThat(e.toString()).doesNotContain(id).doesNotContain(id.substring(6, 14));
        }
    }

    @Test
    void aNaturalPersonNeedsNoCreditCode() {
        add(next().naturalPerson("张伟", residentId(1)));
        assertImported();
        assertThat(jdbc.queryForObject("SELECT party_credit_code FROM public_decision WHERE decision_no = ?",
                String.class, no(1))).isNull();
    }

    @Test
    void aNaturalPersonsIdNumberMustPassTheCheckCharacterTestAndTheMessageQuotesNeitherNumberNorName() {
        String valid = residentId(2);
        String wrong = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        add(next().naturalPerson("张伟", valid));
        int row = add(next().naturalPerson("欧阳娜娜", wrong));
        ImportReport report = assertRejected(problem(row, "party_id_no", "is not a valid resident ID number"));
        for (ImportError e : report.errors()) {
            assertThat(e.toString()).doesNotContain(wrong).doesNotContain(wrong.substring(0, 17))
                    .doesNotContain("欧阳娜娜").doesNotContain("娜娜");
        }
    }

    @Test
    void aNaturalPersonNeedsAnIdNumber() {
        int row = add(next().naturalPerson("王小明", null));
        ImportReport report = assertRejected(problem(row, "party_id_no", "is required for a NATURAL_PERSON"));
        assertThat(report.errors().get(0).toString()).doesNotContain("王小明");
    }

    @Test
    void onlyANaturalPersonsIdNumberIsRecorded() {
        int row = add(next().legalPerson("北京带证商贸有限公司", uscc(8003), "李带证"));
        data.set(PENALTIES, row, "party_id_no", residentId(3));
        ImportReport report = assertRejected(problem(row, "party_id_no", "must be empty"));
        assertThat(report.errors().get(0).toString()).doesNotContain(residentId(3));
    }

    @Test
    void anIndividualBusinessNeedsItsOperator() {
        add(next().individualBusiness("老王烧烤店", uscc(8004), "王小明"));
        int row = add(next().individualBusiness("老李烧烤店", uscc(8005), null));
        assertRejected(problem(row, "legal_representative", "is required for an INDIVIDUAL_BUSINESS"));
    }

    // ------------------------------------------------------------------- agency, power, handlers

    @Test
    void anEnforcementTeamDecidesNothingInItsOwnName() {
        add(next().agency(STREET_OFFICE, "JC-003", TEAM_OFFICER, TEAM_OFFICER_2));
        int row = add(next().agency(TEAM, "JC-003", TEAM_OFFICER, TEAM_OFFICER_2));
        assertRejected(problem(row, "agency_code", "an ENFORCEMENT_TEAM decides nothing in its own name"));
    }

    @Test
    void theDecidingAgencyMustExist() {
        int row = add(next().agency(uscc(8006), "CF-002", DEPARTMENT_OFFICER, DEPARTMENT_OFFICER_2));
        assertRejected(problem(row, "agency_code", "no agency with code"),
                problem(row, "officer_credentials", "is not an officer of the deciding agency"),
                problem(row, "officer_credentials", "is not an officer of the deciding agency"),
                problem(row, "officer_credentials", "at least two enforcement officers"));
    }

    @Test
    void thePowerMustBeOnAPowersList() {
        add(next().power("XK-001"));
        int row = add(next().power("CF-999"));
        assertRejected(problem(row, "power_code", "no powers-list item with code CF-999"));
    }

    @Test
    void twoOfficersOfTheDecidingAgencyOrOfItsTeamsMustHandleTheCase() {
        add(next().officers(DEPARTMENT_OFFICER, DEPARTMENT_OFFICER_2));
        add(next().agency(STREET_OFFICE, "JC-003", TEAM_OFFICER, TEAM_OFFICER_2));
        assertImported();
    }

    @Test
    void oneOfficerIsNotEnough() {
        int row = add(next().officers(DEPARTMENT_OFFICER));
        assertRejected(problem(row, "officer_credentials", "at least two enforcement officers"));
    }

    @Test
    void theSameOfficerTwiceIsStillOneOfficer() {
        int row = add(next().officers(DEPARTMENT_OFFICER, DEPARTMENT_OFFICER));
        assertRejected(problem(row, "officer_credentials", "at least two enforcement officers"));
    }

    @Test
    void auxiliaryStaffMayNotHandleACase() {
        int row = add(next().agency(STREET_OFFICE, "JC-003", TEAM_OFFICER, AUXILIARY));
        assertRejected(problem(row, "officer_credentials", "auxiliary staff may not handle a case"),
                problem(row, "officer_credentials", "at least two enforcement officers"));
    }

    @Test
    void anOfficerOfAnotherAgencyMayNotHandleTheCase() {
        int row = add(next().officers(DEPARTMENT_OFFICER, TOWNSHIP_OFFICER));
        assertRejected(problem(row, "officer_credentials", "is not an officer of the deciding agency or of its"),
                problem(row, "officer_credentials", "at least two enforcement officers"));
    }

    @Test
    void aTeamOfficerWorksOnlyForTheStreetOfficeOfTheTeam() {
        int row = add(next().officers(DEPARTMENT_OFFICER, TEAM_OFFICER));
        assertRejected(problem(row, "officer_credentials", "is not an officer of the deciding agency"),
                problem(row, "officer_credentials", "at least two enforcement officers"));
    }

    @Test
    void anUnknownCredentialIsRejected() {
        int row = add(next().officers(DEPARTMENT_OFFICER, DEPARTMENT_OFFICER_2, "1101059999999"));
        assertRejected(problem(row, "officer_credentials", "no officer with credential number 1101059999999"));
    }

    // ------------------------------------------------------------------------- the decision

    @Test
    void eachRedactedPassageMustOccurInTheFacts() {
        add(next().facts("经举报人刘芳（电话13800138000）举报查明。").redacted("举报人刘芳（电话13800138000）"));
        int row = add(next().facts("经举报人刘芳（电话13800138000）举报查明。").redacted("刘芳", "刘芳（电话13900139000）"));
        ImportReport report = assertRejected(problem(row, "redacted_passages", "passage 2 does not occur in violation_facts"));
        assertThat(report.errors().get(0).message()).doesNotContain("13900139000").doesNotContain("刘芳");
    }

    @Test
    void aMajorDecisionNeedsItsLegalReviewBeforeTheDecision() {
        add(next().decided("2026-06-01").major("2026-05-28"));
        int missing = add(next().decided("2026-06-01").major("2026-05-28"));
        data.set(PENALTIES, missing, "legal_review_date", "");
        int sameDay = add(next().decided("2026-06-01").major("2026-06-01"));
        int after = add(next().decided("2026-06-01").major("2026-06-03"));
        assertRejected(problem(missing, "legal_review_date", "is required"),
                problem(sameDay, "legal_review_date", "must be before decision_date (2026-06-01)"),
                problem(after, "legal_review_date", "must be before decision_date"));
    }

    @Test
    void aMajorDecisionIsNotMadeUnderTheSimpleProcedure() {
        int row = add(next().decided("2026-06-01").major("2026-05-28").simpleProcedure());
        assertRejected(problem(row, "major", "SIMPLE procedure"));
    }

    @Test
    void aChangedOrRevokedDecisionNeedsTheDateAndReasonOfTheChange() {
        add(next().changed("2026-07-01", "复议变更"));
        add(next().revoked("2026-07-01", "复议撤销"));
        int changedNoDate = add(next().changed("2026-07-01", "复议变更"));
        data.set(PENALTIES, changedNoDate, "status_changed_on", "");
        int changedNoReason = add(next().changed("2026-07-01", "复议变更"));
        data.set(PENALTIES, changedNoReason, "status_reason", "");
        int revokedNoDate = add(next().revoked("2026-07-01", "复议撤销"));
        data.set(PENALTIES, revokedNoDate, "status_changed_on", "");
        int revokedNoReason = add(next().revoked("2026-07-01", "复议撤销"));
        data.set(PENALTIES, revokedNoReason, "status_reason", "");
        int beforeDecision = add(next().decided("2026-06-01").revoked("2026-05-31", "复议撤销"));
        assertRejected(problem(changedNoDate, "status_changed_on", "is required"),
                problem(changedNoReason, "status_reason", "is required"),
                problem(revokedNoDate, "status_changed_on", "is required"),
                problem(revokedNoReason, "status_reason", "is required"),
                problem(beforeDecision, "status_changed_on", "is before decision_date"));
    }

    @Test
    void aDecisionIsNotPublishedBeforeItIsMade() {
        add(next().decided("2026-06-01").publishedOn("2026-06-01"));
        int row = add(next().decided("2026-06-01").publishedOn("2026-05-31"));
        assertRejected(problem(row, "published_on", "is before decision_date (2026-06-01)"));
    }

    @Test
    void aFineNeedsItsAmountAndPenaltiesMustBeKnown() {
        int noAmount = add(next().penalties(PenaltyType.FINE).fine(null));
        int unknown = add(next());
        data.set(PENALTIES, unknown, "penalty_types", "FINE|罚款");
        assertRejected(problem(noAmount, "fine_amount", "is required"),
                problem(unknown, "penalty_types", "'罚款' is not a kind of penalty"));
    }

    // ------------------------------------------------------------------------------ re-imports

    @Test
    void reimportingTheSameFolderChangesNothing() {
        add(next().naturalPerson("张伟", residentId(4)).facts("张伟销售过期食品。"));
        add(next().decided("2026-03-01").revoked("2026-09-01", "复议撤销"));
        add(next().exemption(Exemption.STATE_SECRET));
        add(next().decided("2024-01-01"));
        assertImported();
        Map<String, List<Map<String, Object>>> before = decisionTables();

        ImportReport again = assertImported();
        assertThat(again.files()).extracting(ImportReport.FileSummary::file, ImportReport.FileSummary::written)
                .contains(tuple(PENALTIES, 0L));
        assertThat(decisionTables()).isEqualTo(before);
    }

    @Test
    void aCorrectionOfAPublishedDecisionIsRecordedForMirrors() {
        int row = add(next().fine("8000.00"));
        assertImported();
        data.set(PENALTIES, row, "fine_amount", "6000.00");
        data.set(PENALTIES, row, "status", "CHANGED");
        data.set(PENALTIES, row, "status_changed_on", "2026-11-20");
        data.set(PENALTIES, row, "status_reason", "复议变更罚款金额");
        assertImported();
        assertThat(events()).containsExactly("PUBLISHED 京朝市监罚〔2026〕1号", "PUBLISHED " + no(1), "CORRECTED " + no(1));
        assertThat(jdbc.queryForMap("SELECT fine_amount, status, correction_reason FROM public_decision WHERE decision_no = ?",
                no(1))).containsEntry("status", "CHANGED").containsEntry("correction_reason", "复议变更罚款金额")
                .containsEntry("fine_amount", new java.math.BigDecimal("6000.00"));
    }

    @Test
    void aNewHandlingOfficerIsACorrectionMirrorsMustFetch() {
        // the handling officers are shown with the decision
        int row = add(next().agency(STREET_OFFICE, "JC-003", TEAM_OFFICER, TEAM_OFFICER_2));
        assertImported();
        data.set(PENALTIES, row, "officer_credentials", TEAM_OFFICER_2 + "|" + TEAM_OFFICER);
        assertImported();
        assertThat(events()).containsExactly("PUBLISHED 京朝市监罚〔2026〕1号", "PUBLISHED " + no(1), "CORRECTED " + no(1));
    }

    @Test
    void aChangeOfWhatIsNeverShownIsNoCorrection() {
        int row = add(next().naturalPerson("张伟", residentId(5)));
        assertImported();
        data.set(PENALTIES, row, "party_id_no", residentId(6));
        assertImported();
        assertThat(count("publication_event")).isEqualTo(2);
    }

    @Test
    void revokingAPublishedDecisionWithdrawsItAndLeavesANotice() {
        int row = add(next().legalPerson("北京撤销建材有限公司", uscc(8010), "鲁撤销").decided("2026-03-01"));
        assertImported();
        assertThat(published(no(1))).isTrue();
        data.set(PENALTIES, row, "status", "REVOKED");
        data.set(PENALTIES, row, "status_changed_on", "2026-11-20");
        data.set(PENALTIES, row, "status_reason", "北京撤销建材有限公司申请行政复议，复议机关决定撤销");
        assertImported();
        assertThat(published(no(1))).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM public_decision_gram WHERE decision_no = ?", Long.class,
                no(1))).isZero();
        assertThat(events()).containsExactly("PUBLISHED 京朝市监罚〔2026〕1号", "PUBLISHED " + no(1), "WITHDRAWN " + no(1));
        Map<String, Object> notice = jdbc.queryForMap("SELECT agency_code, withdrawn_on, reason FROM withdrawal_notice"
                + " WHERE decision_no = ?", no(1));
        assertThat(notice).containsEntry("agency_code", DEPARTMENT)
                .containsEntry("withdrawn_on", java.sql.Date.valueOf("2026-11-20"));
        assertThat((String) notice.get("reason")).contains("申请行政复议，复议机关决定撤销").doesNotContain("撤销建材");
    }

    @Test
    void aCorrectedPartyNameLeavesTheGramsOfTheNewNameOnly() {
        int row = add(next().legalPerson("北京旧称商贸有限公司", uscc(8020), "鲁旧称").decided("2026-03-01"));
        add(next().legalPerson("北京旧称物流有限公司", uscc(8021), "鲁物流").decided("2026-03-02"));
        assertImported();
        data.set(PENALTIES, row, "party_name", "北京新名商贸有限公司");
        data.set(PENALTIES, row, "decision_date", "2026-03-05");
        assertImported();
        assertThat(jdbc.queryForList("SELECT gram FROM public_decision_gram WHERE decision_no = ?", String.class, no(1)))
                .containsExactlyInAnyOrderElementsOf(NameGrams.of("北京新名商贸有限公司"));
        assertThat(jdbc.queryForList("SELECT DISTINCT decision_date FROM public_decision_gram WHERE decision_no = ?",
                java.sql.Date.class, no(1))).containsExactly(java.sql.Date.valueOf("2026-03-05"));
        // the decision that kept its name keeps its grams
        assertThat(jdbc.queryForList("SELECT gram FROM public_decision_gram WHERE decision_no = ?", String.class, no(2)))
                .containsExactlyInAnyOrderElementsOf(NameGrams.of("北京旧称物流有限公司"));
    }

    @Test
    void revokingADecisionThatWasNeverPublicLeavesNothing() {
        int exempt = add(next().exemption(Exemption.SERIAL_INVESTIGATION).decided("2026-03-01"));
        int expired = add(next().decided("2024-03-01"));
        assertImported();
        for (int row : new int[] {exempt, expired}) {
            data.set(PENALTIES, row, "status", "REVOKED");
            data.set(PENALTIES, row, "status_changed_on", "2026-11-20");
            data.set(PENALTIES, row, "status_reason", "复议撤销");
        }
        assertImported();
        assertThat(count("withdrawal_notice")).isZero();
        assertThat(events()).containsExactly("PUBLISHED 京朝市监罚〔2026〕1号");
    }

    @Test
    void aPublishedDecisionFoundToBeExemptIsRemovedWithoutANotice() {
        int row = add(next());
        assertImported();
        data.set(PENALTIES, row, "exemption", "CRIMINAL_TRANSFER");
        assertImported();
        assertThat(published(no(1))).isFalse();
        assertThat(count("withdrawal_notice")).isZero();
        assertThat(events()).containsExactly("PUBLISHED 京朝市监罚〔2026〕1号", "PUBLISHED " + no(1), "REMOVED " + no(1));
    }

    @Test
    void noIdNumberReachesThePublicTables() {
        String id = residentId(7);
        add(next().naturalPerson("司马光", id).facts("当事人司马光（身份证号" + id + "）占道经营，司马光拒不改正。"));
        assertImported();
        for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM public_decision")) {
            assertThat(row.toString()).doesNotContain(id).doesNotContain("司马光");
        }
        assertThat(jdbc.queryForList("SELECT gram FROM public_decision_gram WHERE decision_no = ?", String.class, no(1)))
                .containsExactlyInAnyOrder("司马", "马*");
    }
}
