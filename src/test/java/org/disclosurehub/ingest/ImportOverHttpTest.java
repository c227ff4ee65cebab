package org.disclosurehub.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.disclosurehub.security.TokenStore;
import org.disclosurehub.support.AgencyApi;
import org.disclosurehub.support.DataSnapshot;
import org.disclosurehub.support.DatasetBuilder;
import org.disclosurehub.support.FaultyDataSource;
import org.disclosurehub.support.Personas;
import org.disclosurehub.support.PublicApi;
import org.disclosurehub.support.TestDecision;
import org.disclosurehub.support.WriteData;
import org.disclosurehub.support.WriteHubTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code POST /api/import}: the command line's import over HTTP, all or nothing, limited to the
 * uploader's agency, answered with the import report; one that fails halfway leaves nothing, and
 * one sent twice changes nothing the second time.
 */
@WriteHubTest
class ImportOverHttpTest {

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
    private Personas as;

    @BeforeAll
    void setUp() {
        WriteData.load(importer);
        api = new AgencyApi(port);
        as = Personas.issue(tokens);
    }

    @AfterEach
    void disarm() {
        FaultyDataSource.disarm();
    }

    private static String freshNumber() {
        return "京朝市监罚〔2026〕HTTP-" + SERIAL.incrementAndGet() + "号";
    }

    /** penalty_decisions.csv with the department's base decision (row 2) and the decisions given. */
    private static DatasetBuilder decisions(TestDecision... more) {
        DatasetBuilder b = DatasetBuilder.validDataset().withPenaltyDecisions().only(DatasetBuilder.PENALTIES);
        for (TestDecision d : more) {
            b.addDecision(d.build());
        }
        return b;
    }

    private static Map<String, byte[]> files(DatasetBuilder b, String... names) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : names) {
            files.put(name, b.text(name).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private int stored(String decisionNo) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM penalty_decision WHERE decision_no = ?", Integer.class, decisionNo);
    }

    @Test
    void anAgencyImportsItsOwnRecordsAndGetsTheReport() {
        String a = freshNumber();
        String b = freshNumber();

        PublicApi.Response r = api.upload(as.own(), files(decisions(TestDecision.decision(a), TestDecision.decision(b)),
                DatasetBuilder.PENALTIES));

        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.<Boolean>read("$.imported")).isTrue();
        assertThat(r.<Integer>read("$.files[0].rows")).isEqualTo(3);
        assertThat(r.<Integer>read("$.files[0].written")).isEqualTo(2);
        assertThat(stored(a) + stored(b)).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_type = 'dataset' ORDER BY id DESC LIMIT 2",
                String.class)).containsExactly("IMPORTED", "IMPORT_REQUESTED");
    }

    @Test
    void aRejectedImportListsEveryBadRowAndWritesNothing() {
        String good = freshNumber();
        DatasetBuilder data = decisions(TestDecision.decision(good), TestDecision.decision(freshNumber()).fine(null));
        Map<String, Object> before = DataSnapshot.of(jdbc, DataSnapshot.DATA_TABLES);

        PublicApi.Response r = api.upload(as.own(), files(data, DatasetBuilder.PENALTIES));

        assertThat(r.status()).as(r.raw()).isEqualTo(422);
        assertThat(r.<Boolean>read("$.imported")).isFalse();
        assertThat(r.<List<Integer>>read("$.errors[*].row")).containsExactly(4);
        assertThat(r.<List<String>>read("$.errors[*].column")).containsExactly("fine_amount");
        assertThat(DataSnapshot.of(jdbc, DataSnapshot.DATA_TABLES)).isEqualTo(before);
    }

    @Test
    void aRowOfAnotherAgencyIsForbiddenAndNothingIsWritten() {
        String ours = freshNumber();
        String theirs = freshNumber();
        DatasetBuilder data = decisions(TestDecision.decision(ours), TestDecision.decision(theirs)
                .agency(DatasetBuilder.TOWNSHIP, "JC-003", DatasetBuilder.TOWNSHIP_OFFICER, DatasetBuilder.TOWNSHIP_OFFICER_2));
        Map<String, Object> before = DataSnapshot.of(jdbc);

        PublicApi.Response r = api.upload(as.own(), files(data, DatasetBuilder.PENALTIES));

        assertThat(r.status()).as(r.raw()).isEqualTo(403);
        assertThat(r.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(r.<List<Integer>>read("$.errors[0].extensions.rows[*].row")).containsExactly(4);
        assertThat(DataSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aRowMayNotTakeOverAnotherAgencysRecordByNamingItsKey() {
        String theirs = freshNumber();
        DatasetBuilder township = decisions(TestDecision.decision(theirs)
                .agency(DatasetBuilder.TOWNSHIP, "JC-003", DatasetBuilder.TOWNSHIP_OFFICER, DatasetBuilder.TOWNSHIP_OFFICER_2));
        assertThat(api.upload(as.admin(), files(township, DatasetBuilder.PENALTIES)).status()).isEqualTo(200);
        Map<String, Object> before = DataSnapshot.of(jdbc);

        PublicApi.Response r = api.upload(as.own(), files(decisions(TestDecision.decision(theirs)), DatasetBuilder.PENALTIES));

        assertThat(r.status()).as(r.raw()).isEqualTo(403);
        assertThat(r.<List<String>>read("$.errors[0].extensions.rows[*].message"))
                .containsExactly("is stored as a record of agency " + DatasetBuilder.TOWNSHIP
                        + ": only that agency (or the district) may change it");
        assertThat(DataSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aFileThatCannotBeReadToTheEndIsRefusedBeforeAnythingIsWritten() {
        byte[] csv = decisions(TestDecision.decision(freshNumber())).text(DatasetBuilder.PENALTIES)
                .getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(csv, csv.length + 2);
        broken[csv.length] = (byte) 0xFF;
        broken[csv.length + 1] = '\n';
        Map<String, Object> before = DataSnapshot.of(jdbc, DataSnapshot.DATA_TABLES);

        PublicApi.Response r = api.upload(as.own(), Map.of(DatasetBuilder.PENALTIES, broken));

        assertThat(r.status()).as(r.raw()).isEqualTo(422);
        assertThat(r.<List<Integer>>read("$.errors[*].row")).containsExactly(4);
        assertThat(DataSnapshot.of(jdbc, DataSnapshot.DATA_TABLES)).isEqualTo(before);
    }

    @Test
    void aFileOutsideTheContractIsRejectedByTheImportAsOnTheCommandLine() {
        Map<String, byte[]> files = files(decisions(TestDecision.decision(freshNumber())), DatasetBuilder.PENALTIES);
        files.put("notes.csv", "a,b\n".getBytes(StandardCharsets.UTF_8));

        PublicApi.Response r = api.upload(as.own(), files);

        assertThat(r.status()).as(r.raw()).isEqualTo(422);
        assertThat(r.<List<String>>read("$.errors[*].file")).containsExactly("notes.csv");
    }

    @Test
    void theCalendarIsTheDistrictsToImport() {
        DatasetBuilder calendar = DatasetBuilder.validDataset().only(DatasetBuilder.CALENDAR);

        assertThat(api.upload(as.own(), files(calendar, DatasetBuilder.CALENDAR)).status()).isEqualTo(403);
        assertThat(api.upload(as.admin(), files(calendar, DatasetBuilder.CALENDAR)).status()).isEqualTo(200);
    }

    /** A CSV file of the contract with these rows (values without commas, quotes or line breaks). */
    private static byte[] csv(String file, List<String>... rows) {
        StringBuilder text = new StringBuilder(String.join(",", DatasetBuilder.COLUMNS.get(file))).append('\n');
        for (List<String> row : rows) {
            text.append(String.join(",", row)).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aStreetOfficeImportsItselfAndItsEnforcementTeamsEvenANewOneWithItsOfficers() {
        String newTeam = DatasetBuilder.uscc(4711);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(DatasetBuilder.AGENCIES, csv(DatasetBuilder.AGENCIES,
                List.of(DatasetBuilder.STREET_OFFICE, "北京市朝阳区双井街道办事处", "STREET_OFFICE", DatasetBuilder.GOVERNMENT,
                        "朝阳区", "北京市朝阳区双井街道", "工作日 9:00-17:00", "010-0000-1003", "", "", ""),
                List.of(newTeam, "北京市朝阳区双井街道第二综合行政执法队", "ENFORCEMENT_TEAM", DatasetBuilder.STREET_OFFICE,
                        "朝阳区", "", "", "", "", "", "")));
        files.put(DatasetBuilder.OFFICERS, csv(DatasetBuilder.OFFICERS,
                List.of("1101059900001", "任晓东", newTeam, "OFFICER", "综合执法", "VALID", "2025-01-01", "2030-01-01", ""),
                List.of(DatasetBuilder.TEAM_OFFICER, "薛璐鑫", DatasetBuilder.TEAM, "OFFICER", "综合执法", "VALID", "2023-05-14",
                        "2028-05-14", "市容环境检查")));

        PublicApi.Response r = api.upload(as.streetOffice(), files);

        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT agency_code FROM officer WHERE credential_no = '1101059900001'", String.class))
                .isEqualTo(newTeam);
    }

    @Test
    void aStreetOfficeMayNotImportOtherAgenciesNorMoveItself() {
        PublicApi.Response all = api.upload(as.streetOffice(), files(DatasetBuilder.validDataset(), DatasetBuilder.AGENCIES));
        assertThat(all.status()).isEqualTo(403);
        // the government, the department and the township; not the street office itself (row 4) nor its team (row 5)
        assertThat(all.<List<Integer>>read("$.errors[0].extensions.rows[*].row")).containsExactly(2, 3, 6);

        PublicApi.Response moved = api.upload(as.streetOffice(), Map.of(DatasetBuilder.AGENCIES, csv(DatasetBuilder.AGENCIES,
                List.of(DatasetBuilder.STREET_OFFICE, "北京市朝阳区双井街道办事处", "STREET_OFFICE", DatasetBuilder.DEPARTMENT,
                        "朝阳区", "", "", "", "", "", ""))));
        assertThat(moved.status()).isEqualTo(403);
        assertThat(moved.<List<String>>read("$.errors[0].extensions.rows[*].message"))
                .containsExactly("changes the agency's kind, parent or district, which are the district's to change (ADMIN)");
    }

    @Test
    void anImportThatFailsHalfwayLeavesNothingBehind() {
        String no = freshNumber();
        DatasetBuilder data = decisions(TestDecision.decision(no));
        Map<String, byte[]> files = files(data, DatasetBuilder.PENALTIES);
        files.put(DatasetBuilder.POWERS, DatasetBuilder.validDataset().set(DatasetBuilder.POWERS, 3, "name", "改过的名称")
                .text(DatasetBuilder.POWERS).getBytes(StandardCharsets.UTF_8));
        Map<String, Object> before = DataSnapshot.of(jdbc, DataSnapshot.DATA_TABLES);
        // the decisions are written first (a large file leads the transaction), then the powers'
        // insert fails as if the database went away (the district's credential: the test
        // dataset's powers belong to several agencies)
        FaultyDataSource.failOn("INSERT INTO power_item");

        PublicApi.Response r = api.upload(as.admin(), files);

        assertThat(FaultyDataSource.armed()).as("the failure was injected").isFalse();
        assertThat(r.status()).as(r.raw()).isEqualTo(500);
        assertThat(r.errorCode()).isEqualTo("INTERNAL");
        assertThat(r.raw()).contains("nothing was written").doesNotContain("SQL").doesNotContain("Exception");
        assertThat(DataSnapshot.of(jdbc, DataSnapshot.DATA_TABLES)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT action FROM audit_entry WHERE entity_type = 'dataset' ORDER BY id DESC LIMIT 1",
                String.class)).isEqualTo("IMPORT_FAILED");
    }

    @Test
    void theSameImportSentTwiceChangesNothingTheSecondTime() {
        DatasetBuilder data = DatasetBuilder.validDataset().withPenaltyDecisions();
        data.addDecision(TestDecision.decision(freshNumber()).build());
        Map<String, byte[]> files = files(data, DatasetBuilder.CALENDAR, DatasetBuilder.AGENCIES, DatasetBuilder.POWERS,
                DatasetBuilder.OFFICERS, DatasetBuilder.PENALTIES);
        assertThat(api.upload(as.admin(), files).status()).isEqualTo(200);
        Map<String, Object> before = DataSnapshot.of(jdbc, DataSnapshot.DATA_TABLES);

        PublicApi.Response again = api.upload(as.admin(), files);

        assertThat(again.status()).as(again.raw()).isEqualTo(200);
        // powers and decisions tell new from unchanged rows (agencies and officers are plain upserts: -1)
        assertThat(again.<List<Integer>>read("$.files[?(@.file in ['powers.csv', 'penalty_decisions.csv'])].written"))
                .containsExactly(0, 0);
        assertThat(DataSnapshot.of(jdbc, DataSnapshot.DATA_TABLES)).isEqualTo(before);
    }

    @Test
    void withoutACredentialOrWithTheWrongRoleNothingIsRead() {
        Map<String, byte[]> files = files(decisions(TestDecision.decision(freshNumber())), DatasetBuilder.PENALTIES);

        PublicApi.Response anonymous = api.upload(null, files);
        PublicApi.Response caseworker = api.upload(as.wrongRole(), files);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(caseworker.status()).isEqualTo(403);
        assertThat(caseworker.errorCode()).isEqualTo("FORBIDDEN");
    }
}
