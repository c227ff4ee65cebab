package org.disclosurehub.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosurehub.support.DatasetBuilder.GOVERNMENT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.disclosurehub.ingest.DatasetImporter;
import org.disclosurehub.ingest.FolderDataset;
import org.disclosurehub.ingest.ImportReport;
import org.disclosurehub.request.report.AnnualReport;
import org.disclosurehub.request.report.AnnualReports;
import org.disclosurehub.support.DatasetBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The annual report of 2025 for one agency, against a table counted by hand. Eleven applications
 * (A1–A11) to the district government, on the official 2024–2025 calendar:
 *
 * <pre>
 * A1  自然人       received 2024-12-20, answered 2025-01-10 DISCLOSED          二, 三（一）
 * A2  自然人       received 2024-11-01, answered 2024-11-20                    (2024 only)
 * A3  商业企业     received 2025-03-03, answered 2025-03-20 WITHHELD_PROCESS_INFO, reconsideration
 *                  upheld 2025-06-10, lawsuit after it corrected 2025-10-09      一, 三（三）6; 四: 复议维持, 复议后起诉纠正
 * A4  自然人       received 2025-05-06, correction asked by 2025-05-29, none   一, 三（六）1 (lapsed 2025-05-30)
 * A5  法律服务机构 received 2025-12-15, open                                   一, 四
 * A6  科研机构     received 2025-06-02, withdrawn 2025-06-05                    一, 三（六）3
 * A7  社会公益组织 received 2025-07-01, fee notice 2025-07-03, never paid      一, 三（六）2 (lapsed 2025-08-01)
 * A8  其他         received 2024-12-30, open; direct lawsuit 2025-11-03        二, 四; 四: 直接起诉尚未审结
 * A9  自然人       received 2025-09-01, answered 2026-01-05                    一, 四
 * A10 自然人       submitted 2025-12-30 20:00, not received                   (nowhere)
 * A11 商业企业     received 2025-02-10, answered 2025-02-20 UNAVAILABLE_NOT_HELD, direct lawsuit
 *                  2025-03-01 decided 2026-02-01                              一, 三（四）1; 四: 直接起诉尚未审结
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"datahub.seed.enabled=false", "datahub.clock.fixed=2026-11-22T04:00:00Z"})
class AnnualReportTest {

    @Autowired
    DatasetImporter importer;
    @Autowired
    AnnualReports reports;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @BeforeEach
    void elevenApplications() throws IOException {
        for (String table : List.of("request_event", "disclosure_request", "officer", "power_change", "power_item",
                "agency", "calendar_day", "import_run")) {
            jdbc.update("DELETE FROM " + table);
        }
        DatasetBuilder.validDataset().writeTo(dir);
        // the official 2024 and 2025 schedules beside the dataset's own 2026 days
        List<String> official = Files.readAllLines(Path.of("seed-data/calendar.csv")).stream()
                .filter(l -> l.startsWith("2024") || l.startsWith("2025")).toList();
        Files.write(dir.resolve("calendar.csv"), java.util.stream.Stream.concat(
                Files.readAllLines(dir.resolve("calendar.csv")).stream(), official.stream()).toList());
        ApplicationFiles f = new ApplicationFiles()
                .application("A1", GOVERNMENT, "NATURAL_PERSON", "甲", ApplicationFiles.ID_NO, "2024-12-20T09:00:00+08:00", "", false)
                .event("A1", "2024-12-20", "RECEIVED").event("A1", "2025-01-10", "ANSWERED", "DISCLOSED", "见附件")
                .application("A2", GOVERNMENT, "NATURAL_PERSON", "乙", ApplicationFiles.ID_NO, "2024-11-01T09:00:00+08:00", "", false)
                .event("A2", "2024-11-01", "RECEIVED").event("A2", "2024-11-20", "ANSWERED", "DISCLOSED", "见附件")
                .application("A3", GOVERNMENT, "COMMERCIAL_ENTERPRISE", "丙公司", "登记证书0001", "2025-03-03T09:00:00+08:00", "", false)
                .event("A3", "2025-03-03", "RECEIVED").event("A3", "2025-03-20", "ANSWERED", "WITHHELD_PROCESS_INFO", "过程性信息")
                .event("A3", "2025-04-10", "REVIEW_FILED", "", "RECONSIDERATION")
                .event("A3", "2025-06-10", "REVIEW_DECIDED", "REVIEW_UPHELD", "")
                .event("A3", "2025-07-01", "REVIEW_FILED", "", "LITIGATION_AFTER_RECONSIDERATION")
                .event("A3", "2025-10-09", "REVIEW_DECIDED", "REVIEW_CORRECTED", "")
                .application("A4", GOVERNMENT, "NATURAL_PERSON", "丁", ApplicationFiles.ID_NO, "2025-05-06T09:00:00+08:00", "", false)
                .event("A4", "2025-05-06", "RECEIVED").event("A4", "2025-05-08", "CORRECTION_REQUESTED", "", "2025-05-29")
                .application("A5", GOVERNMENT, "LEGAL_SERVICE_ORG", "戊律师事务所", "登记证书0001", "2025-12-15T09:00:00+08:00", "", false)
                .event("A5", "2025-12-15", "RECEIVED")
                .application("A6", GOVERNMENT, "RESEARCH_INSTITUTION", "己研究院", "登记证书0001", "2025-06-02T09:00:00+08:00", "", false)
                .event("A6", "2025-06-02", "RECEIVED").event("A6", "2025-06-05", "WITHDRAWN")
                .application("A7", GOVERNMENT, "SOCIAL_WELFARE_ORG", "庚中心", "登记证书0001", "2025-07-01T09:00:00+08:00", "", false)
                .event("A7", "2025-07-01", "RECEIVED").event("A7", "2025-07-03", "FEE_NOTICE")
                .application("A8", GOVERNMENT, "OTHER_ORG", "辛协会", "登记证书0001", "2024-12-30T09:00:00+08:00", "", false)
                .event("A8", "2024-12-30", "RECEIVED").event("A8", "2025-11-03", "REVIEW_FILED", "", "LITIGATION_DIRECT")
                .application("A9", GOVERNMENT, "NATURAL_PERSON", "壬", ApplicationFiles.ID_NO, "2025-09-01T09:00:00+08:00", "", false)
                .event("A9", "2025-09-01", "RECEIVED").event("A9", "2026-01-05", "ANSWERED", "NOT_PROCESSED_REPEAT", "重复申请")
                .application("A10", GOVERNMENT, "NATURAL_PERSON", "癸", ApplicationFiles.ID_NO, "2025-12-30T20:00:00+08:00", "", false)
                .application("A11", GOVERNMENT, "COMMERCIAL_ENTERPRISE", "子公司", "登记证书0001", "2025-02-10T09:00:00+08:00", "", false)
                .event("A11", "2025-02-10", "RECEIVED").event("A11", "2025-02-20", "ANSWERED", "UNAVAILABLE_NOT_HELD", "不掌握")
                .event("A11", "2025-03-01", "REVIEW_FILED", "", "LITIGATION_DIRECT")
                .event("A11", "2026-02-01", "REVIEW_DECIDED", "REVIEW_CORRECTED", "");
        ImportReport report = importer.importDataset(new FolderDataset(f.writeTo(dir)), false);
        assertThat(report.errors()).isEmpty();
    }

    private static long[] row(AnnualReport r, String code) {
        AnnualReport.ApplicationRow row = r.applications().stream().filter(a -> a.code().equals(code)).findFirst()
                .orElseThrow();
        long[] withTotal = java.util.Arrays.copyOf(row.cells(), 7);
        withTotal[6] = row.total();
        return withTotal;
    }

    @Test
    void section3MatchesTheTableCountedByHand() {
        AnnualReport r = reports.report(2025, GOVERNMENT, null);
        //                                   自然人 商业 科研 公益 法律 其他 总计
        assertThat(row(r, "一")).containsExactly(2, 2, 1, 1, 1, 0, 7);
        assertThat(row(r, "二")).containsExactly(1, 0, 0, 0, 0, 1, 2);
        assertThat(row(r, "三（一）")).containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(row(r, "三（二）")).containsExactly(0, 0, 0, 0, 0, 0, 0);
        assertThat(row(r, "三（三）")).containsExactly(0, 1, 0, 0, 0, 0, 1);
        assertThat(row(r, "三（三）6")).containsExactly(0, 1, 0, 0, 0, 0, 1);
        assertThat(row(r, "三（四）1")).containsExactly(0, 1, 0, 0, 0, 0, 1);
        assertThat(row(r, "三（五）")).containsExactly(0, 0, 0, 0, 0, 0, 0);
        assertThat(row(r, "三（六）1")).containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(row(r, "三（六）2")).containsExactly(0, 0, 0, 1, 0, 0, 1);
        assertThat(row(r, "三（六）3")).containsExactly(0, 0, 1, 0, 0, 0, 1);
        assertThat(row(r, "三（六）")).containsExactly(1, 0, 1, 1, 0, 0, 3);
        assertThat(row(r, "三（七）")).containsExactly(2, 2, 1, 1, 0, 0, 6);
        assertThat(row(r, "四")).containsExactly(1, 0, 0, 0, 1, 1, 3);
        assertThat(r.checks()).allMatch(AnnualReport.Check::holds);
    }

    @Test
    void section3ListsEverySubRowInTheOfficialOrder() {
        AnnualReport r = reports.report(2025, GOVERNMENT, null);
        assertThat(r.applications()).extracting(AnnualReport.ApplicationRow::code).containsExactly("一", "二",
                "三（一）", "三（二）", "三（三）", "三（三）1", "三（三）2", "三（三）3", "三（三）4", "三（三）5", "三（三）6",
                "三（三）7", "三（三）8", "三（四）", "三（四）1", "三（四）2", "三（四）3", "三（五）", "三（五）1", "三（五）2",
                "三（五）3", "三（五）4", "三（五）5", "三（六）", "三（六）1", "三（六）2", "三（六）3", "三（七）", "四");
    }

    @Test
    void section4MatchesTheTableCountedByHand() {
        AnnualReport r = reports.report(2025, GOVERNMENT, null);
        assertThat(r.reviews()).extracting(AnnualReport.ReviewRow::kind, AnnualReport.ReviewRow::upheld,
                AnnualReport.ReviewRow::corrected, AnnualReport.ReviewRow::other, AnnualReport.ReviewRow::pending,
                AnnualReport.ReviewRow::total).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ReviewKind.RECONSIDERATION, 1L, 0L, 0L, 0L, 1L),
                org.assertj.core.groups.Tuple.tuple(ReviewKind.LITIGATION_DIRECT, 0L, 0L, 0L, 2L, 2L),
                org.assertj.core.groups.Tuple.tuple(ReviewKind.LITIGATION_AFTER_RECONSIDERATION, 0L, 1L, 0L, 0L, 1L));
    }

    @Test
    void theNextYearCarriesOverWhatWasOpen() {
        AnnualReport r = reports.report(2026, GOVERNMENT, null);
        // 2026 runs until today (2026-11-22): A5, A8, A9 come over; A9 is answered in January
        assertThat(r.asOf()).isEqualTo(java.time.LocalDate.of(2026, 11, 22));
        assertThat(row(r, "二")).containsExactly(1, 0, 0, 0, 1, 1, 3);
        assertThat(row(r, "三（五）2")).containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(row(r, "四")).containsExactly(0, 0, 0, 0, 1, 1, 2);
        assertThat(r.checks()).allMatch(AnnualReport.Check::holds);
    }
}
