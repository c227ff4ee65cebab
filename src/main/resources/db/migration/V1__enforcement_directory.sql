-- The enforcement directory (事前公开): agencies, powers lists, officers, and the working-day calendar.
-- SQL stays in the subset shared by MySQL 8.4 and MariaDB 10.11+. Text is utf8mb4 throughout.

CREATE TABLE calendar_day (
    day  DATE        NOT NULL PRIMARY KEY,
    kind VARCHAR(16) NOT NULL,
    name VARCHAR(100) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agency (
    code              CHAR(18)     NOT NULL PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    kind              VARCHAR(32)  NOT NULL,
    parent_code       CHAR(18)     NULL,
    district          VARCHAR(50)  NOT NULL,
    address           VARCHAR(500) NULL,
    office_hours      VARCHAR(500) NULL,
    consult_phone     VARCHAR(100) NULL,
    supervision_phone VARCHAR(100) NULL,
    website           VARCHAR(500) NULL,
    functions         TEXT         NULL,
    KEY ix_agency_parent (parent_code, name, code),
    KEY ix_agency_district (district, kind, name, code),
    KEY ix_agency_kind (kind, name, code),
    KEY ix_agency_name (name, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE power_item (
    code                VARCHAR(64)  NOT NULL PRIMARY KEY,
    agency_code         CHAR(18)     NOT NULL,
    name                VARCHAR(500) NOT NULL,
    category            VARCHAR(16)  NOT NULL,
    legal_basis         TEXT         NULL,
    responsibility      TEXT         NULL,
    random_inspection   BOOLEAN      NOT NULL,
    discretion_standard TEXT         NULL,
    status              VARCHAR(16)  NOT NULL,
    effective_from      DATE         NULL,
    effective_to        DATE         NULL,
    KEY ix_power_agency (agency_code, code),
    KEY ix_power_category (category, code),
    KEY ix_power_status (status, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A power's history: never rewritten, only appended to when an import or a write changes the power.
CREATE TABLE power_change (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    power_code       VARCHAR(64)  NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    effective_on     DATE         NOT NULL,
    recorded_at      DATETIME(3)  NOT NULL,
    from_agency_code CHAR(18)     NULL,
    to_agency_code   CHAR(18)     NULL,
    changed_fields   VARCHAR(500) NULL,
    previous_values  TEXT         NULL,
    source           VARCHAR(32)  NOT NULL,
    KEY ix_power_change_power (power_code, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE officer (
    credential_no     VARCHAR(64)   NOT NULL PRIMARY KEY,
    name              VARCHAR(100)  NOT NULL,
    agency_code       CHAR(18)      NOT NULL,
    role              VARCHAR(16)   NOT NULL,
    domain            VARCHAR(100)  NULL,
    credential_status VARCHAR(16)   NOT NULL,
    issued_on         DATE          NULL,
    expires_on        DATE          NULL,
    duties            VARCHAR(1000) NULL,
    KEY ix_officer_agency (agency_code, role, credential_no),
    KEY ix_officer_role (role, credential_status, credential_no),
    KEY ix_officer_status (credential_status, credential_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every dataset import, for operators and for "seed only on first start".
CREATE TABLE import_run (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source      VARCHAR(500) NOT NULL,
    seed        BOOLEAN      NOT NULL,
    finished_at DATETIME(3)  NOT NULL,
    row_count   BIGINT       NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
