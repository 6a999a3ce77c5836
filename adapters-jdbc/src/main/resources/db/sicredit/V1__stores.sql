-- sicredit stores. One file for H2 (MODE=PostgreSQL) and PostgreSQL; Flyway runs it on both.
-- Resident ID numbers never appear in clear: *_cipher columns hold AES-GCM ciphertext (key named by key_id),
-- *_index and subject_key hold an HMAC-SHA-256 blind index for equality look-ups.

CREATE TABLE dishonesty_record (
    id                    UUID          NOT NULL PRIMARY KEY,
    provider_code         VARCHAR(16)   NOT NULL,
    document_number       VARCHAR(200)  NOT NULL,
    subject_kind          VARCHAR(16)   NOT NULL,
    subject_name          VARCHAR(200)  NOT NULL,
    subject_key           VARCHAR(80)   NOT NULL,
    subject_code          VARCHAR(18),
    subject_id_cipher     BYTEA,
    legal_rep_name        VARCHAR(200),
    legal_rep_id_cipher   BYTEA,
    legal_rep_id_index    VARCHAR(64),
    category              SMALLINT      NOT NULL,
    cause                 VARCHAR(2000) NOT NULL,
    act_date              DATE          NOT NULL,
    act_ended_on          DATE,
    amount                NUMERIC(18, 2),
    public_notice_issued  BOOLEAN       NOT NULL,
    obstruction_serious   BOOLEAN       NOT NULL,
    other_serious_harm    BOOLEAN       NOT NULL,
    scheme                VARCHAR(32)   NOT NULL,
    severity              VARCHAR(16)   NOT NULL,
    serious_grounds       VARCHAR(200)  NOT NULL,
    query_period          VARCHAR(16)   NOT NULL,
    collected_on          DATE          NOT NULL,
    collected_month       INTEGER       NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    status_period         INTEGER,
    status_on             DATE,
    status_detail         VARCHAR(2000),
    reported_on           DATE,
    query_period_ends_on  DATE,
    history               BYTEA         NOT NULL,
    key_id                VARCHAR(32)   NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT uq_record_natural_key UNIQUE (provider_code, document_number, subject_key),
    CONSTRAINT ck_record_subject_kind CHECK (subject_kind IN ('ORGANISATION', 'INDIVIDUAL')),
    CONSTRAINT ck_record_subject_fields CHECK (
        (subject_kind = 'ORGANISATION' AND subject_code IS NOT NULL AND subject_id_cipher IS NULL
            AND legal_rep_name IS NOT NULL AND legal_rep_id_cipher IS NOT NULL AND legal_rep_id_index IS NOT NULL)
        OR (subject_kind = 'INDIVIDUAL' AND subject_code IS NULL AND subject_id_cipher IS NOT NULL
            AND legal_rep_name IS NULL AND legal_rep_id_cipher IS NULL AND legal_rep_id_index IS NULL)),
    CONSTRAINT ck_record_category CHECK (category BETWEEN 1 AND 6),
    CONSTRAINT ck_record_amount CHECK (amount IS NULL OR amount > 0),
    CONSTRAINT ck_record_act_ended CHECK (act_ended_on IS NULL OR act_ended_on >= act_date),
    CONSTRAINT ck_record_scheme CHECK (scheme IN ('SOCIAL_INSURANCE', 'MEDICAL_INSURANCE')),
    CONSTRAINT ck_record_severity CHECK (severity IN ('ORDINARY', 'SERIOUS')),
    CONSTRAINT ck_record_status CHECK (status IN ('COLLECTED', 'SUBMITTED', 'REPORTED', 'UNDER_OBJECTION',
                                                  'REVOKED', 'REPAIRED', 'EXPIRED')),
    CONSTRAINT ck_record_status_period CHECK (
        (status IN ('SUBMITTED', 'REPORTED', 'UNDER_OBJECTION')) = (status_period IS NOT NULL)),
    CONSTRAINT ck_record_months CHECK (collected_month BETWEEN 190001 AND 999912),
    CONSTRAINT ck_record_version CHECK (version >= 1)
);

CREATE INDEX ix_record_subject_key ON dishonesty_record (subject_key);
CREATE INDEX ix_record_subject_name ON dishonesty_record (subject_name);
CREATE INDEX ix_record_status_period ON dishonesty_record (status, status_period);
CREATE INDEX ix_record_expiry ON dishonesty_record (query_period_ends_on, status);
CREATE INDEX ix_record_collected_month ON dishonesty_record (collected_month);

CREATE TABLE objection (
    id                    VARCHAR(64)   NOT NULL PRIMARY KEY,
    record_id             UUID          NOT NULL,
    provider_code         VARCHAR(16)   NOT NULL,
    grounds               VARCHAR(4000) NOT NULL,
    received_on           DATE          NOT NULL,
    last_step             VARCHAR(32)   NOT NULL,
    decision              VARCHAR(16),
    is_open               BOOLEAN       NOT NULL,
    steps                 VARCHAR(1000) NOT NULL,
    history               TEXT             NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT fk_objection_record FOREIGN KEY (record_id) REFERENCES dishonesty_record (id),
    CONSTRAINT ck_objection_last_step CHECK (last_step IN ('RECEIVED', 'MARKED', 'FORWARDED', 'PROVIDER_NOTIFIED',
                                                           'VERIFIED', 'DECIDED', 'CENTRE_INFORMED')),
    CONSTRAINT ck_objection_decision CHECK (decision IS NULL OR decision IN ('CORRECT', 'UPHOLD')),
    CONSTRAINT ck_objection_version CHECK (version >= 1)
);

CREATE INDEX ix_objection_record ON objection (record_id);
CREATE INDEX ix_objection_open ON objection (is_open);

CREATE TABLE repair_application (
    id                    VARCHAR(64)   NOT NULL PRIMARY KEY,
    record_id             UUID          NOT NULL,
    provider_code         VARCHAR(16)   NOT NULL,
    ground                VARCHAR(32)   NOT NULL,
    explanation           VARCHAR(4000) NOT NULL,
    applied_on            DATE          NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    status_on             DATE,
    status_detail         VARCHAR(4000),
    proof_number          VARCHAR(100),
    is_open               BOOLEAN       NOT NULL,
    evidence              TEXT             NOT NULL,
    history               TEXT             NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT fk_repair_record FOREIGN KEY (record_id) REFERENCES dishonesty_record (id),
    CONSTRAINT ck_repair_ground CHECK (ground IN ('OBLIGATIONS_FULFILLED', 'EXTENSION', 'SELF_EXPLANATION', 'OTHER')),
    CONSTRAINT ck_repair_status CHECK (status IN ('APPLIED', 'VERIFIED', 'PROOF_ISSUED', 'REFUSED')),
    CONSTRAINT ck_repair_open CHECK (is_open = (status IN ('APPLIED', 'VERIFIED'))),
    CONSTRAINT ck_repair_proof CHECK ((status = 'PROOF_ISSUED') = (proof_number IS NOT NULL)),
    CONSTRAINT ck_repair_version CHECK (version >= 1)
);

CREATE INDEX ix_repair_record ON repair_application (record_id);
CREATE INDEX ix_repair_open ON repair_application (is_open, provider_code);

-- Append-only: the adapter only ever inserts here.
CREATE TABLE audit_entry (
    seq                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at                    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor_id              VARCHAR(100)  NOT NULL,
    actor_role            VARCHAR(16)   NOT NULL,
    action                VARCHAR(32)   NOT NULL,
    purpose               VARCHAR(4000) NOT NULL,
    subject_masked        VARCHAR(80)   NOT NULL,
    as_of                 DATE          NOT NULL,
    personal_numbers_shown BOOLEAN      NOT NULL,
    CONSTRAINT ck_audit_role CHECK (actor_role IN ('PROVIDER', 'BUREAU', 'CENTRE', 'SUBJECT', 'SYSTEM'))
);

CREATE INDEX ix_audit_actor ON audit_entry (actor_id, seq);
CREATE INDEX ix_audit_subject ON audit_entry (subject_masked, seq);

CREATE TABLE audit_entry_record (
    seq                   BIGINT        NOT NULL,
    position              INTEGER       NOT NULL,
    record_id             UUID          NOT NULL,
    PRIMARY KEY (seq, position),
    CONSTRAINT fk_audit_entry_record FOREIGN KEY (seq) REFERENCES audit_entry (seq)
);

CREATE INDEX ix_audit_record ON audit_entry_record (record_id, seq);

CREATE TABLE submission_log (
    seq                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    provider_code         VARCHAR(16)   NOT NULL,
    period                INTEGER       NOT NULL,
    at                    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor_id              VARCHAR(100)  NOT NULL,
    added                 INTEGER       NOT NULL,
    unchanged             INTEGER       NOT NULL,
    corrected             INTEGER       NOT NULL,
    rejected              INTEGER       NOT NULL,
    CONSTRAINT ck_submission_counts CHECK (added >= 0 AND unchanged >= 0 AND corrected >= 0 AND rejected >= 0)
);

CREATE INDEX ix_submission_period ON submission_log (period, seq);
