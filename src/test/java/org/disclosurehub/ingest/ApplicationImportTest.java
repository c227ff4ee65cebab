package org.disclosurehub.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.disclosurehub.support.DatasetBuilder.DEPARTMENT;
import static org.disclosurehub.support.DatasetBuilder.TEAM;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;

import org.disclosurehub.request.ApplicationFiles;
import org.disclosurehub.support.DatasetBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Importing applications (disclosure_requests.csv) and their events (request_events.csv): the
 * same all-or-nothing, row-numbered rules as every other file, with each application's history
 * checked against the OGI Regulations on the calendar the import brings. The valid dataset's
 * calendar knows 2026 only (1 Oct a holiday, Sat 10 Oct worked), so the histories live in 2026.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"datahub.seed.enabled=false", "datahub.clock.fixed=2026-11-22T04:00:00Z"})
class ApplicationImportTest {

    @Autowired
    DatasetImporter importer;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @BeforeEach
    void empty() {
        for (String table : List.of("request_event", "disclosure_request", "officer", "power_change", "power_item",
                "agency", "calendar_day", "import_run")) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    private ImportReport importWith(ApplicationFiles files) {
        DatasetBuilder.validDataset().writeTo(dir);
        return importer.importDataset(new FolderDataset(files.writeTo(dir)), false);
    }

    private static ApplicationFiles answeredOnTime() {
        return new ApplicationFiles().application("YSQ2026000001", DEPARTMENT, "2026-09-28", true)
                .event("YSQ2026000001", "2026-09-28", "RECEIVED")
                .event("YSQ2026000001", "2026-10-15", "ANSWERED", "DISCLOSED", "已在区政府网站公开：https://example.gov.invalid/x");
    }

    @Test
    void aValidApplicationWithItsEventsIsImported() {
        ImportReport report = importWith(answeredOnTime());
        assertThat(report.errors()).isEmpty();
        assertThat(report.imported()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM disclosure_request", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM request_event", Integer.class)).isEqualTo(2);
    }

    @Test
    void theQueryCodeIsStoredOnlyAsItsSha256() throws Exception {
        importWith(answeredOnTime());
        byte[] stored = jdbc.queryForObject("SELECT query_code_sha256 FROM disclosure_request", byte[].class);
        assertThat(stored).isEqualTo(MessageDigest.getInstance("SHA-256")
                .digest(ApplicationFiles.QUERY_CODE.getBytes(StandardCharsets.UTF_8)));
        List<String> everyText = jdbc.queryForList("SELECT CONCAT_WS('|', tracking_no, applicant_name, applicant_id_no,"
                + " applicant_contact, description, format, delivery, channel) FROM disclosure_request", String.class);
        assertThat(everyText).noneMatch(t -> t.contains(ApplicationFiles.QUERY_CODE));
    }

    @Test
    void importingTheSameFolderTwiceChangesNothing() {
        importWith(answeredOnTime());
        ImportReport again = importWith(answeredOnTime());
        assertThat(again.imported()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM request_event", Integer.class)).isEqualTo(2);
    }

    @Test
    void aStepTheRegulationsDoNotAllowIsReportedOnItsRowAndNothingIsWritten() {
        // received Mon 28 Sep 2026: 29, 30 Sep, (1 Oct off) 2, 5, 6, 7, 8 Oct = 7 working days
        ApplicationFiles files = new ApplicationFiles().application("YSQ2026000002", DEPARTMENT, "2026-09-28", false)
                .event("YSQ2026000002", "2026-09-28", "RECEIVED")
                .event("YSQ2026000002", "2026-10-09", "CORRECTION_REQUESTED", "", "2026-11-04")
                .application("YSQ2026000003", DEPARTMENT, "2026-09-28", false)
                .event("YSQ2026000003", "2026-09-28", "RECEIVED")
                .event("YSQ2026000003", "2026-10-08", "CORRECTION_REQUESTED", "", "2026-11-03");
        ImportReport report = importWith(files);
        assertThat(report.imported()).isFalse();
        assertThat(report.errors()).extracting(ImportError::file, ImportError::row, ImportError::column)
                .containsExactly(tuple("request_events.csv", 3, "at"));
        assertThat(report.errors().get(0).message()).contains("within 7 working days").contains("by 2026-10-08");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM disclosure_request", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM agency", Integer.class)).isZero();
    }

    @Test
    void everyKindOfBadRowIsNamedWithoutQuotingPersonalData() {
        ApplicationFiles files = new ApplicationFiles()
                .application("YSQ2026000004", DEPARTMENT, "NATURAL_PERSON", ApplicationFiles.NAME,
                        ApplicationFiles.ID_NO.substring(0, 17) + "0", "2026-09-28T09:00:00+08:00", "SHORTCODE", false)
                .application("YSQ2026000005", TEAM, "COMMERCIAL_ENTERPRISE", "北京某某科技有限公司", "91110105MA0000000X",
                        "2026-09-28T09:00:00+08:00", ApplicationFiles.QUERY_CODE, false)
                .event("YSQ2026000009", "2026-09-28", "RECEIVED")
                .event("YSQ2026000004", "2026-09-28", "ANSWERED", "GRANTED", "");
        ImportReport report = importWith(files);
        assertThat(report.errors()).extracting(ImportError::file, ImportError::row, ImportError::column)
                .contains(tuple("disclosure_requests.csv", 2, "applicant_id_no"),
                        tuple("disclosure_requests.csv", 2, "query_code"),
                        tuple("disclosure_requests.csv", 3, "agency_code"),
                        tuple("disclosure_requests.csv", 3, "applicant_id_no"),
                        tuple("request_events.csv", 2, "tracking_no"));
        assertThat(report.errors()).extracting(ImportError::message)
                .noneMatch(m -> m.contains(ApplicationFiles.NAME) || m.contains(ApplicationFiles.ID_NO.substring(0, 17))
                        || m.contains("SHORTCODE") || m.contains("91110105MA0000000X"));
    }

    @Test
    void eventsAreCheckedOnTheCalendarTheImportBrings() {
        // without the dataset's 1 Oct holiday the 7th working day after Mon 28 Sep 2026 would be
        // Wed 7 Oct; with it, Thu 8 Oct
        ApplicationFiles files = new ApplicationFiles().application("YSQ2026000006", DEPARTMENT, "2026-09-28", false)
                .event("YSQ2026000006", "2026-09-28", "RECEIVED")
                .event("YSQ2026000006", "2026-10-08", "CORRECTION_REQUESTED", "", "2026-11-03 请补充所需信息的文号");
        assertThat(importWith(files).errors()).isEmpty();
    }
}
