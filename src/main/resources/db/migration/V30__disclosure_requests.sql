-- Government-information-disclosure applications (政府信息公开申请) and their events.
--
-- Events are the truth: an application's state, due date and annual-report row are derived from
-- request_event and the working-day calendar every time they are needed (request/deadline), and
-- are stored nowhere. disclosure_request holds only what the applicant submitted: the identity
-- and contact columns are read by staff paths alone, never selected on a public path. The query
-- code (查询码) is kept only as its SHA-256 hash.

CREATE TABLE disclosure_request (
    tracking_no       VARCHAR(40)   NOT NULL PRIMARY KEY,
    agency_code       CHAR(18)      NOT NULL,
    applicant_type    VARCHAR(24)   NOT NULL,
    applicant_name    VARCHAR(200)  NOT NULL,
    applicant_id_no   VARCHAR(64)   NULL,
    applicant_contact VARCHAR(500)  NOT NULL,
    description       TEXT          NOT NULL,
    format            VARCHAR(16)   NOT NULL,
    delivery          VARCHAR(16)   NOT NULL,
    channel           VARCHAR(16)   NOT NULL,
    -- UTC; the legal day is taken in Asia/Shanghai
    submitted_at      DATETIME      NOT NULL,
    query_code_sha256 BINARY(32)    NULL,
    public_register   BOOLEAN       NOT NULL DEFAULT FALSE,
    KEY ix_request_agency (agency_code, tracking_no),
    KEY ix_request_register (public_register, submitted_at, tracking_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE request_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tracking_no  VARCHAR(40)   NOT NULL,
    -- UTC; the legal day is taken in Asia/Shanghai
    occurred_at  DATETIME      NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    outcome      VARCHAR(40)   NULL,
    detail       TEXT          NULL,
    UNIQUE KEY uk_request_event (tracking_no, occurred_at, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
