package org.disclosurehub.officer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.disclosurehub.database.Sql;
import org.disclosurehub.graphql.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes officers and auxiliary staff (officer). */
@Repository
public class OfficerRepository {

    static final String COLUMNS = "credential_no, name, agency_code, role, domain, credential_status, issued_on, "
            + "expires_on, duties";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    OfficerRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Optional<Officer> find(String credentialNo) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM officer WHERE credential_no = ?").param(credentialNo)
                .query(OfficerRepository::map).optional();
    }

    /** The officer, the row locked until the current transaction ends (for a write that reads it first). */
    public Optional<Officer> lock(String credentialNo) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM officer WHERE credential_no = ? FOR UPDATE").param(credentialNo)
                .query(OfficerRepository::map).optional();
    }

    public Map<String, Officer> findAll(Collection<String> credentialNos) {
        Map<String, Officer> found = new HashMap<>();
        if (!credentialNos.isEmpty()) {
            jdbc.sql("SELECT " + COLUMNS + " FROM officer WHERE credential_no IN (" + Sql.placeholders(credentialNos.size()) + ")")
                    .params(new ArrayList<>(credentialNos)).query(OfficerRepository::map).list()
                    .forEach(o -> found.put(o.credentialNo(), o));
        }
        return found;
    }

    /** One page ordered by credential number, plus one row to tell whether more follow. */
    public List<Officer> page(OfficerFilter filter, Page page) {
        Sql.Where where = where(filter);
        if (!page.first()) {
            where.keysetAfter(List.of("credential_no"), List.of(page.afterString("no")));
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM officer" + where + " ORDER BY credential_no LIMIT " + (page.size() + 1))
                .params(where.params()).query(OfficerRepository::map).list();
    }

    public long count(OfficerFilter filter) {
        Sql.Where where = where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM officer" + where).params(where.params()).query(Long.class).single();
    }

    /**
     * Per agency: officers whose credential is valid on {@code day}, and auxiliary staff. The
     * validity rule here is {@link Officer#validityOn}'s, in SQL.
     */
    public Map<String, int[]> counts(Collection<String> agencyCodes, LocalDate day) {
        Map<String, int[]> counts = new HashMap<>();
        if (!agencyCodes.isEmpty()) {
            List<Object> params = new ArrayList<>();
            params.add(day);
            params.add(day);
            params.addAll(agencyCodes);
            jdbc.sql("SELECT agency_code,"
                            + " SUM(CASE WHEN role = 'OFFICER' AND credential_status = 'VALID'"
                            + "  AND (issued_on IS NULL OR issued_on <= ?) AND (expires_on IS NULL OR expires_on > ?)"
                            + "  THEN 1 ELSE 0 END),"
                            + " SUM(CASE WHEN role = 'AUXILIARY' THEN 1 ELSE 0 END)"
                            + " FROM officer WHERE agency_code IN (" + Sql.placeholders(agencyCodes.size()) + ")"
                            + " GROUP BY agency_code")
                    .params(params)
                    .query(rs -> {
                        counts.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)});
                    });
        }
        return counts;
    }

    /** Credential number → (role, agency) of everyone on file: the import checks handlers against it. */
    public Map<String, Officer> all() {
        Map<String, Officer> all = new HashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM officer").query(OfficerRepository::map).list()
                .forEach(o -> all.put(o.credentialNo(), o));
        return all;
    }

    public void upsert(List<Officer> officers) {
        template.batchUpdate("INSERT INTO officer (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE name = VALUES(name), agency_code = VALUES(agency_code),"
                        + " role = VALUES(role), domain = VALUES(domain), credential_status = VALUES(credential_status),"
                        + " issued_on = VALUES(issued_on), expires_on = VALUES(expires_on), duties = VALUES(duties)",
                officers, officers.size(), (ps, o) -> {
                    ps.setString(1, o.credentialNo());
                    ps.setString(2, o.name());
                    ps.setString(3, o.agencyCode());
                    ps.setString(4, o.role().name());
                    ps.setString(5, o.domain());
                    ps.setString(6, o.credentialStatus().name());
                    ps.setObject(7, o.issuedOn());
                    ps.setObject(8, o.expiresOn());
                    ps.setString(9, o.duties());
                });
    }

    private static Sql.Where where(OfficerFilter filter) {
        Sql.Where where = new Sql.Where();
        if (filter.agencyCode() != null) {
            where.and("agency_code = ?", filter.agencyCode());
        }
        if (filter.role() != null) {
            where.and("role = ?", filter.role().name());
        }
        if (filter.credentialStatus() != null) {
            where.and("credential_status = ?", filter.credentialStatus().name());
        }
        return where;
    }

    static Officer map(ResultSet rs, int row) throws SQLException {
        return new Officer(rs.getString("credential_no"), rs.getString("name"), rs.getString("agency_code"),
                StaffRole.valueOf(rs.getString("role")), rs.getString("domain"),
                CredentialStatus.valueOf(rs.getString("credential_status")), rs.getObject("issued_on", LocalDate.class),
                rs.getObject("expires_on", LocalDate.class), rs.getString("duties"));
    }
}
