package org.disclosurehub.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.disclosurehub.support.DatasetBuilder.DEPARTMENT;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.disclosurehub.graphql.ErrorCode;
import org.disclosurehub.graphql.HubException;
import org.disclosurehub.ingest.DatasetImporter;
import org.disclosurehub.ingest.FolderDataset;
import org.disclosurehub.ingest.ImportReport;
import org.disclosurehub.support.DatasetBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Following an application: guessing is throttled per client, never per tracking number; and a
 * changed calendar re-dates open applications at once, since due dates are derived, not stored.
 * The valid dataset's calendar knows 2026 (1 Oct off, Sat 10 Oct worked).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"datahub.seed.enabled=false", "datahub.clock.fixed=2026-11-22T04:00:00Z"})
class ApplicationLookupTest {

    static final String TRACKING = "YSQ2026000100";

    @Autowired
    DatasetImporter importer;
    @Autowired
    ApplicationLookup lookup;
    @Autowired
    ApplicationProperties properties;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @BeforeEach
    void oneOpenApplication() {
        for (String table : List.of("request_event", "disclosure_request", "officer", "power_change", "power_item",
                "agency", "calendar_day", "import_run")) {
            jdbc.update("DELETE FROM " + table);
        }
        // received Mon 2 Nov 2026: 3–6 Nov, 9–13, 16–20, 23–27 Nov = 19, Mon 30 Nov = 20
        ImportReport report = importer.importDataset(new FolderDataset(new ApplicationFiles()
                .application(TRACKING, DEPARTMENT, "2026-11-02", false)
                .event(TRACKING, "2026-11-02", "RECEIVED")
                .writeTo(DatasetBuilder.validDataset().writeTo(dir))), false);
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void guessingIsThrottledPerClientAndTheApplicantCanStillLookItUp() {
        for (int i = 0; i < properties.lookupFailures(); i++) {
            assertThat(lookup.find(TRACKING, "GUESS" + i + "ABCDEFGHJKLMN", "guesser")).isEmpty();
        }
        assertThatThrownBy(() -> lookup.find(TRACKING, ApplicationFiles.QUERY_CODE, "guesser"))
                .isInstanceOfSatisfying(HubException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED));
        // the tracking number is not locked: the applicant, from another client, gets in
        assertThat(lookup.find(TRACKING, ApplicationFiles.QUERY_CODE, "applicant")).isPresent();
    }

    @Test
    void aCorrectCodeDoesNotCountAgainstTheClient() {
        for (int i = 0; i < properties.lookupFailures() * 2; i++) {
            assertThat(lookup.find(TRACKING, ApplicationFiles.QUERY_CODE, "portal")).isPresent();
        }
    }

    @Test
    void aNewHolidayReDatesAnOpenApplication() throws Exception {
        assertThat(lookup.find(TRACKING).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        Path update = Files.createDirectories(dir.resolve("update"));
        Files.writeString(update.resolve("calendar.csv"), "date,kind,name\n2026-11-20,HOLIDAY,临时调整\n",
                StandardCharsets.UTF_8);
        assertThat(importer.importDataset(new FolderDataset(update), false).imported()).isTrue();
        ApplicationView redated = lookup.find(TRACKING).orElseThrow();
        assertThat(redated.dueDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(redated.dueDateExplanation()).isEqualTo("20 working days from receipt on 2026-11-02; due 2026-12-01.");
    }

    @Test
    void theOverdueFlagFollowsTheDay() {
        // today is 22 Nov 2026: not yet due
        ApplicationView view = lookup.find(TRACKING).orElseThrow();
        assertThat(view.overdue()).isFalse();
        assertThat(view.status().name()).isEqualTo("IN_PROGRESS");
    }
}
