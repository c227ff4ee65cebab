package org.disclosurehub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.disclosurehub.ingest.Uscc;
import org.disclosurehub.policy.Decision;
import org.disclosurehub.policy.PenaltyType;

/**
 * Writes small dataset folders in the interchange format (DATASET.md) for import tests.
 *
 * <p>{@link #validDataset()} starts from a small, fully valid dataset; a test then breaks exactly
 * one thing ({@link #set}, {@link #addRow}, {@link #withoutColumn}, …) and writes it with
 * {@link #writeTo}. Rows are addressed as a spreadsheet numbers them: the header is row 1, the
 * first record row 2 (a value with a line break is quoted and stays one row).
 *
 * <p>The valid dataset:
 * <pre>
 * calendar.csv   row 2  2026-10-01 HOLIDAY (a Thursday)     row 3  2026-10-10 WORKDAY (a Saturday)
 * agencies.csv   row 2  GOVERNMENT        row 3  DEPARTMENT (parent GOVERNMENT)
 *                row 4  STREET_OFFICE     row 5  ENFORCEMENT_TEAM (parent STREET_OFFICE)
 *                row 6  TOWNSHIP
 * powers.csv     row 2  XK-001 licensing, DEPARTMENT   row 3  CF-002 penalty, DEPARTMENT
 *                row 4  JC-003 inspection, STREET_OFFICE
 * officers.csv   row 2  OFFICER of DEPARTMENT   row 3  OFFICER of the team   row 4  AUXILIARY of the team
 * </pre>
 *
 * <p>{@link #withPenaltyDecisions()} adds what penalty decisions need: a second OFFICER for the
 * department (row 5), the team (row 6) and the township (rows 7, 8), and penalty_decisions.csv
 * with one valid decision in row 2 (a legal person fined by the department, see
 * {@link TestDecision}). {@link #addDecision(Decision)} writes any decision built with
 * {@link TestDecision}.
 */
public final class DatasetBuilder {

    public static final String CALENDAR = "calendar.csv";
    public static final String AGENCIES = "agencies.csv";
    public static final String POWERS = "powers.csv";
    public static final String OFFICERS = "officers.csv";
    public static final String PENALTIES = "penalty_decisions.csv";

    /** The columns of each file, in the contract's order. */
    public static final Map<String, List<String>> COLUMNS = Map.of(
            CALENDAR, List.of("date", "kind", "name"),
            AGENCIES, List.of("code", "name", "kind", "parent_code", "district", "address", "office_hours",
                    "consult_phone", "supervision_phone", "website", "functions"),
            POWERS, List.of("code", "agency_code", "name", "category", "legal_basis", "responsibility",
                    "random_inspection", "discretion_standard", "status", "effective_from", "effective_to"),
            OFFICERS, List.of("credential_no", "name", "agency_code", "role", "domain", "credential_status",
                    "issued_on", "expires_on", "duties"),
            PENALTIES, List.of("decision_no", "agency_code", "power_code", "party_type", "party_name",
                    "party_credit_code", "party_id_no", "legal_representative", "violation_facts", "legal_basis",
                    "penalty_types", "fine_amount", "confiscation_amount", "decision_date", "procedure",
                    "officer_credentials", "severity", "exemption", "status", "status_changed_on", "status_reason",
                    "redacted_passages", "major", "legal_review_date", "published_on"));

    /** The key column of each file. */
    public static final Map<String, String> KEY = Map.of(CALENDAR, "date", AGENCIES, "code", POWERS, "code",
            OFFICERS, "credential_no", PENALTIES, "decision_no");

    private static final List<String> ORDER = List.of(CALENDAR, AGENCIES, POWERS, OFFICERS);
    private static final List<String> ALL_FILES = List.of(CALENDAR, AGENCIES, POWERS, OFFICERS, PENALTIES);

    public static final String GOVERNMENT = uscc(191);
    public static final String DEPARTMENT = uscc(27);
    public static final String STREET_OFFICE = uscc(182);
    public static final String TEAM = uscc(190);
    public static final String TOWNSHIP = uscc(205);

    /** The department's officer of the valid dataset (row 2) and the one {@link #withPenaltyDecisions()} adds. */
    public static final String DEPARTMENT_OFFICER = "1101050000101";
    public static final String DEPARTMENT_OFFICER_2 = "1101050000103";
    /** The team's officer of the valid dataset (row 3) and the one {@link #withPenaltyDecisions()} adds. */
    public static final String TEAM_OFFICER = "1101050000102";
    public static final String TEAM_OFFICER_2 = "1101050000104";
    /** The township's two officers ({@link #withPenaltyDecisions()}). */
    public static final String TOWNSHIP_OFFICER = "1101050000105";
    public static final String TOWNSHIP_OFFICER_2 = "1101050000106";
    /** The team's auxiliary staff member of the valid dataset (row 4): a work card, not a credential. */
    public static final String AUXILIARY = "FZ-110105-0019";

    /** A valid unified social credit code, different for every serial number. */
    public static String uscc(int serial) {
        String first17 = String.format("11110105%09d", serial);
        return first17 + Uscc.checkCharacter(first17);
    }

    /** The same code with a check character that does not fit. */
    public static String withWrongCheckCharacter(String code) {
        char wrong = code.charAt(17) == '0' ? '1' : '0';
        return code.substring(0, 17) + wrong;
    }

    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final Map<String, List<List<String>>> rows = new LinkedHashMap<>();
    private final Map<String, byte[]> rawFiles = new LinkedHashMap<>();
    private final Map<String, Charset> charsets = new LinkedHashMap<>();
    private String lineEnding = "\n";
    private boolean bom;
    private int nextSerial = 900;

    private DatasetBuilder() {
    }

    /** A dataset with the four files and no records. */
    public static DatasetBuilder emptyDataset() {
        DatasetBuilder b = new DatasetBuilder();
        for (String file : ORDER) {
            b.headers.put(file, new ArrayList<>(COLUMNS.get(file)));
            b.rows.put(file, new ArrayList<>());
        }
        return b;
    }

    /** The small valid dataset described above. */
    public static DatasetBuilder validDataset() {
        DatasetBuilder b = emptyDataset();
        b.row(CALENDAR, "2026-10-01", "HOLIDAY", "国庆节");
        b.row(CALENDAR, "2026-10-10", "WORKDAY", "国庆节调休");

        b.row(AGENCIES, GOVERNMENT, "北京市朝阳区人民政府", "GOVERNMENT", "", "朝阳区", "北京市朝阳区和平街北口203号",
                "工作日 9:00-17:00（法定节假日除外）", "010-0000-1001", "010-0000-2001", "https://chaoyang.example.gov.invalid/",
                "领导所属各工作部门和街道办事处、乡人民政府的工作。");
        b.row(AGENCIES, DEPARTMENT, "北京市朝阳区市场监督管理局", "DEPARTMENT", GOVERNMENT, "朝阳区", "北京市朝阳区麦子店街225号",
                "工作日 9:00-17:00", "010-0000-1002", "010-0000-2002", "", "负责本区市场综合监督管理，组织查处市场监管领域违法行为。");
        b.row(AGENCIES, STREET_OFFICE, "北京市朝阳区双井街道办事处", "STREET_OFFICE", GOVERNMENT, "朝阳区", "北京市朝阳区双井街道",
                "", "010-0000-1003", "", "", "");
        b.row(AGENCIES, TEAM, "北京市朝阳区双井街道综合行政执法队", "ENFORCEMENT_TEAM", STREET_OFFICE, "朝阳区", "", "", "", "",
                "", "以双井街道办事处名义开展综合行政执法。");
        b.row(AGENCIES, TOWNSHIP, "北京市朝阳区金盏乡人民政府", "TOWNSHIP", GOVERNMENT, "朝阳区", "", "", "", "", "", "");

        b.row(POWERS, "XK-001", DEPARTMENT, "食品经营许可", "LICENSING", "《中华人民共和国食品安全法》第三十五条",
                "1.受理责任：依法受理或者不予受理。2.审查责任：对申请材料进行审查。", "false", "", "ACTIVE", "2021-01-01", "");
        b.row(POWERS, "CF-002", DEPARTMENT, "对经营不符合食品安全标准的食品的处罚", "PENALTY", "《中华人民共和国食品安全法》第一百二十四条",
                "1.立案责任。2.调查责任。3.审查责任。4.告知责任。5.决定责任。", "true", "《北京市市场监督管理行政处罚裁量基准》",
                "ACTIVE", "2022-03-01", "");
        b.row(POWERS, "JC-003", STREET_OFFICE, "对辖区内生活垃圾分类的检查", "INSPECTION", "《北京市生活垃圾管理条例》第五十条", "",
                "true", "", "ACTIVE", "2020-05-01", "");

        b.row(OFFICERS, "1101050000101", "江刚晓", DEPARTMENT, "OFFICER", "市场监管", "VALID", "2024-10-20", "2029-10-20",
                "广告监测与查处");
        b.row(OFFICERS, "1101050000102", "薛璐鑫", TEAM, "OFFICER", "综合执法", "VALID", "2023-05-14", "2028-05-14",
                "市容环境检查");
        b.row(OFFICERS, "FZ-110105-0019", "王芳", TEAM, "AUXILIARY", "综合执法", "VALID", "", "", "协助开展巡查");
        return b;
    }

    private void row(String file, String... values) {
        rows.get(file).add(new ArrayList<>(List.of(values)));
    }

    /**
     * Adds penalty_decisions.csv (with the optional columns) holding one valid decision in row 2,
     * and the officers decisions need: a second OFFICER of the department and of the team, and
     * two of the township.
     */
    public DatasetBuilder withPenaltyDecisions() {
        row(OFFICERS, DEPARTMENT_OFFICER_2, "邓志国", DEPARTMENT, "OFFICER", "市场监管", "VALID", "2022-03-01", "2027-03-01",
                "食品安全执法");
        row(OFFICERS, TEAM_OFFICER_2, "韩立峰", TEAM, "OFFICER", "综合执法", "VALID", "2023-05-14", "2028-05-14",
                "市容环境执法");
        row(OFFICERS, TOWNSHIP_OFFICER, "曹文静", TOWNSHIP, "OFFICER", "综合执法", "VALID", "2023-01-01", "2028-01-01", "");
        row(OFFICERS, TOWNSHIP_OFFICER_2, "龚建平", TOWNSHIP, "OFFICER", "综合执法", "VALID", "2023-01-01", "2028-01-01", "");
        headers.put(PENALTIES, new ArrayList<>(COLUMNS.get(PENALTIES)));
        rows.put(PENALTIES, new ArrayList<>());
        addDecision(TestDecision.decision("京朝市监罚〔2026〕1号").build());
        return this;
    }

    /** Adds a decision as a row of penalty_decisions.csv (which must be present); returns its row number. */
    public int addDecision(Decision d) {
        List<String> values = new ArrayList<>();
        for (String column : headers.get(PENALTIES)) {
            values.add(cell(d, column));
        }
        rows.get(PENALTIES).add(values);
        return rows.get(PENALTIES).size() + 1;
    }

    /** Adds many decisions. */
    public DatasetBuilder addDecisions(Iterable<Decision> decisions) {
        decisions.forEach(this::addDecision);
        return this;
    }

    private static String cell(Decision d, String column) {
        Object v = switch (column) {
            case "decision_no" -> d.decisionNo();
            case "agency_code" -> d.agencyCode();
            case "power_code" -> d.powerCode();
            case "party_type" -> d.partyType();
            case "party_name" -> d.partyName();
            case "party_credit_code" -> d.partyCreditCode();
            case "party_id_no" -> d.partyIdNo();
            case "legal_representative" -> d.legalRepresentative();
            case "violation_facts" -> d.violationFacts();
            case "legal_basis" -> d.legalBasis();
            case "penalty_types" -> String.join("|", d.penaltyTypes().stream().map(PenaltyType::name).toList());
            case "fine_amount" -> d.fineAmount() == null ? null : d.fineAmount().toPlainString();
            case "confiscation_amount" -> d.confiscationAmount() == null ? null : d.confiscationAmount().toPlainString();
            case "decision_date" -> d.decisionDate();
            case "procedure" -> d.procedure();
            case "officer_credentials" -> String.join("|", d.officerCredentials());
            case "severity" -> d.severity();
            case "exemption" -> d.exemption();
            case "status" -> d.status();
            case "status_changed_on" -> d.statusChangedOn();
            case "status_reason" -> d.statusReason();
            case "redacted_passages" -> String.join("|", d.redactedPassages());
            case "major" -> d.major() ? "true" : "false";
            case "legal_review_date" -> d.legalReviewDate();
            case "published_on" -> d.publishedOn();
            default -> throw new IllegalArgumentException(column);
        };
        return v == null ? "" : v.toString();
    }

    /** The file's rows in spreadsheet numbering: the header is row 1, so row n is record n - 2. */
    private List<String> record(String file, int row) {
        List<List<String>> records = rows.get(file);
        if (records == null || row < 2 || row - 2 >= records.size()) {
            throw new IllegalArgumentException(file + " has no row " + row);
        }
        return records.get(row - 2);
    }

    private int index(String file, String column) {
        int i = headers.get(file).indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException(file + " has no column " + column);
        }
        return i;
    }

    /** The value in a cell. */
    public String get(String file, int row, String column) {
        return record(file, row).get(index(file, column));
    }

    /** Overrides one cell. */
    public DatasetBuilder set(String file, int row, String column, String value) {
        record(file, row).set(index(file, column), value);
        return this;
    }

    /**
     * Adds a row that copies row 2 of the file with a fresh key, then sets the given columns
     * ({@code "column", "value", …}).
     *
     * @return the new row's number
     */
    public int addRow(String file, String... columnsAndValues) {
        if (columnsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("columns and values come in pairs");
        }
        List<String> copy = new ArrayList<>(record(file, 2));
        copy.set(index(file, KEY.get(file)), freshKey(file));
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            copy.set(index(file, columnsAndValues[i]), columnsAndValues[i + 1]);
        }
        rows.get(file).add(copy);
        return rows.get(file).size() + 1;
    }

    /** Adds a line exactly as given (e.g. with the wrong number of fields); returns its row number. */
    public int addRawLine(String file, String line) {
        rows.get(file).add(new ArrayList<>(List.of(RAW + line)));
        return rows.get(file).size() + 1;
    }

    private static final String RAW = "\u0000raw:";

    private String freshKey(String file) {
        int serial = nextSerial++;
        return switch (file) {
            case AGENCIES -> uscc(serial);
            case POWERS -> "T-" + serial;
            case OFFICERS -> "11010500" + serial;
            case PENALTIES -> "京朝测罚〔2026〕" + serial + "号";
            case CALENDAR -> {
                // the n-th weekday from Monday 2027-03-01, so a HOLIDAY copied from row 2 stays valid
                int n = serial - 900;
                yield LocalDate.of(2027, 3, 1).plusDays(n / 5 * 7L + n % 5).toString();
            }
            default -> throw new IllegalArgumentException(file);
        };
    }

    /** Removes a column from the header and from every row. */
    public DatasetBuilder withoutColumn(String file, String column) {
        int i = index(file, column);
        headers.get(file).remove(i);
        rows.get(file).forEach(r -> r.remove(i));
        return this;
    }

    /** Adds a column with the same value in every row. */
    public DatasetBuilder withExtraColumn(String file, String column, String value) {
        headers.get(file).add(column);
        rows.get(file).forEach(r -> r.add(value));
        return this;
    }

    /** Repeats a column at the end of the header, with the same values. */
    public DatasetBuilder withColumnTwice(String file, String column) {
        int i = index(file, column);
        headers.get(file).add(column);
        rows.get(file).forEach(r -> r.add(r.get(i)));
        return this;
    }

    /** Writes the columns of a file in reverse order (the contract allows any order). */
    public DatasetBuilder withColumnsReversed(String file) {
        Collections.reverse(headers.get(file));
        rows.get(file).forEach(Collections::reverse);
        return this;
    }

    /** Keeps only these files. */
    public DatasetBuilder only(String... files) {
        List<String> keep = List.of(files);
        headers.keySet().retainAll(keep);
        rows.keySet().retainAll(keep);
        return this;
    }

    /** Adds a file with exactly these bytes (e.g. one that is not part of the contract). */
    public DatasetBuilder withFile(String name, byte[] content) {
        rawFiles.put(name, content);
        return this;
    }

    /** Writes a file of the dataset in another encoding than UTF-8. */
    public DatasetBuilder encoded(String file, Charset charset) {
        charsets.put(file, charset);
        return this;
    }

    /** Ends lines with CR LF, as Excel on Windows does. */
    public DatasetBuilder withWindowsLineEndings() {
        lineEnding = "\r\n";
        return this;
    }

    /** Starts every file with a UTF-8 byte order mark, as Excel's "CSV UTF-8" does. */
    public DatasetBuilder withByteOrderMark() {
        bom = true;
        return this;
    }

    /** The text of one file as it will be written. */
    public String text(String file) {
        StringBuilder out = new StringBuilder();
        if (bom) {
            out.append('\uFEFF');
        }
        out.append(line(headers.get(file))).append(lineEnding);
        for (List<String> record : rows.get(file)) {
            out.append(line(record)).append(lineEnding);
        }
        return out.toString();
    }

    /** Writes the dataset into the folder, replacing what an earlier write left there. */
    public Path writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            for (String file : ALL_FILES) {
                Files.deleteIfExists(dir.resolve(file));
            }
            for (String file : headers.keySet()) {
                Files.write(dir.resolve(file), text(file).getBytes(charsets.getOrDefault(file, StandardCharsets.UTF_8)));
            }
            for (Map.Entry<String, byte[]> raw : rawFiles.entrySet()) {
                Files.write(dir.resolve(raw.getKey()), raw.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(List<String> values) {
        if (values.size() == 1 && values.get(0).startsWith(RAW)) {
            return values.get(0).substring(RAW.length());
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quote(values.get(i)));
        }
        return line.toString();
    }

    private static String quote(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
