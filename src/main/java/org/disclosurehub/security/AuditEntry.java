package org.disclosurehub.security;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the audit trail as ADMIN reads it ({@code AuditEntry}).
 *
 * @param actor token id, or {@link AuditTrail#CONSOLE}
 */
public record AuditEntry(long id, Instant at, String actor, String actorAgencyCode, Role actorRole, String action,
        String entityType, String entityKey, String agencyCode, String purpose, List<Change> changes) {

    /** A changed field: values for a non-personal one, keyed hashes for a personal one. */
    public record Change(String field, String before, String after, String beforeHash, String afterHash) {
    }
}
