-- Agency credentials (the jar's `token` commands) and the audit trail of every write.

-- One row per token issued to an agency system. The token itself is never stored: only the
-- SHA-256 of it, compared in constant time. `id` is public (it is part of the token, printed by
-- `token list` and recorded as the actor in the audit trail).
CREATE TABLE agency_token (
    id          CHAR(12)     NOT NULL PRIMARY KEY,
    secret_hash CHAR(64)     NOT NULL,
    agency_code CHAR(18)     NOT NULL,
    role        VARCHAR(16)  NOT NULL,
    label       VARCHAR(200) NULL,
    issued_at   DATETIME(3)  NOT NULL,
    revoked_at  DATETIME(3)  NULL,
    KEY ix_token_agency (agency_code, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who wrote what, when; and which staff read an applicant's identity, and why. Append-only: no
-- API updates or deletes it. It holds no personal data in clear, so keeping it forever keeps none:
-- a personal field's values are stored as keyed hashes (HMAC-SHA-256, the key outside the
-- database and the repository), only fields declared non-personal keep their values.
CREATE TABLE audit_entry (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at           DATETIME(3)  NOT NULL,
    actor        VARCHAR(32)  NOT NULL,
    actor_agency CHAR(18)     NULL,
    actor_role   VARCHAR(16)  NULL,
    action       VARCHAR(64)  NOT NULL,
    entity_type  VARCHAR(32)  NOT NULL,
    entity_key   VARCHAR(200) NOT NULL,
    agency_code  CHAR(18)     NULL,
    purpose      VARCHAR(500) NULL,
    key_id       CHAR(8)      NOT NULL,
    KEY ix_audit_agency (agency_code, id),
    KEY ix_audit_action (action, id),
    KEY ix_audit_at (at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The fields a write changed: clear values for non-personal fields, keyed hashes for the rest.
CREATE TABLE audit_change (
    entry_id     BIGINT      NOT NULL,
    position     SMALLINT    NOT NULL,
    field        VARCHAR(64) NOT NULL,
    before_value TEXT        NULL,
    after_value  TEXT        NULL,
    before_hash  CHAR(64)    NULL,
    after_hash   CHAR(64)    NULL,
    PRIMARY KEY (entry_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
