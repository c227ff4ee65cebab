package org.disclosurehub.agency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.disclosurehub.database.Sql;
import org.disclosurehub.graphql.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the agency table. Agencies are public reference data: nothing is withheld. */
@Repository
public class AgencyRepository {

    static final String COLUMNS = "code, name, kind, parent_code, district, address, office_hours, "
            + "consult_phone, supervision_phone, website, functions";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AgencyRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Optional<Agency> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agency WHERE code = ?").param(code).query(AgencyRepository::map)
                .optional();
    }

    /** The agency, its row locked until the current transaction ends (for a write that reads it first). */
    public Optional<Agency> lock(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agency WHERE code = ? FOR UPDATE").param(code)
                .query(AgencyRepository::map).optional();
    }

    public List<Agency> findAll(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM agency WHERE code IN (" + Sql.placeholders(codes.size()) + ")")
                .params(new ArrayList<>(codes)).query(AgencyRepository::map).list();
    }

    public List<Agency> childrenOf(Collection<String> parentCodes) {
        if (parentCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM agency WHERE parent_code IN ("
                        + Sql.placeholders(parentCodes.size()) + ") ORDER BY name, code")
                .params(new ArrayList<>(parentCodes)).query(AgencyRepository::map).list();
    }

    /** One page of agencies ordered by (name, code); fetches one extra row to tell if more follow. */
    public List<Agency> page(AgencyFilter filter, Page page) {
        Sql.Where where = where(filter);
        if (!page.first()) {
            where.keysetAfter(List.of("name", "code"), List.of(page.afterString("name"), page.afterString("code")));
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM agency" + where + " ORDER BY name, code LIMIT " + (page.size() + 1))
                .params(where.params()).query(AgencyRepository::map).list();
    }

    public long count(AgencyFilter filter) {
        Sql.Where where = where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM agency" + where).params(where.params()).query(Long.class).single();
    }

    /** Kind, parent and district of every agency: the import checks references against them. */
    public Map<String, AgencyRef> refs() {
        Map<String, AgencyRef> refs = new java.util.HashMap<>();
        jdbc.sql("SELECT code, kind, parent_code, district FROM agency")
                .query(rs -> {
                    refs.put(rs.getString(1), new AgencyRef(AgencyKind.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getString(4)));
                });
        return refs;
    }

    /** Upserts by code; the dataset import calls it inside its transaction. */
    public void upsert(List<Agency> agencies) {
        template.batchUpdate("INSERT INTO agency (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE name = VALUES(name), kind = VALUES(kind),"
                        + " parent_code = VALUES(parent_code), district = VALUES(district), address = VALUES(address),"
                        + " office_hours = VALUES(office_hours), consult_phone = VALUES(consult_phone),"
                        + " supervision_phone = VALUES(supervision_phone), website = VALUES(website),"
                        + " functions = VALUES(functions)",
                agencies, agencies.size(), (ps, a) -> {
                    ps.setString(1, a.code());
                    ps.setString(2, a.name());
                    ps.setString(3, a.kind().name());
                    ps.setString(4, a.parentCode());
                    ps.setString(5, a.district());
                    ps.setString(6, a.address());
                    ps.setString(7, a.officeHours());
                    ps.setString(8, a.consultPhone());
                    ps.setString(9, a.supervisionPhone());
                    ps.setString(10, a.website());
                    ps.setString(11, a.functions());
                });
    }

    private static Sql.Where where(AgencyFilter filter) {
        Sql.Where where = new Sql.Where();
        if (filter.district() != null) {
            where.and("district = ?", filter.district());
        }
        if (filter.kind() != null) {
            where.and("kind = ?", filter.kind().name());
        }
        if (filter.parentCode() != null) {
            where.and("parent_code = ?", filter.parentCode());
        }
        if (filter.nameContains() != null && !filter.nameContains().isEmpty()) {
            where.and("name LIKE ?", Sql.contains(filter.nameContains()));
        }
        return where;
    }

    static Agency map(ResultSet rs, int row) throws SQLException {
        return new Agency(rs.getString("code"), rs.getString("name"), AgencyKind.valueOf(rs.getString("kind")),
                rs.getString("parent_code"), rs.getString("district"), rs.getString("address"),
                rs.getString("office_hours"), rs.getString("consult_phone"), rs.getString("supervision_phone"),
                rs.getString("website"), rs.getString("functions"));
    }
}
