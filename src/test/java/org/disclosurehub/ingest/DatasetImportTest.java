package org.disclosurehub.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.disclosurehub.support.DatasetBuilder.AGENCIES;
import static org.disclosurehub.support.DatasetBuilder.CALENDAR;
import static org.disclosurehub.support.DatasetBuilder.DEPARTMENT;
import static org.disclosurehub.support.DatasetBuilder.GOVERNMENT;
import static org.disclosurehub.support.DatasetBuilder.OFFICERS;
import static org.disclosurehub.support.DatasetBuilder.POWERS;
import static org.disclosurehub.support.DatasetBuilder.STREET_OFFICE;
import static org.disclosurehub.support.DatasetBuilder.TEAM;
import static org.disclosurehub.support.DatasetBuilder.TOWNSHIP;
import static org.disclosurehub.support.DatasetBuilder.uscc;
import static org.disclosurehub.support.DatasetBuilder.withWrongCheckCharacter;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.disclosurehub.agency.AgencyKind;
import org.disclosurehub.agency.AgencyRepository;
import org.disclosurehub.calendar.CalendarDayKind;
import org.disclosurehub.officer.CredentialStatus;
import org.disclosurehub.officer.OfficerRepository;
import org.disclosurehub.officer.StaffRole;
import org.disclosurehub.power.FieldValue;
import org.disclosurehub.power.PowerCategory;
import org.disclosurehub.power.PowerChange;
import org.disclosurehub.power.PowerChangeKind;
import org.disclosurehub.power.PowerRepository;
import org.disclosurehub.power.PowerStatus;
import org.disclosurehub.support.DatasetBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rules a dataset folder must follow to be imported (DATASET.md), as a data clerk would
 * read them. Each rule has a row that passes and a row that is rejected; a rejected import names
 * the file, the row (as a spreadsheet numbers it) and the column, and writes nothing at all.
 *
 * <p>Each test starts from {@link DatasetBuilder#validDataset()} on an empty database and breaks
 * exactly one thing. The database has no seed data, so counts are exact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"datahub.seed.enabled=false", "datahub.clock.fixed=2026-11-22T04:00:00Z"})
class DatasetImportTest {

    /** The day of the fixed clock in Beijing: changes that name no date of their own are dated today. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static final List<String> TABLES = List.of("calendar_day", "agency", "power_item", "power_change",
            "officer", "import_run");

    @Autowired
    DatasetImporter importer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    PowerRepository powers;
    @Autowired
    OfficerRepository officers;

    @TempDir
    Path dir;

    DatasetBuilder data = DatasetBuilder.validDataset();

    @BeforeEach
    void emptyDatabase() {
        TABLES.forEach(t -> jdbc.update("DELETE FROM " + t));
    }

    // ---------------------------------------------------------------------------------- helpers

    ImportReport importData() {
        return importer.importDataset(new FolderDataset(data.writeTo(dir)), false);
    }

    /** An expected problem: where it is and words its message must contain. */
    record Problem(String file, int row, String column, String says) {
    }

    static Problem problem(String file, int row, String column, String says) {
        return new Problem(file, row, column, says);
    }

    /** Imports the dataset and checks it is rejected with exactly these problems and writes nothing. */
    ImportReport assertRejected(Problem... expected) {
        ImportReport report = importData();
        assertThat(report.imported()).as("imported").isFalse();
        assertThat(report.errors())
                .as("problems found")
                .extracting(ImportError::file, ImportError::row, ImportError::column)
                .containsExactly(Arrays.stream(expected).map(p -> tuple(p.file(), p.row(), p.column())).toArray(
                        org.assertj.core.groups.Tuple[]::new));
        for (int i = 0; i < expected.length; i++) {
            assertThat(report.errors().get(i).message()).as(report.errors().get(i).toString()).contains(expected[i].says());
        }
        assertThat(report.errorCount()).isEqualTo(expected.length);
        assertNothingWritten();
        return report;
    }

    ImportReport assertImported() {
        ImportReport report = importData();
        assertThat(report.errors()).as("problems found").isEmpty();
        assertThat(report.imported()).isTrue();
        return report;
    }

    void assertNothingWritten() {
        for (String table : TABLES) {
            assertThat(count(table)).as("rows in " + table).isZero();
        }
    }

    long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, count(t)));
        return counts;
    }

    List<PowerChange> history(String powerCode) {
        return powers.histories(List.of(powerCode)).getOrDefault(powerCode, List.of());
    }

    static String statementOf(List<ImportError> errors) {
        return String.join("\n", errors.stream().map(ImportError::toString).toList());
    }

    // ------------------------------------------------------------------------------ the baseline

    @Test
    void aValidDatasetIsImportedCompletely() {
        ImportReport report = assertImported();

        assertThat(report.files()).extracting(ImportReport.FileSummary::file, ImportReport.FileSummary::rows)
                .containsExactly(tuple(CALENDAR, 2L), tuple(AGENCIES, 5L), tuple(POWERS, 3L), tuple(OFFICERS, 3L));
        assertThat(report.rows()).isEqualTo(13);
        assertThat(rowCounts()).isEqualTo(Map.of("calendar_day", 2L, "agency", 5L, "power_item", 3L,
                "power_change", 3L, "officer", 3L, "import_run", 1L));
        assertThat(history("XK-001")).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(PowerChangeKind.ADDED);
            assertThat(c.effectiveOn()).isEqualTo(LocalDate.of(2021, 1, 1));
        });
        assertThat(agencies.find(TEAM)).hasValueSatisfying(a -> {
            assertThat(a.kind()).isEqualTo(AgencyKind.ENFORCEMENT_TEAM);
            assertThat(a.parentCode()).isEqualTo(STREET_OFFICE);
            assertThat(a.address()).as("an empty field is null").isNull();
        });
        assertThat(jdbc.queryForObject("SELECT row_count FROM import_run", Long.class)).isEqualTo(13);
    }

    @Test
    void columnsMayComeInAnyOrder() {
        data.withColumnsReversed(AGENCIES).withColumnsReversed(OFFICERS);
        assertImported();
        assertThat(agencies.find(DEPARTMENT)).hasValueSatisfying(a -> {
            assertThat(a.name()).isEqualTo("北京市朝阳区市场监督管理局");
            assertThat(a.parentCode()).isEqualTo(GOVERNMENT);
        });
    }

    @Test
    void aFileSavedByExcelWithAByteOrderMarkAndWindowsLineEndingsIsImported() {
        data.withByteOrderMark().withWindowsLineEndings();
        assertImported();
        assertThat(agencies.find(GOVERNMENT)).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("北京市朝阳区人民政府"));
        assertThat(officers.find("FZ-110105-0019")).hasValueSatisfying(o -> assertThat(o.duties()).isEqualTo("协助开展巡查"));
    }

    @Test
    void aFolderWithALongNameIsImported() {
        dir = dir.resolve("报送数据").resolve("北京市朝阳区市场监督管理局").resolve("2026年11月报送的权力清单、执法人员名单和节假日安排");
        assertImported();
        assertThat(jdbc.queryForList("SELECT DISTINCT source FROM power_change", String.class))
                .containsExactly(dir.toAbsolutePath().normalize().toString());
    }

    @Test
    void everyFileIsOptional() {
        data.only(CALENDAR);
        ImportReport report = assertImported();
        assertThat(report.files()).extracting(ImportReport.FileSummary::file).containsExactly(CALENDAR);
        assertThat(count("calendar_day")).isEqualTo(2);
        assertThat(count("agency")).isZero();
    }

    @Test
    void otherFilesThanCsvFilesInTheFolderAreIgnored() {
        data.withFile("README.md", "说明".getBytes(StandardCharsets.UTF_8));
        assertImported();
    }

    // --------------------------------------------------------------------- unified credit codes

    @Nested
    class CreditCodes {

        @Test
        void anAgencyCodeMustPassTheCheckCharacterTest() {
            int row = data.addRow(AGENCIES, "code", withWrongCheckCharacter(uscc(950)));
            assertRejected(problem(AGENCIES, row, "code", "the check character is wrong"));
        }

        @Test
        void aParentCodeMustPassTheCheckCharacterTest() {
            int row = data.addRow(AGENCIES, "parent_code", withWrongCheckCharacter(GOVERNMENT));
            assertRejected(problem(AGENCIES, row, "parent_code", "the check character is wrong"));
        }

        @Test
        void aPowersAgencyCodeMustPassTheCheckCharacterTest() {
            data.set(POWERS, 3, "agency_code", withWrongCheckCharacter(DEPARTMENT));
            assertRejected(problem(POWERS, 3, "agency_code", "the check character is wrong"));
        }

        @Test
        void anOfficersAgencyCodeMustPassTheCheckCharacterTest() {
            data.set(OFFICERS, 4, "agency_code", withWrongCheckCharacter(TEAM));
            assertRejected(problem(OFFICERS, 4, "agency_code", "the check character is wrong"));
        }

        @ParameterizedTest
        @CsvSource({
                "11110105000000027, has 17",
                "1111010500000002OU, character 17 ('O') is not allowed",
                "11110105000000027u, character 18 ('u') is not allowed"})
        void anAgencyCodeMustBeEighteenAllowedCharacters(String code, String says) {
            int row = data.addRow(AGENCIES, "code", code);
            assertRejected(problem(AGENCIES, row, "code", says));
        }

        @Test
        void theMessageQuotesTheCodeSoTheClerkCanFindIt() {
            String code = withWrongCheckCharacter(uscc(951));
            int row = data.addRow(AGENCIES, "code", code);
            ImportReport report = assertRejected(problem(AGENCIES, row, "code", "'" + code + "' is not valid"));
            assertThat(report.errors().get(0).toString()).startsWith("agencies.csv row " + row + " column code: ");
        }

        @Test
        void everyCodeInTheValidDatasetPasses() {
            assertImported();
            assertThat(agencies.refs()).containsOnlyKeys(GOVERNMENT, DEPARTMENT, STREET_OFFICE, TEAM, TOWNSHIP);
        }
    }

    // --------------------------------------------------------------------------- lists of values

    @Nested
    class ListsOfValues {

        @ParameterizedTest(name = "{0} {1} = {2}")
        @CsvSource({
                "agencies.csv, kind, 街道办事处",
                "agencies.csv, kind, department",
                "powers.csv, category, 行政许可",
                "powers.csv, category, licensing",
                "powers.csv, status, CANCELLED",
                "officers.csv, role, INSPECTOR",
                "officers.csv, credential_status, ACTIVE",
                "calendar.csv, kind, 假日"})
        void aValueOutsideTheListIsRejectedAndTheListIsNamed(String file, String column, String value) {
            int row = data.addRow(file, column, value);
            assertRejected(problem(file, row, column, "'" + value + "' is not one of "));
        }

        @Test
        void theMessageNamesEveryAllowedValue() {
            data.set(POWERS, 2, "category", "许可");
            ImportReport report = assertRejected(problem(POWERS, 2, "category", "is not one of"));
            assertThat(report.errors().get(0).message()).isEqualTo("'许可' is not one of PENALTY, LICENSING, COERCION,"
                    + " INSPECTION, LEVY, PAYMENT, CONFIRMATION, REWARD, ADJUDICATION, OTHER");
        }

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource({"agencies.csv, kind", "powers.csv, category", "powers.csv, status", "officers.csv, role",
                "officers.csv, credential_status", "calendar.csv, kind"})
        void aListValueIsRequired(String file, String column) {
            int row = data.addRow(file, column, "");
            assertRejected(problem(file, row, column, "is required; one of "));
        }

        static Stream<Arguments> everyValue() {
            return Stream.of(
                    Arguments.of(AGENCIES, "kind", names(AgencyKind.class), List.of("parent_code", STREET_OFFICE)),
                    Arguments.of(POWERS, "category", names(PowerCategory.class), List.of()),
                    Arguments.of(POWERS, "status", names(PowerStatus.class), List.of("effective_to", "2026-06-30")),
                    Arguments.of(OFFICERS, "role", names(StaffRole.class), List.of()),
                    Arguments.of(OFFICERS, "credential_status", names(CredentialStatus.class), List.of()));
        }

        static List<String> names(Class<? extends Enum<?>> type) {
            return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        }

        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("everyValue")
        void everyValueOfTheListIsAccepted(String file, String column, List<String> values, List<String> alsoSet) {
            for (String value : values) {
                List<String> cells = new ArrayList<>(List.of(column, value));
                cells.addAll(alsoSet);
                data.addRow(file, cells.toArray(String[]::new));
            }
            assertImported();
            String table = file.equals(AGENCIES) ? "agency" : file.equals(POWERS) ? "power_item" : "officer";
            assertThat(jdbc.queryForList("SELECT DISTINCT " + column + " FROM " + table, String.class))
                    .containsExactlyInAnyOrderElementsOf(values);
        }

        @Test
        void bothCalendarKindsAreAccepted() {
            assertImported();
            assertThat(jdbc.queryForList("SELECT kind FROM calendar_day ORDER BY day", String.class))
                    .containsExactly(CalendarDayKind.HOLIDAY.name(), CalendarDayKind.WORKDAY.name());
        }
    }

    // ------------------------------------------------------------------------------------ dates

    @Nested
    class Dates {

        @ParameterizedTest(name = "{0} {1} = {2}")
        @CsvSource({
                "calendar.csv, date, 国庆节",
                "calendar.csv, date, 2025-02-30",
                "calendar.csv, date, 2026/10/01",
                "powers.csv, effective_from, 2025-02-30",
                "powers.csv, effective_from, 2021-1-1",
                "powers.csv, effective_to, 2025-13-01",
                "officers.csv, issued_on, 20.10.2024",
                "officers.csv, issued_on, 2023-02-29",
                "officers.csv, expires_on, 2029-10-20T00:00:00+08:00"})
        void aDateMustBeARealDayWrittenYyyyMmDd(String file, String column, String value) {
            data.set(file, 2, column, value);
            assertRejected(problem(file, 2, column, "'" + value + "' is not a date (yyyy-MM-dd)"));
        }

        @Test
        void aLeapDayIsADate() {
            data.set(OFFICERS, 2, "issued_on", "2024-02-29");
            assertImported();
            assertThat(officers.find("1101050000101")).hasValueSatisfying(
                    o -> assertThat(o.issuedOn()).isEqualTo(LocalDate.of(2024, 2, 29)));
        }

        @Test
        void aPowerMustSayFromWhenItApplies() {
            data.set(POWERS, 4, "effective_from", "");
            assertRejected(problem(POWERS, 4, "effective_from", "is required (a date, yyyy-MM-dd)"));
        }
    }

    // ---------------------------------------------------------------------------------- booleans

    @Nested
    class Booleans {

        @ParameterizedTest
        @ValueSource(strings = {"TRUE", "yes", "1", "是"})
        void randomInspectionMustBeTrueOrFalse(String value) {
            data.set(POWERS, 3, "random_inspection", value);
            assertRejected(problem(POWERS, 3, "random_inspection", "'" + value + "' is not true or false"));
        }

        @Test
        void randomInspectionIsRequired() {
            data.set(POWERS, 3, "random_inspection", "");
            assertRejected(problem(POWERS, 3, "random_inspection", "is required (true or false)"));
        }

        @Test
        void trueAndFalseAreStoredAsWritten() {
            assertImported();
            assertThat(powers.find("XK-001")).hasValueSatisfying(p -> assertThat(p.randomInspection()).isFalse());
            assertThat(powers.find("CF-002")).hasValueSatisfying(p -> assertThat(p.randomInspection()).isTrue());
        }
    }

    // ---------------------------------------------------------------------------- header and rows

    @Nested
    class HeaderAndRows {

        @Test
        void anUnknownColumnIsRejected() {
            data.withExtraColumn(OFFICERS, "备注", "");
            assertRejected(problem(OFFICERS, 1, "备注", "is not a column of officers.csv; expected credential_no, name,"));
        }

        @Test
        void aMissingColumnIsRejectedEvenIfItsValuesCouldBeEmpty() {
            data.withoutColumn(POWERS, "discretion_standard");
            assertRejected(problem(POWERS, 1, "discretion_standard", "is missing from the header"));
        }

        @Test
        void aHeaderProblemIsReportedOnceNotOnEveryRow() {
            data.withoutColumn(CALENDAR, "name").withExtraColumn(CALENDAR, "remarks", "");
            assertRejected(
                    problem(CALENDAR, 1, "name", "is missing from the header"),
                    problem(CALENDAR, 1, "remarks", "is not a column of calendar.csv"));
        }

        @Test
        void aColumnMayNotAppearTwice() {
            data.withColumnTwice(OFFICERS, "name");
            assertRejected(problem(OFFICERS, 1, "name", "appears twice in the header"));
        }

        @Test
        void aRowWithTooFewFieldsIsRejected() {
            int row = data.addRawLine(CALENDAR, "2026-10-02,HOLIDAY");
            assertRejected(problem(CALENDAR, row, null, "has 2 fields but the header has 3"));
        }

        @Test
        void aRowWithTooManyFieldsIsRejected() {
            int row = data.addRawLine(CALENDAR, "2026-10-02,HOLIDAY,国庆节,多余");
            assertRejected(problem(CALENDAR, row, null, "has 4 fields but the header has 3"));
        }

        @Test
        void blankLinesAreSkippedButStillCountedAsRows() {
            data.addRawLine(CALENDAR, "");
            int row = data.addRow(CALENDAR, "kind", "BAD");
            assertThat(row).isEqualTo(5);
            assertRejected(problem(CALENDAR, 5, "kind", "'BAD' is not one of"));
        }

        @Test
        void anUnclosedQuoteIsReportedAtTheRowWhereItStarts() {
            data.addRawLine(POWERS, "T-1,\"" + DEPARTMENT + ",名称,OTHER,,,false,,ACTIVE,2021-01-01,");
            assertRejected(problem(POWERS, 5, null, "is not valid CSV: a quoted field is not closed"));
        }

        @Test
        void aStrayQuoteIsReportedWithItsRow() {
            data.addRawLine(POWERS, "T-1," + DEPARTMENT + ",对\"三无\"产品的处罚,PENALTY,,,false,,ACTIVE,2021-01-01,");
            assertRejected(problem(POWERS, 5, null, "is not valid CSV: a quote (\") inside an unquoted field"));
        }

        @Test
        void aQuotedFieldSpanningLinesIsOneRowSoLaterRowNumbersMatchTheSpreadsheet() {
            data.set(AGENCIES, 2, "address", "北京市朝阳区\n和平街北口203号");
            data.set(AGENCIES, 3, "functions", "第一项职责，\n第二项职责。\n第三项职责。");
            data.set(AGENCIES, 6, "kind", "VILLAGE");
            assertThat(data.text(AGENCIES).lines().count()).as("lines in the file").isEqualTo(9);
            assertRejected(problem(AGENCIES, 6, "kind", "'VILLAGE' is not one of"));
        }

        @Test
        void aQuotedFieldSpanningLinesIsStoredWithItsLineBreaks() {
            data.set(AGENCIES, 2, "address", "北京市朝阳区\n和平街北口203号");
            data.set(AGENCIES, 2, "office_hours", "周一至周五 9:00-12:00, 13:00-17:00，\"法定节假日\"除外");
            assertImported();
            assertThat(agencies.find(GOVERNMENT)).hasValueSatisfying(a -> {
                assertThat(a.address()).isEqualTo("北京市朝阳区\n和平街北口203号");
                assertThat(a.officeHours()).isEqualTo("周一至周五 9:00-12:00, 13:00-17:00，\"法定节假日\"除外");
            });
        }

        @Test
        void aFileWithoutAHeaderIsRejected() {
            data.withFile(OFFICERS, new byte[0]);
            assertRejected(problem(OFFICERS, 1, null, "the header row is missing"));
        }
    }

    // ------------------------------------------------------------------------------------ files

    @Nested
    class Folder {

        @Test
        void aCsvFileThatIsNotPartOfTheContractIsRejected() {
            data.withFile("agency.csv", data.text(AGENCIES).getBytes(StandardCharsets.UTF_8));
            assertRejected(problem("agency.csv", 0, null, "is not a file of the dataset contract; expected calendar.csv,"));
        }

        @Test
        void aFileThatIsNotUtf8IsRejectedAtTheFirstRowThatIsNot() {
            data.encoded(OFFICERS, Charset.forName("GB18030"));
            assertRejected(problem(OFFICERS, 2, null, "is not valid UTF-8"));
        }

        @Test
        void aFileThatTurnsNonUtf8FurtherDownIsRejectedAtThatRow() {
            StringBuilder text = new StringBuilder("date,kind,name\n");
            for (int week = 0; week < 3000; week++) {
                text.append(LocalDate.of(2030, 1, 7).plusWeeks(week)).append(",HOLIDAY,假日\n");
            }
            byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
            byte[] gbk = "2100-01-04,HOLIDAY,元旦\n".getBytes(Charset.forName("GB18030"));
            byte[] file = Arrays.copyOf(utf8, utf8.length + gbk.length);
            System.arraycopy(gbk, 0, file, utf8.length, gbk.length);
            data.only(AGENCIES).withFile(CALENDAR, file);
            assertRejected(problem(CALENDAR, 3002, null, "is not valid UTF-8"));
        }

        @Test
        void everyBadRowOfEveryFileIsReportedAtOnceAndNothingIsWritten() {
            int agencyRow = data.addRow(AGENCIES, "kind", "BUREAU");
            data.set(OFFICERS, 3, "credential_status", "LOST");
            assertRejected(
                    problem(AGENCIES, agencyRow, "kind", "'BUREAU' is not one of"),
                    problem(OFFICERS, 3, "credential_status", "'LOST' is not one of"));
            // nothing means nothing: not the good calendar, not the good powers either
        }

        @Test
        void everyProblemOfOneRowIsReported() {
            data.set(POWERS, 2, "category", "X");
            data.set(POWERS, 2, "status", "Y");
            data.set(POWERS, 2, "random_inspection", "Z");
            assertRejected(
                    problem(POWERS, 2, "category", "'X' is not one of"),
                    problem(POWERS, 2, "random_inspection", "'Z' is not true or false"),
                    problem(POWERS, 2, "status", "'Y' is not one of"));
        }

        @Test
        void problemsAreListedInImportOrderOfTheFilesThenByRow() {
            data.set(OFFICERS, 2, "role", "X");
            data.set(POWERS, 4, "category", "X");
            data.set(POWERS, 2, "category", "X");
            data.set(CALENDAR, 3, "kind", "X");
            assertRejected(
                    problem(CALENDAR, 3, "kind", "not one of"),
                    problem(POWERS, 2, "category", "not one of"),
                    problem(POWERS, 4, "category", "not one of"),
                    problem(OFFICERS, 2, "role", "not one of"));
        }
    }

    // -------------------------------------------------------------------------------------- keys

    @Nested
    class Keys {

        @ParameterizedTest
        @CsvSource({"calendar.csv, date", "agencies.csv, code", "powers.csv, code", "officers.csv, credential_no"})
        void twoRowsWithTheSameKeyAreBothReported(String file, String keyColumn) {
            String key = data.get(file, 2, keyColumn);
            int again = data.addRow(file, keyColumn, key);
            assertRejected(
                    problem(file, 2, keyColumn, "appears again in row " + again),
                    problem(file, again, keyColumn, "already appears in row 2"));
        }

        @Test
        void aKeyThatAppearsThreeTimesIsReportedOnEveryRow() {
            int second = data.addRow(POWERS, "code", "XK-001");
            int third = data.addRow(POWERS, "code", "XK-001");
            assertRejected(
                    problem(POWERS, 2, "code", "appears again in row " + second),
                    problem(POWERS, second, "code", "already appears in row 2"),
                    problem(POWERS, third, "code", "already appears in row 2"));
        }
    }

    // -------------------------------------------------------------------------------- references

    @Nested
    class References {

        @Test
        void aPowerMustBelongToAKnownAgency() {
            String unknown = uscc(960);
            data.set(POWERS, 3, "agency_code", unknown);
            assertRejected(problem(POWERS, 3, "agency_code", "no agency with code " + unknown));
        }

        @Test
        void anOfficerMustBelongToAKnownAgency() {
            String unknown = uscc(961);
            data.set(OFFICERS, 2, "agency_code", unknown);
            assertRejected(problem(OFFICERS, 2, "agency_code", "no agency with code " + unknown));
        }

        @Test
        void aParentMustBeAKnownAgency() {
            String unknown = uscc(962);
            data.set(AGENCIES, 3, "parent_code", unknown);
            assertRejected(problem(AGENCIES, 3, "parent_code", "no agency with code " + unknown));
        }

        @Test
        void aParentMayComeLaterInTheSameFile() {
            String laterParent = uscc(963);
            data.addRow(AGENCIES, "name", "下级机关", "kind", "DEPARTMENT", "parent_code", laterParent);
            data.addRow(AGENCIES, "code", laterParent, "name", "列在下级之后的上级机关");
            // the valid dataset itself lists the team (row 5) after its street office (row 4);
            // here a child comes before its parent
            assertImported();
            assertThat(count("agency")).isEqualTo(7);
        }

        @Test
        void anAgencyCannotBeItsOwnParent() {
            data.set(AGENCIES, 6, "parent_code", TOWNSHIP);
            assertRejected(problem(AGENCIES, 6, "parent_code", "an agency cannot be its own parent"));
        }

        @Test
        void aRowMayReferToAnAgencyImportedEarlier() {
            data.only(AGENCIES);
            assertImported();
            data = DatasetBuilder.validDataset().only(POWERS, OFFICERS);
            ImportReport report = assertImported();
            assertThat(report.rows()).isEqualTo(6);
            assertThat(count("power_item")).isEqualTo(3);
            assertThat(count("officer")).isEqualTo(3);
        }

        @Test
        void aRowReferringToARejectedAgencyIsRejectedToo() {
            data.set(AGENCIES, 3, "district", "");
            assertRejected(
                    problem(AGENCIES, 3, "district", "is required"),
                    problem(POWERS, 2, "agency_code", "no agency with code " + DEPARTMENT),
                    problem(POWERS, 3, "agency_code", "no agency with code " + DEPARTMENT),
                    problem(OFFICERS, 2, "agency_code", "no agency with code " + DEPARTMENT));
        }
    }

    // --------------------------------------------------------------------------- agencies' rules

    @Nested
    class EnforcementTeams {

        @Test
        void aTeamMustNameTheStreetOfficeOrTownshipItActsFor() {
            data.only(AGENCIES).set(AGENCIES, 5, "parent_code", "");
            assertRejected(problem(AGENCIES, 5, "parent_code", "is required for an ENFORCEMENT_TEAM"));
        }

        @Test
        void aTeamCannotWorkForADepartment() {
            data.set(AGENCIES, 5, "parent_code", DEPARTMENT);
            assertRejected(problem(AGENCIES, 5, "parent_code",
                    "an ENFORCEMENT_TEAM works for a STREET_OFFICE or TOWNSHIP, but " + DEPARTMENT + " is a DEPARTMENT"));
        }

        @Test
        void aTeamMayWorkForATownship() {
            data.set(AGENCIES, 5, "parent_code", TOWNSHIP);
            assertImported();
            assertThat(agencies.find(TEAM)).hasValueSatisfying(a -> assertThat(a.parentCode()).isEqualTo(TOWNSHIP));
        }

        @Test
        void aTeamHoldsNoPowersOfItsOwn() {
            data.set(POWERS, 4, "agency_code", TEAM);
            assertRejected(problem(POWERS, 4, "agency_code", "an ENFORCEMENT_TEAM holds no powers of its own"));
        }

        @Test
        void aTeamMayHaveOfficersAndAuxiliaryStaff() {
            assertImported();
            assertThat(officers.find("1101050000102")).hasValueSatisfying(o -> assertThat(o.agencyCode()).isEqualTo(TEAM));
        }
    }

    // ------------------------------------------------------------------------------ powers' rules

    @Nested
    class PowersRules {

        @Test
        void aRepealedItemMustSayWhenItCeasedToApply() {
            data.set(POWERS, 2, "status", "REPEALED");
            assertRejected(problem(POWERS, 2, "effective_to", "is required for a REPEALED item"));
        }

        @Test
        void aRepealedItemWithItsEndDateIsImportedWithItsHistory() {
            data.set(POWERS, 2, "status", "REPEALED").set(POWERS, 2, "effective_to", "2024-06-30");
            assertImported();
            assertThat(history("XK-001")).extracting(PowerChange::kind, PowerChange::effectiveOn).containsExactly(
                    tuple(PowerChangeKind.ADDED, LocalDate.of(2021, 1, 1)),
                    tuple(PowerChangeKind.REPEALED, LocalDate.of(2024, 6, 30)));
        }

        @Test
        void anItemCannotEndBeforeItStarts() {
            data.set(POWERS, 3, "effective_to", "2022-02-28");
            assertRejected(problem(POWERS, 3, "effective_to", "is before effective_from (2022-03-01)"));
        }

        @Test
        void anItemMayEndOnTheDayItStarts() {
            data.set(POWERS, 3, "effective_to", "2022-03-01");
            assertImported();
        }

        @Test
        void aNameIsRequired() {
            data.set(POWERS, 2, "name", " ");
            assertRejected(problem(POWERS, 2, "name", "is required"));
        }
    }

    // ---------------------------------------------------------------------------- officers' rules

    @Nested
    class OfficersRules {

        @Test
        void aCredentialMustExpireAfterItWasIssued() {
            data.set(OFFICERS, 2, "expires_on", "2024-10-20");
            assertRejected(problem(OFFICERS, 2, "expires_on", "must be after issued_on (2024-10-20)"));
        }

        @Test
        void aCredentialCannotExpireBeforeItWasIssued() {
            data.set(OFFICERS, 2, "expires_on", "2019-10-20");
            assertRejected(problem(OFFICERS, 2, "expires_on", "must be after issued_on"));
        }

        @Test
        void anOfficersCredentialMustSayWhenItWasIssued() {
            data.set(OFFICERS, 3, "issued_on", "");
            assertRejected(problem(OFFICERS, 3, "issued_on", "is required"));
        }

        @Test
        void anOfficersCredentialMustSayWhenItExpires() {
            data.set(OFFICERS, 3, "expires_on", "");
            assertRejected(problem(OFFICERS, 3, "expires_on", "is required"));
        }

        @Test
        void anAuxiliaryWorkCardNeedNotBeDated() {
            assertImported();
            assertThat(officers.find("FZ-110105-0019")).hasValueSatisfying(o -> {
                assertThat(o.role()).isEqualTo(StaffRole.AUXILIARY);
                assertThat(o.issuedOn()).isNull();
                assertThat(o.expiresOn()).isNull();
            });
        }

        @Test
        void aCredentialNumberWithSpacesAroundItIsRejected() {
            data.set(OFFICERS, 2, "credential_no", " 1101050000101");
            assertRejected(problem(OFFICERS, 2, "credential_no", "has leading or trailing spaces"));
        }

        @Test
        void problemsWithAnOfficerNeverQuoteTheirName() {
            String name = "欧阳" + "娜".repeat(99);
            data.set(OFFICERS, 2, "name", name);
            data.set(OFFICERS, 2, "issued_on", "2030-01-01");
            data.addRawLine(OFFICERS, "1101050000199,欧阳娜娜," + DEPARTMENT + ",OFFICER");
            ImportReport report = assertRejected(
                    problem(OFFICERS, 2, "expires_on", "must be after issued_on"),
                    problem(OFFICERS, 2, "name", "is longer than 100 characters"),
                    problem(OFFICERS, 5, null, "has 4 fields but the header has 9"));
            assertThat(statementOf(report.errors())).doesNotContain("欧阳");
        }
    }

    // ---------------------------------------------------------------------------- calendar's rules

    @Nested
    class CalendarRules {

        @Test
        void aHolidayIsAWeekdayThatIsOff() {
            data.set(CALENDAR, 2, "date", "2026-10-03");
            assertRejected(problem(CALENDAR, 2, "kind", "HOLIDAY marks a weekday that is off, but 2026-10-03 is a SATURDAY"));
        }

        @Test
        void aWorkdayIsAWeekendDayThatIsWorked() {
            data.set(CALENDAR, 3, "date", "2026-10-09");
            assertRejected(problem(CALENDAR, 3, "kind", "WORKDAY marks a weekend day that is worked, but 2026-10-09 is a FRIDAY"));
        }

        @Test
        void aHolidayOnAWeekdayAndAWorkdayOnASundayAreAccepted() {
            data.set(CALENDAR, 3, "date", "2026-09-20");
            assertImported();
            assertThat(jdbc.queryForList("SELECT CONCAT(day, ' ', kind) FROM calendar_day ORDER BY day", String.class))
                    .containsExactly("2026-09-20 WORKDAY", "2026-10-01 HOLIDAY");
        }
    }

    // ---------------------------------------------------------------------------- Chinese text

    @Nested
    class ChineseText {

        @Test
        void chineseTextRoundTripsExactlyIncludingCharactersOutsideTheBasicPlane() {
            String agencyName = "北京市朝阳区𠀋村镇人民政府（试点）";
            String officerName = "𠀋𡈼";
            String legalBasis = "《中华人民共和国行政处罚法》第二十八条第一款：“……责令当事人改正或者限期改正违法行为。”";
            data.set(AGENCIES, 6, "name", agencyName);
            data.set(OFFICERS, 2, "name", officerName);
            data.set(POWERS, 2, "legal_basis", legalBasis);
            assertImported();
            assertThat(agencies.find(TOWNSHIP)).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo(agencyName));
            assertThat(officers.find("1101050000101")).hasValueSatisfying(o -> assertThat(o.name()).isEqualTo(officerName));
            assertThat(powers.find("XK-001")).hasValueSatisfying(p -> assertThat(p.legalBasis()).isEqualTo(legalBasis));
            assertThat(jdbc.queryForObject("SELECT CHAR_LENGTH(name) FROM officer WHERE credential_no = '1101050000101'",
                    Integer.class)).as("characters stored").isEqualTo(2);
        }

        @Test
        void lengthLimitsCountCharactersNotBytes() {
            data.set(AGENCIES, 6, "name", "𠀋".repeat(200));
            int tooLong = data.addRow(AGENCIES, "name", "𠀋".repeat(201));
            assertRejected(problem(AGENCIES, tooLong, "name", "is longer than 200 characters"));
            data.set(AGENCIES, tooLong, "name", "北京市朝阳区某某机关");
            assertImported();
            assertThat(agencies.find(TOWNSHIP)).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("𠀋".repeat(200)));
        }
    }

    // ------------------------------------------------------------------------------- re-import

    @Nested
    class Reimport {

        @Test
        void importingTheSameFolderTwiceChangesNothingTheSecondTime() {
            assertImported();
            Map<String, Long> before = rowCounts();
            List<Map<String, Object>> historyBefore = jdbc.queryForList("SELECT * FROM power_change ORDER BY id");
            List<Map<String, Object>> agenciesBefore = jdbc.queryForList("SELECT * FROM agency ORDER BY code");
            List<Map<String, Object>> powersBefore = jdbc.queryForList("SELECT * FROM power_item ORDER BY code");
            List<Map<String, Object>> officersBefore = jdbc.queryForList("SELECT * FROM officer ORDER BY credential_no");

            ImportReport second = assertImported();

            assertThat(second.files()).filteredOn(f -> f.file().equals(POWERS)).singleElement()
                    .satisfies(f -> assertThat(f.written()).as("powers new or changed").isZero());
            Map<String, Long> after = rowCounts();
            assertThat(after.get("import_run")).as("the second import is logged").isEqualTo(2);
            after.remove("import_run");
            before.remove("import_run");
            assertThat(after).isEqualTo(before);
            assertThat(jdbc.queryForList("SELECT * FROM power_change ORDER BY id")).isEqualTo(historyBefore);
            assertThat(jdbc.queryForList("SELECT * FROM agency ORDER BY code")).isEqualTo(agenciesBefore);
            assertThat(jdbc.queryForList("SELECT * FROM power_item ORDER BY code")).isEqualTo(powersBefore);
            assertThat(jdbc.queryForList("SELECT * FROM officer ORDER BY credential_no")).isEqualTo(officersBefore);
        }

        @Test
        void aChangedLegalBasisIsRecordedAsAnAdjustmentThatKeepsThePreviousText() {
            assertImported();
            String old = data.get(POWERS, 2, "legal_basis");
            data.set(POWERS, 2, "legal_basis", "《中华人民共和国食品安全法》（2021年修正）第三十五条");
            ImportReport report = assertImported();

            assertThat(report.files()).filteredOn(f -> f.file().equals(POWERS)).singleElement()
                    .satisfies(f -> assertThat(f.written()).isEqualTo(1));
            assertThat(powers.find("XK-001")).hasValueSatisfying(
                    p -> assertThat(p.legalBasis()).isEqualTo("《中华人民共和国食品安全法》（2021年修正）第三十五条"));
            assertThat(history("XK-001")).extracting(PowerChange::kind)
                    .containsExactly(PowerChangeKind.ADDED, PowerChangeKind.ADJUSTED);
            assertThat(history("XK-001").get(1)).satisfies(c -> {
                assertThat(c.effectiveOn()).isEqualTo(TODAY);
                assertThat(c.changedFields()).containsExactly("legalBasis");
                assertThat(c.previousValues()).containsExactly(new FieldValue("legalBasis", old));
            });
            assertThat(history("CF-002")).as("other items are untouched").hasSize(1);
        }

        @Test
        void aNewAgencyIsRecordedAsATransfer() {
            assertImported();
            data.set(POWERS, 3, "agency_code", STREET_OFFICE);
            assertImported();

            assertThat(powers.find("CF-002")).hasValueSatisfying(p -> assertThat(p.agencyCode()).isEqualTo(STREET_OFFICE));
            assertThat(history("CF-002")).extracting(PowerChange::kind, PowerChange::fromAgencyCode,
                    PowerChange::toAgencyCode, PowerChange::effectiveOn).containsExactly(
                    tuple(PowerChangeKind.ADDED, null, null, LocalDate.of(2022, 3, 1)),
                    tuple(PowerChangeKind.TRANSFERRED, DEPARTMENT, STREET_OFFICE, TODAY));
        }

        @Test
        void aRepealIsRecordedOnTheDayTheItemCeasedToApply() {
            assertImported();
            data.set(POWERS, 4, "status", "REPEALED").set(POWERS, 4, "effective_to", "2026-11-01");
            assertImported();

            assertThat(powers.find("JC-003")).hasValueSatisfying(p -> {
                assertThat(p.status()).isEqualTo(PowerStatus.REPEALED);
                assertThat(p.effectiveTo()).isEqualTo(LocalDate.of(2026, 11, 1));
            });
            assertThat(history("JC-003")).extracting(PowerChange::kind, PowerChange::effectiveOn).containsExactly(
                    tuple(PowerChangeKind.ADDED, LocalDate.of(2020, 5, 1)),
                    tuple(PowerChangeKind.REPEALED, LocalDate.of(2026, 11, 1)));
        }

        @Test
        void successiveChangesAllStayInTheHistory() {
            assertImported();
            String first = data.get(POWERS, 2, "legal_basis");
            data.set(POWERS, 2, "legal_basis", "第二版依据");
            assertImported();
            data.set(POWERS, 2, "legal_basis", "第三版依据");
            assertImported();
            assertThat(history("XK-001")).extracting(c -> c.previousValues().isEmpty() ? null : c.previousValues().get(0).value())
                    .containsExactly(null, first, "第二版依据");
        }

        @Test
        void aRejectedReimportLeavesThePreviousImportAsItWas() {
            assertImported();
            Map<String, Long> before = rowCounts();
            data.set(POWERS, 2, "legal_basis", "新依据");
            data.set(OFFICERS, 2, "credential_status", "LOST");
            ImportReport report = importData();
            assertThat(report.imported()).isFalse();
            assertThat(rowCounts()).isEqualTo(before);
            assertThat(powers.find("XK-001")).hasValueSatisfying(p -> assertThat(p.legalBasis()).isNotEqualTo("新依据"));
        }

        @Test
        void anAgencysPhoneIsUpdatedInPlace() {
            assertImported();
            data.set(AGENCIES, 3, "consult_phone", "010-8888-1234");
            assertImported();
            assertThat(count("agency")).isEqualTo(5);
            assertThat(agencies.find(DEPARTMENT)).hasValueSatisfying(a -> {
                assertThat(a.consultPhone()).isEqualTo("010-8888-1234");
                assertThat(a.supervisionPhone()).isEqualTo("010-0000-2002");
            });
        }

        @Test
        void anOfficersCredentialStatusIsUpdatedInPlace() {
            assertImported();
            data.set(OFFICERS, 2, "credential_status", "SUSPENDED");
            assertImported();
            assertThat(count("officer")).isEqualTo(3);
            assertThat(officers.find("1101050000101")).hasValueSatisfying(
                    o -> assertThat(o.credentialStatus()).isEqualTo(CredentialStatus.SUSPENDED));
        }
    }

    // ------------------------------------------------------------------------ the import command

    @Nested
    class Command {

        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        String printed() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        @Test
        void exitsWith0AndSaysWhatWasImported() {
            int exit = ImportCommand.run(importer, data.writeTo(dir), out);
            assertThat(exit).isEqualTo(ImportCommand.IMPORTED).isZero();
            assertThat(printed()).contains("Imported " + dir.toAbsolutePath().normalize(), "agencies.csv", "5 rows",
                    "3 new or changed", "13 rows in");
        }

        @Test
        void exitsWith1AndListsEveryProblemWithItsRow() {
            int row = data.addRow(AGENCIES, "kind", "BUREAU");
            data.set(OFFICERS, 3, "credential_status", "LOST");
            int exit = ImportCommand.run(importer, data.writeTo(dir), out);
            assertThat(exit).isEqualTo(ImportCommand.REJECTED).isEqualTo(1);
            assertThat(printed()).contains("2 problems; nothing was written.",
                    "agencies.csv row " + row + " column kind: 'BUREAU' is not one of",
                    "officers.csv row 3 column credential_status: 'LOST' is not one of");
            assertNothingWritten();
        }

        @Test
        void aMissingFolderIsAUsageErrorWithExitCode2() {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Path missing = dir.resolve("no-such-folder");
            assertThat(ImportCommand.folder(new String[] {"import", missing.toString()},
                    new PrintStream(err, true, StandardCharsets.UTF_8))).isNull();
            assertThat(err.toString(StandardCharsets.UTF_8)).contains(missing + " is not a folder");
            assertThat(ImportCommand.USAGE_OR_ENVIRONMENT).isEqualTo(2);
        }

        @Test
        void aFileInsteadOfAFolderIsAUsageError() throws Exception {
            Path file = Files.writeString(dir.resolve("agencies.csv"), "code\n");
            assertThat(ImportCommand.folder(new String[] {"import", file.toString()}, out)).isNull();
            assertThat(printed()).contains("is not a folder");
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 3})
        void wrongArgumentsAreAUsageError(int count) {
            String[] args = new String[count];
            Arrays.fill(args, dir.toString());
            args[0] = "import";
            assertThat(ImportCommand.folder(args, out)).isNull();
            assertThat(printed()).contains("usage: java -jar disclosure-hub.jar import DIR");
        }

        @Test
        void anExistingFolderIsAccepted() {
            assertThat(ImportCommand.folder(new String[] {"import", dir.toString()}, out)).isEqualTo(dir);
            assertThat(printed()).isEmpty();
        }
    }
}
