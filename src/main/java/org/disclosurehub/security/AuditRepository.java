package org.disclosurehub.security;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.disclosurehub.database.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the audit trail, newest first; there is no method to change or delete it. */
@Repository
class AuditRepository {

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Conditions on the trail ({@code AuditFilter}); all given must hold. */
    record AuditFilter(String agencyCode, String action, String actor, Instant from, Instant to) {

        static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);
    }

    /** Entries with ids below {@code beforeId} (null: from the newest), plus one to tell whether more follow. */
    List<AuditEntry> page(AuditFilter filter, Long beforeId, int size) {
        Sql.Where where = new Sql.Where();
        if (filter.agencyCode() != null) {
            where.and("agency_code = ?", filter.agencyCode());
        }
        if (filter.action() != null) {
            where.and("action = ?", filter.action());
        }
        if (filter.actor() != null) {
            where.and("actor = ?", filter.actor());
        }
        if (filter.from() != null) {
            where.and("at >= ?", LocalDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            where.and("at < ?", LocalDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        }
        if (beforeId != null) {
            where.and("id < ?", beforeId);
        }
        List<AuditEntry> entries = jdbc.sql("SELECT id, at, actor, actor_agency, actor_role, action, entity_type, entity_key,"
                        + " agency_code, purpose FROM audit_entry" + where + " ORDER BY id DESC LIMIT " + (size + 1))
                .params(where.params())
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getString(3), rs.getString(4), rs.getString(5) == null ? null : Role.valueOf(rs.getString(5)),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), List.of()))
                .list();
        return withChanges(entries);
    }

    /** The entries with their changed fields, read for the whole page in one query. */
    private List<AuditEntry> withChanges(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        Map<Long, List<AuditEntry.Change>> changes = new HashMap<>();
        List<Object> ids = new ArrayList<>(entries.stream().map(AuditEntry::id).toList());
        jdbc.sql("SELECT entry_id, field, before_value, after_value, before_hash, after_hash FROM audit_change"
                        + " WHERE entry_id IN (" + Sql.placeholders(ids.size()) + ") ORDER BY entry_id, position")
                .params(ids)
                .query(rs -> {
                    changes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new AuditEntry.Change(
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                });
        return entries.stream().map(e -> new AuditEntry(e.id(), e.at(), e.actor(), e.actorAgencyCode(), e.actorRole(),
                e.action(), e.entityType(), e.entityKey(), e.agencyCode(), e.purpose(),
                changes.getOrDefault(e.id(), List.of()))).toList();
    }
}
