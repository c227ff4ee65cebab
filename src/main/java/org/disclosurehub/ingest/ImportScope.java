package org.disclosurehub.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.disclosurehub.database.Sql;
import org.disclosurehub.security.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which rows of an uploaded dataset fall outside the uploader's agency: an agency's credential
 * imports only its own records and those of its enforcement teams, both as the rows say and as
 * they are stored (a row may not take over another agency's power, officer or decision by
 * naming its key). The calendar and anything this check does not know are the district's (ADMIN).
 *
 * <p>It reads the files with the importer's own CSV reader before anything is written, and fails
 * closed: a file it cannot read to the end is refused here, never left for the import to judge.
 */
@Component
class ImportScope {

    private static final int BATCH = 1_000;
    private static final int LISTED = 100;
    /** Per file: its key column, and the table and column its records are stored under. */
    private static final Map<String, List<String>> KEYS = Map.of(
            "powers.csv", List.of("code", "power_item", "code"),
            "officers.csv", List.of("credential_no", "officer", "credential_no"),
            "penalty_decisions.csv", List.of("decision_no", "penalty_decision", "decision_no"));

    private final JdbcClient jdbc;

    ImportScope(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The problems found, most {@value #LISTED} of them listed; {@link #count} tells how many there were. */
    record Verdict(List<ImportError> outOfScope, long count, List<ImportError> unreadable) {

        boolean ok() {
            return count == 0 && unreadable.isEmpty();
        }
    }

    /**
     * One row's key and owner as the file says. For agencies.csv, {@code agencyCode} is the row's
     * kind, parent and district, which the caller's own row may not change.
     */
    private record Claim(int row, String key, String agencyCode) {
    }

    Verdict check(Caller caller, Dataset dataset) throws IOException {
        Scope scope = new Scope(caller.agencyCode(), teamsOf(caller.agencyCode()));
        List<ImportError> errors = new ArrayList<>();
        List<ImportError> unreadable = new ArrayList<>();
        long[] count = {0};
        Set<String> names = dataset.csvFiles();
        for (String file : names) {
            if (!DatasetFiles.ORDER.contains(file) || file.equals("calendar.csv") || DatasetFiles.order(file) > 4) {
                add(errors, count, new ImportError(file, 0, null, file.equals("calendar.csv")
                        ? "the working-day calendar is the district's: only an ADMIN credential imports it"
                        : "cannot be imported with an agency's credential"));
            }
        }
        // in the contract's order: a new enforcement team in agencies.csv is in scope for officers.csv
        for (String file : List.of("agencies.csv", "powers.csv", "officers.csv", "penalty_decisions.csv")) {
            if (!names.contains(file)) {
                continue;
            }
            List<ImportError> problems = new ArrayList<>();
            for (ImportError e : checkFile(dataset, file, scope, problems)) {
                add(errors, count, e);
            }
            unreadable.addAll(problems);
        }
        return new Verdict(errors, count[0], unreadable);
    }

    private static void add(List<ImportError> errors, long[] count, ImportError e) {
        count[0]++;
        if (errors.size() < LISTED) {
            errors.add(e);
        }
    }

    /** The caller's agency and its enforcement teams, stored or added by this upload. */
    private static final class Scope {

        final String agency;
        final Set<String> codes = new HashSet<>();

        Scope(String agency, Set<String> teams) {
            this.agency = agency;
            codes.add(agency);
            codes.addAll(teams);
        }
    }

    private List<ImportError> checkFile(Dataset dataset, String file, Scope scope, List<ImportError> unreadable)
            throws IOException {
        List<ImportError> errors = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        String keyColumn = file.equals("agencies.csv") ? "code" : KEYS.get(file).get(0);
        try (CsvReader csv = new CsvReader(new Utf8Reader(dataset.open(file)))) {
            List<String> header = csv.next();
            if (header == null) {
                return errors;
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                columns.putIfAbsent(header.get(i).strip(), i);
            }
            for (String needed : file.equals("agencies.csv") ? List.of("code", "kind", "parent_code", "district")
                    : List.of(keyColumn, "agency_code")) {
                if (!columns.containsKey(needed)) {
                    unreadable.add(new ImportError(file, 1, needed, "is missing from the header"));
                    return errors;
                }
            }
            List<String> values;
            while ((values = csv.next()) != null) {
                if (values.size() != header.size()) {
                    continue; // the import rejects the whole dataset for it
                }
                int row = csv.row();
                if (file.equals("agencies.csv")) {
                    String code = values.get(columns.get("code")).strip();
                    String kind = values.get(columns.get("kind")).strip();
                    String parent = values.get(columns.get("parent_code")).strip();
                    String district = values.get(columns.get("district")).strip();
                    boolean own = code.equals(scope.agency);
                    boolean ownTeam = kind.equals("ENFORCEMENT_TEAM") && parent.equals(scope.agency);
                    if (!own && !ownTeam) {
                        errors.add(new ImportError(file, row, "code", "is not the uploading agency (" + scope.agency
                                + ") nor one of its enforcement teams"));
                    } else if (ownTeam) {
                        scope.codes.add(code);
                    }
                    claims.add(new Claim(row, code, own ? kind + "|" + parent + "|" + district : null));
                } else {
                    String agency = values.get(columns.get("agency_code")).strip();
                    if (!scope.codes.contains(agency)) {
                        errors.add(new ImportError(file, row, "agency_code", "belongs to agency " + agency
                                + ", not to the uploading agency (" + scope.agency + ") or its enforcement teams"));
                    }
                    claims.add(new Claim(row, values.get(columns.get(keyColumn)).strip(), agency));
                }
            }
        } catch (CsvReader.CsvFormatException e) {
            unreadable.add(new ImportError(file, e.row, null, "cannot be read from this row on (not valid CSV or not"
                    + " UTF-8 text); nothing was written"));
            return errors;
        }
        errors.addAll(file.equals("agencies.csv") ? storedAgencies(claims, scope) : storedOwners(file, claims, scope));
        return errors;
    }

    /**
     * Rows whose key is stored as another agency's record. For agencies.csv: the caller's own row
     * may not move it (kind, parent, district are the district's), a team must be stored as one of
     * the caller's teams.
     */
    private List<ImportError> storedOwners(String file, List<Claim> claims, Scope scope) {
        String table = KEYS.get(file).get(1);
        String key = KEYS.get(file).get(2);
        Map<String, String> owners = new HashMap<>();
        for (int i = 0; i < claims.size(); i += BATCH) {
            List<Object> keys = new ArrayList<>(claims.subList(i, Math.min(claims.size(), i + BATCH)).stream()
                    .map(Claim::key).toList());
            jdbc.sql("SELECT " + key + ", agency_code FROM " + table + " WHERE " + key + " IN ("
                            + Sql.placeholders(keys.size()) + ")")
                    .params(keys).query(rs -> {
                        owners.put(rs.getString(1), rs.getString(2));
                    });
        }
        List<ImportError> errors = new ArrayList<>();
        for (Claim c : claims) {
            String owner = owners.get(c.key());
            if (owner != null && !scope.codes.contains(owner)) {
                errors.add(new ImportError(file, c.row(), KEYS.get(file).get(0), "is stored as a record of agency "
                        + owner + ": only that agency (or the district) may change it"));
            }
        }
        return errors;
    }

    private List<ImportError> storedAgencies(List<Claim> claims, Scope scope) {
        Map<String, String> stored = new HashMap<>();
        for (int i = 0; i < claims.size(); i += BATCH) {
            List<Object> keys = new ArrayList<>(claims.subList(i, Math.min(claims.size(), i + BATCH)).stream()
                    .map(Claim::key).toList());
            jdbc.sql("SELECT code, kind, parent_code, district FROM agency WHERE code IN (" + Sql.placeholders(keys.size())
                            + ")")
                    .params(keys).query(rs -> {
                        stored.put(rs.getString(1), rs.getString(2) + "|" + Objects.toString(rs.getString(3), "") + "|"
                                + rs.getString(4));
                    });
        }
        List<ImportError> errors = new ArrayList<>();
        for (Claim c : claims) {
            String s = stored.get(c.key());
            if (s == null) {
                continue;
            }
            if (c.agencyCode() != null && !c.agencyCode().equals(s)) {
                errors.add(new ImportError("agencies.csv", c.row(), "code", "changes the agency's kind, parent or district,"
                        + " which are the district's to change (ADMIN)"));
            } else if (c.agencyCode() == null && !(s.startsWith("ENFORCEMENT_TEAM|" + scope.agency + "|"))) {
                errors.add(new ImportError("agencies.csv", c.row(), "code", "is stored as another agency's record: only"
                        + " that agency (or the district) may change it"));
            }
        }
        return errors;
    }

    private Set<String> teamsOf(String agency) {
        return new HashSet<>(jdbc.sql("SELECT code FROM agency WHERE parent_code = ? AND kind = 'ENFORCEMENT_TEAM'")
                .param(agency).query(String.class).list());
    }
}
