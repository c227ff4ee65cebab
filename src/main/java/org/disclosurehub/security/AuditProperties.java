package org.disclosurehub.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code datahub.audit.*}: the audit trail.
 *
 * @param hmacKey the secret the trail hashes personal fields with (HMAC-SHA-256), at least 32
 *                characters; set it from {@code DATAHUB_AUDIT_KEY}, never in the repository. Unset,
 *                each process draws a random one, and its hashes can no longer be checked once it
 *                stops. Destroying the key makes every stored hash meaningless for good.
 */
@ConfigurationProperties("datahub.audit")
public record AuditProperties(String hmacKey) {
}
