package org.disclosurehub.power;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.disclosurehub.database.Sql;
import org.disclosurehub.graphql.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes powers-list items (power_item) and their history (power_change). */
@Repository
public class PowerRepository {

    static final String COLUMNS = "code, agency_code, name, category, legal_basis, responsibility, random_inspection, "
            + "discretion_standard, status, effective_from, effective_to";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    PowerRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Optional<Power> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM power_item WHERE code = ?").param(code)
                .query(PowerRepository::map).optional();
    }

    /** The item, its row locked until the current transaction ends (for a write that reads it first). */
    public Optional<Power> lock(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM power_item WHERE code = ? FOR UPDATE").param(code)
                .query(PowerRepository::map).optional();
    }

    public Map<String, Power> findAll(Collection<String> codes) {
        Map<String, Power> found = new HashMap<>();
        if (!codes.isEmpty()) {
            jdbc.sql("SELECT " + COLUMNS + " FROM power_item WHERE code IN (" + Sql.placeholders(codes.size()) + ")")
                    .params(new ArrayList<>(codes)).query(PowerRepository::map).list()
                    .forEach(p -> found.put(p.code(), p));
        }
        return found;
    }

    /** One page ordered by code, plus one row to tell whether more follow. */
    public List<Power> page(PowerFilter filter, Page page) {
        Sql.Where where = where(filter);
        if (!page.first()) {
            where.keysetAfter(List.of("code"), List.of(page.afterString("code")));
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM power_item" + where + " ORDER BY code LIMIT " + (page.size() + 1))
                .params(where.params()).query(PowerRepository::map).list();
    }

    public long count(PowerFilter filter) {
        Sql.Where where = where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM power_item" + where).params(where.params()).query(Long.class).single();
    }

    /** Number of ACTIVE items per agency, for the agencies given (absent = 0). */
    public Map<String, Integer> activeCounts(Collection<String> agencyCodes) {
        Map<String, Integer> counts = new HashMap<>();
        if (!agencyCodes.isEmpty()) {
            jdbc.sql("SELECT agency_code, COUNT(*) FROM power_item WHERE status = 'ACTIVE' AND agency_code IN ("
                            + Sql.placeholders(agencyCodes.size()) + ") GROUP BY agency_code")
                    .params(new ArrayList<>(agencyCodes))
                    .query(rs -> {
                        counts.put(rs.getString(1), rs.getInt(2));
                    });
        }
        return counts;
    }

    /** Every code on file: the import checks references against it. */
    public Set<String> codes() {
        Set<String> codes = new HashSet<>();
        jdbc.sql("SELECT code FROM power_item").query(rs -> {
            codes.add(rs.getString(1));
        });
        return codes;
    }

    /** The histories of these items, oldest change first. */
    public Map<String, List<PowerChange>> histories(Collection<String> powerCodes) {
        Map<String, List<PowerChange>> result = new HashMap<>();
        if (!powerCodes.isEmpty()) {
            jdbc.sql("SELECT id, power_code, kind, effective_on, recorded_at, from_agency_code, to_agency_code,"
                            + " changed_fields, previous_values FROM power_change WHERE power_code IN ("
                            + Sql.placeholders(powerCodes.size()) + ") ORDER BY power_code, effective_on, id")
                    .params(new ArrayList<>(powerCodes)).query(PowerRepository::mapChange).list()
                    .forEach(c -> result.computeIfAbsent(c.powerCode(), k -> new ArrayList<>()).add(c));
        }
        return result;
    }

    public void upsert(List<Power> powers) {
        if (powers.isEmpty()) {
            return;
        }
        template.batchUpdate("INSERT INTO power_item (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE agency_code = VALUES(agency_code), name = VALUES(name),"
                        + " category = VALUES(category), legal_basis = VALUES(legal_basis),"
                        + " responsibility = VALUES(responsibility), random_inspection = VALUES(random_inspection),"
                        + " discretion_standard = VALUES(discretion_standard), status = VALUES(status),"
                        + " effective_from = VALUES(effective_from), effective_to = VALUES(effective_to)",
                powers, powers.size(), (ps, p) -> {
                    ps.setString(1, p.code());
                    ps.setString(2, p.agencyCode());
                    ps.setString(3, p.name());
                    ps.setString(4, p.category().name());
                    ps.setString(5, p.legalBasis());
                    ps.setString(6, p.responsibility());
                    ps.setBoolean(7, p.randomInspection());
                    ps.setString(8, p.discretionStandard());
                    ps.setString(9, p.status().name());
                    ps.setObject(10, p.effectiveFrom());
                    ps.setObject(11, p.effectiveTo());
                });
    }

    public void append(List<PowerChange> changes, String source) {
        if (changes.isEmpty()) {
            return;
        }
        template.batchUpdate("INSERT INTO power_change (power_code, kind, effective_on, recorded_at, from_agency_code,"
                        + " to_agency_code, changed_fields, previous_values, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                changes, changes.size(), (ps, c) -> {
                    ps.setString(1, c.powerCode());
                    ps.setString(2, c.kind().name());
                    ps.setObject(3, c.effectiveOn());
                    ps.setObject(4, LocalDateTime.ofInstant(c.recordedAt(), ZoneOffset.UTC));
                    ps.setString(5, c.fromAgencyCode());
                    ps.setString(6, c.toAgencyCode());
                    ps.setString(7, c.changedFields().isEmpty() ? null : String.join(",", c.changedFields()));
                    ps.setString(8, c.previousValues().isEmpty() ? null : JSON.writeValueAsString(c.previousValues()));
                    ps.setString(9, source);
                });
    }

    private static Sql.Where where(PowerFilter filter) {
        Sql.Where where = new Sql.Where();
        if (filter.agencyCode() != null) {
            where.and("agency_code = ?", filter.agencyCode());
        }
        if (filter.category() != null) {
            where.and("category = ?", filter.category().name());
        }
        if (filter.randomInspection() != null) {
            where.and("random_inspection = ?", filter.randomInspection());
        }
        if (filter.status() != null) {
            where.and("status = ?", filter.status().name());
        }
        if (filter.nameContains() != null && !filter.nameContains().isEmpty()) {
            where.and("name LIKE ?", Sql.contains(filter.nameContains()));
        }
        return where;
    }

    static Power map(ResultSet rs, int row) throws SQLException {
        return new Power(rs.getString("code"), rs.getString("agency_code"), rs.getString("name"),
                PowerCategory.valueOf(rs.getString("category")), rs.getString("legal_basis"),
                rs.getString("responsibility"), rs.getBoolean("random_inspection"), rs.getString("discretion_standard"),
                PowerStatus.valueOf(rs.getString("status")), rs.getObject("effective_from", LocalDate.class),
                rs.getObject("effective_to", LocalDate.class));
    }

    static PowerChange mapChange(ResultSet rs, int row) throws SQLException {
        String fields = rs.getString("changed_fields");
        String previous = rs.getString("previous_values");
        return new PowerChange(rs.getLong("id"), rs.getString("power_code"),
                PowerChangeKind.valueOf(rs.getString("kind")), rs.getObject("effective_on", LocalDate.class),
                rs.getObject("recorded_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getString("from_agency_code"), rs.getString("to_agency_code"),
                fields == null ? List.of() : Arrays.asList(fields.split(",")),
                previous == null ? List.of() : JSON.readValue(previous, new TypeReference<List<FieldValue>>() { }));
    }

}
