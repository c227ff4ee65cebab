-- Penalty decisions (行政处罚决定) and their public read model.
--
-- penalty_decision holds what agencies sent, including what must never be shown (the party's ID
-- number, redacted passages, exempt decisions). Public queries never read it: they read
-- public_decision, which the disclosure policy (policy/) fills with the masked, publishable form of
-- each decision that is or will be shown, together with its publication window
-- [decision_date, visible_until). Whether a row is visible is decided at query time from today's
-- date, so nothing has to remove decisions as they expire. (A decision whose window had already
-- ended when it was written can never be shown again and gets no public row.)

CREATE TABLE penalty_decision (
    decision_no          VARCHAR(100)   NOT NULL PRIMARY KEY,
    agency_code          CHAR(18)       NOT NULL,
    power_code           VARCHAR(64)    NOT NULL,
    party_type           VARCHAR(24)    NOT NULL,
    party_name           VARCHAR(200)   NOT NULL,
    party_credit_code    CHAR(18)       NULL,
    party_id_no          CHAR(18)       NULL,
    legal_representative VARCHAR(100)   NULL,
    violation_facts      TEXT           NOT NULL,
    legal_basis          TEXT           NULL,
    penalty_types        VARCHAR(300)   NOT NULL,
    fine_amount          DECIMAL(15, 2) NULL,
    confiscation_amount  DECIMAL(15, 2) NULL,
    decision_date        DATE           NOT NULL,
    procedure_kind       VARCHAR(16)    NOT NULL,
    officer_credentials  VARCHAR(300)   NOT NULL,
    severity             VARCHAR(16)    NOT NULL,
    exemption            VARCHAR(32)    NOT NULL,
    status               VARCHAR(16)    NOT NULL,
    status_changed_on    DATE           NULL,
    status_reason        VARCHAR(1000)  NULL,
    redacted_passages    TEXT           NULL,
    major                BOOLEAN        NOT NULL,
    legal_review_date    DATE           NULL,
    published_on         DATE           NULL,
    -- what the policy decided, kept for statistics: why it is withheld (NULL = publishable) and
    -- the end of its publication window
    withheld_reason      VARCHAR(32)    NULL,
    visible_until        DATE           NULL,
    row_hash             CHAR(64)       NOT NULL,
    public_hash          CHAR(64)       NULL,
    KEY ix_decision_agency_date (agency_code, decision_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Handling officers of each decision (承办人员), public: officers are published by name anyway.
CREATE TABLE decision_officer (
    decision_no   VARCHAR(100) NOT NULL,
    position      SMALLINT     NOT NULL,
    credential_no VARCHAR(64)  NOT NULL,
    PRIMARY KEY (decision_no, position),
    KEY ix_decision_officer_credential (credential_no, decision_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The public form of every decision that may be shown: masked names, redacted facts, no ID numbers.
CREATE TABLE public_decision (
    decision_no          VARCHAR(100)   NOT NULL PRIMARY KEY,
    agency_code          CHAR(18)       NOT NULL,
    district             VARCHAR(50)    NOT NULL,
    power_code           VARCHAR(64)    NOT NULL,
    party_type           VARCHAR(24)    NOT NULL,
    party_name           VARCHAR(200)   NOT NULL,
    party_credit_code    CHAR(18)       NULL,
    legal_representative VARCHAR(100)   NULL,
    violation_facts      TEXT           NOT NULL,
    legal_basis          TEXT           NULL,
    penalty_types        VARCHAR(300)   NOT NULL,
    fine_amount          DECIMAL(15, 2) NULL,
    confiscation_amount  DECIMAL(15, 2) NULL,
    decision_date        DATE           NOT NULL,
    visible_until        DATE           NOT NULL,
    status               VARCHAR(16)    NOT NULL,
    corrected_on         DATE           NULL,
    correction_reason    VARCHAR(1000)  NULL,
    major                BOOLEAN        NOT NULL,
    legal_review_date    DATE           NULL,
    published_on         DATE           NULL,
    first_published_at   DATETIME(3)    NULL,
    KEY ix_public_agency_date (agency_code, decision_date, decision_no),
    KEY ix_public_date (decision_date, decision_no),
    KEY ix_public_until (visible_until),
    KEY ix_public_credit (party_credit_code),
    KEY ix_public_power (power_code, decision_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Character bigrams of the public (masked) party names: "party name contains" without a scan.
CREATE TABLE public_decision_gram (
    gram          VARCHAR(2)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    visible_until DATE         NOT NULL,
    decision_date DATE         NOT NULL,
    decision_no   VARCHAR(100) NOT NULL,
    PRIMARY KEY (gram, visible_until, decision_date, decision_no),
    KEY ix_gram_decision (decision_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Withdrawal notices (行政处罚法 art. 48) of revoked decisions that had been public. No party.
CREATE TABLE withdrawal_notice (
    decision_no   VARCHAR(100)  NOT NULL PRIMARY KEY,
    agency_code   CHAR(18)      NOT NULL,
    withdrawn_on  DATE          NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    visible_until DATE          NOT NULL,
    KEY ix_notice_agency (agency_code, withdrawn_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What mirrors need to follow: publications, corrections and withdrawals as they were recorded.
-- Expiries are not stored: they happen at midnight on visible_until and are derived.
CREATE TABLE publication_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at          DATETIME(3)  NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    decision_no VARCHAR(100) NOT NULL,
    agency_code CHAR(18)     NOT NULL,
    KEY ix_event_at (at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The policy version and settings the public tables were built with; a change rebuilds them.
CREATE TABLE policy_state (
    id          TINYINT      NOT NULL PRIMARY KEY,
    fingerprint VARCHAR(128) NOT NULL,
    applied_at  DATETIME(3)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
