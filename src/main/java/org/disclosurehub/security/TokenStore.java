package org.disclosurehub.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Agency tokens: issued, listed and revoked by the jar's {@code token} commands, checked on every
 * request that sends one. A token reads {@code dhub_<id>_<secret>}: the prefix lets secret
 * scanners recognise a leaked one, the id finds its row, the secret is 256 random bits. Only the
 * SHA-256 of the whole token is stored, and it is compared in constant time; the token is shown
 * once, when it is issued.
 */
@Repository
public class TokenStore {

    static final String PREFIX = "dhub_";
    private static final Pattern FORMAT = Pattern.compile("dhub_([0-9a-f]{12})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TokenStore(JdbcClient jdbc, AuditTrail audit, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A token as issued: {@link #token()} is the only copy there will ever be. */
    public record IssuedToken(String id, String token, String agencyCode, Role role) {

        @Override
        public String toString() {
            return "IssuedToken[" + id + ", " + agencyCode + ", " + role + "]";
        }
    }

    /** What {@code token list} shows of a token: never the secret. */
    public record TokenInfo(String id, String agencyCode, String agencyName, Role role, String label, Instant issuedAt,
            Instant revokedAt) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    /** Thrown when a token cannot be issued for the agency named. */
    public static final class UnknownAgencyException extends RuntimeException {

        UnknownAgencyException(String code) {
            super("no agency with code " + code + " (import agencies.csv, or start the hub once to seed it)");
        }
    }

    /**
     * Issues a token to an agency system; the agency must be on file.
     *
     * @param label what the token is for, e.g. the system's name (optional)
     */
    public IssuedToken issue(String agencyCode, Role role, String label) {
        if (jdbc.sql("SELECT COUNT(*) FROM agency WHERE code = ?").param(agencyCode).query(Integer.class).single() == 0) {
            throw new UnknownAgencyException(agencyCode);
        }
        byte[] idBytes = new byte[6];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(idBytes);
        RANDOM.nextBytes(secret);
        String id = HexFormat.of().formatHex(idBytes);
        String token = PREFIX + id + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return transactions.execute(status -> {
            jdbc.sql("INSERT INTO agency_token (id, secret_hash, agency_code, role, label, issued_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(id, HexFormat.of().formatHex(sha256(token)), agencyCode, role.name(), label, now())
                    .update();
            audit.record("TOKEN_ISSUED", "token", id, agencyCode, Map.of(),
                    Map.of("role", AuditTrail.plain(role), "label", AuditTrail.plain(label)));
            return new IssuedToken(id, token, agencyCode, role);
        });
    }

    /** Every token ever issued, active or revoked, oldest first. */
    public List<TokenInfo> list() {
        return jdbc.sql("SELECT t.id, t.agency_code, a.name, t.role, t.label, t.issued_at, t.revoked_at"
                        + " FROM agency_token t LEFT JOIN agency a ON a.code = t.agency_code ORDER BY t.issued_at, t.id")
                .query((rs, n) -> new TokenInfo(rs.getString(1), rs.getString(2), rs.getString(3),
                        Role.valueOf(rs.getString(4)), rs.getString(5), instant(rs.getObject(6, LocalDateTime.class)),
                        instant(rs.getObject(7, LocalDateTime.class))))
                .list();
    }

    /** The token with this id, if one was issued. */
    public Optional<TokenInfo> find(String id) {
        return list().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * Revokes a token: from now on every request that sends it is refused.
     *
     * @return false if it had been revoked already
     * @throws IllegalArgumentException if no token has this id
     */
    public boolean revoke(String id) {
        TokenInfo token = find(id).orElseThrow(() -> new IllegalArgumentException("no token with id " + id));
        if (!token.active()) {
            return false;
        }
        return Boolean.TRUE.equals(transactions.execute(status -> {
            int n = jdbc.sql("UPDATE agency_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                    .params(now(), id).update();
            if (n == 1) {
                audit.record("TOKEN_REVOKED", "token", id, token.agencyCode(), Map.of("active", AuditTrail.plain(true)),
                        Map.of("active", AuditTrail.plain(false)));
            }
            return n == 1;
        }));
    }

    /** The caller behind a token, if it is one this hub issued and has not revoked. */
    Optional<Caller> authenticate(String token) {
        Matcher m = FORMAT.matcher(token);
        if (!m.matches()) {
            return Optional.empty();
        }
        byte[] presented = sha256(token);
        record Stored(String id, String hash, String agencyCode, Role role) {
        }
        return jdbc.sql("SELECT id, secret_hash, agency_code, role FROM agency_token WHERE id = ? AND revoked_at IS NULL")
                .param(m.group(1))
                .query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4))))
                .optional()
                .filter(s -> MessageDigest.isEqual(HexFormat.of().parseHex(s.hash()), presented))
                .map(s -> new Caller(s.id(), s.agencyCode(), s.role()));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
