package org.disclosurehub.security;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The audit trail: every write (who, when, what changed) and every staff read of an applicant's
 * identity. The actor is the current caller's token id, or {@code console} for the jar's
 * commands. Call it inside the write's transaction, so a write and its entry commit together.
 *
 * <p>It keeps no personal data in clear, so keeping it forever keeps none: of each changed field
 * it stores the name and, unless the caller marked the field's values {@link #plain} (amounts,
 * dates, statuses, codes: nothing about a person), only a keyed hash (HMAC-SHA-256 with
 * {@code datahub.audit.hmac-key}) of the value before and after. Whoever holds the key can check
 * whether a field held a given value; without it the hashes say nothing. Values not marked are
 * treated as personal: a forgotten marker costs readability, never privacy.
 */
@Component
@EnableConfigurationProperties(AuditProperties.class)
public class AuditTrail {

    /** The actor of writes made at the server's console (the jar's commands), not over HTTP. */
    public static final String CONSOLE = "console";
    /** The action {@link #recordRead} records. */
    public static final String IDENTITY_READ = "IDENTITY_READ";

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    private static final int PURPOSE_LENGTH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final WriteAccess access;
    private final Clock clock;
    private final SecretKeySpec key;
    private final String keyId;

    AuditTrail(JdbcClient jdbc, JdbcTemplate template, WriteAccess access, Clock clock, AuditProperties properties) {
        this.jdbc = jdbc;
        this.template = template;
        this.access = access;
        this.clock = clock;
        byte[] secret;
        if (properties.hmacKey() == null || properties.hmacKey().isBlank()) {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            log.warn("datahub.audit.hmac-key (DATAHUB_AUDIT_KEY) is not set: the audit trail hashes personal fields"
                    + " with a random key of this process, which no one can check them against once it stops");
        } else {
            secret = properties.hmacKey().getBytes(StandardCharsets.UTF_8);
            if (secret.length < 32) {
                log.warn("datahub.audit.hmac-key is shorter than 32 bytes: use a long random secret");
            }
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.keyId = HexFormat.of().formatHex(TokenStore.sha256(HexFormat.of().formatHex(secret))).substring(0, 8);
    }

    /** A value that is not personal data and so is kept in clear (an amount, a date, a status, a code). */
    public record Plain(Object value) {
    }

    /** Marks a value as not personal: the trail keeps it in clear. */
    public static Plain plain(Object value) {
        return new Plain(value);
    }

    /**
     * Records a write.
     *
     * @param action     what was done, e.g. {@code DECISION_CORRECTED}
     * @param entityType what kind of record, e.g. {@code penalty_decision}
     * @param entityKey  its key, e.g. the decision number (never personal data)
     * @param agencyCode the agency whose record it is
     * @param before     fields before the write (empty for a new record); values {@link #plain} or personal
     * @param after      fields after it; only fields whose value differs are recorded
     */
    public void record(String action, String entityType, String entityKey, String agencyCode, Map<String, ?> before,
            Map<String, ?> after) {
        long id = insert(action, entityType, entityKey, agencyCode, null);
        List<Object[]> rows = new ArrayList<>();
        for (String field : fields(before, after)) {
            Object b = before.get(field);
            Object a = after.get(field);
            String was = text(b);
            String now = text(a);
            if (Objects.equals(was, now)) {
                continue;
            }
            boolean plain = (b == null || b instanceof Plain) && (a == null || a instanceof Plain);
            rows.add(plain
                    ? new Object[] {id, rows.size(), field, was, now, null, null}
                    : new Object[] {id, rows.size(), field, null, null, hash(entityType, field, was), hash(entityType, field, now)});
        }
        template.batchUpdate("INSERT INTO audit_change (entry_id, position, field, before_value, after_value, before_hash,"
                + " after_hash) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /**
     * Records that the current caller read an applicant's identity.
     *
     * @param purpose why, in words that name no person (required)
     */
    public void recordRead(String entityType, String entityKey, String agencyCode, String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("a read of an applicant's identity needs a purpose");
        }
        String p = purpose.strip();
        insert(IDENTITY_READ, entityType, entityKey, agencyCode,
                p.length() <= PURPOSE_LENGTH ? p : p.substring(0, PURPOSE_LENGTH - 1) + "…");
    }

    /** The keyed hash the trail stores for a personal field's value (null for an empty one). */
    public String hash(String entityType, String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((entityType + "." + field + "\n" + value)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private long insert(String action, String entityType, String entityKey, String agencyCode, String purpose) {
        Caller caller = access.current().orElse(null);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO audit_entry (at, actor, actor_agency, actor_role, action, entity_type, entity_key, agency_code,"
                        + " purpose, key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                        caller == null ? CONSOLE : caller.tokenId(), caller == null ? null : caller.agencyCode(),
                        caller == null ? null : caller.role().name(), action, entityType, entityKey, agencyCode, purpose,
                        keyId)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private static Set<String> fields(Map<String, ?> before, Map<String, ?> after) {
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        return fields;
    }

    /** A value as the trail compares and stores it. */
    static String text(Object value) {
        Object v = value instanceof Plain p ? p.value() : value;
        if (v == null) {
            return null;
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(AuditTrail::text).map(String::valueOf).collect(Collectors.joining("|"));
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        return v.toString();
    }
}
