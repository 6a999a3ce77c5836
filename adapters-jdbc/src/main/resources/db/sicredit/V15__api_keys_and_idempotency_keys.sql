-- API keys: only the SHA-256 hash of a key's secret is kept, never the secret. A SUBJECT key's identifier may be a
-- personal number: sealed (AES-GCM, bound to the key id) under the key ring, as records keep theirs.
CREATE TABLE api_key (
    key_id                VARCHAR(16)   PRIMARY KEY,
    secret_hash           BYTEA         NOT NULL,
    role                  VARCHAR(16)   NOT NULL,
    provider_code         VARCHAR(16),
    subject_document      VARCHAR(32),
    seal_key_id           VARCHAR(64),
    subject_cipher        BYTEA,
    label                 VARCHAR(80)   NOT NULL,
    created_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    revoked_at            TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT ck_api_key_role CHECK (role IN ('BUREAU', 'PROVIDER', 'CENTRE', 'OFFICER', 'AUDITOR', 'SUBJECT')),
    CONSTRAINT ck_api_key_provider CHECK ((role = 'PROVIDER') = (provider_code IS NOT NULL)),
    CONSTRAINT ck_api_key_subject CHECK ((role = 'SUBJECT') = (subject_cipher IS NOT NULL)),
    CONSTRAINT ck_api_key_hash CHECK (OCTET_LENGTH(secret_hash) = 32)
);

-- What was answered to a request sent with an idempotency key, per caller. The answer is sealed: it may show a
-- subject's own records. A claim without an answer is in progress (or abandoned, once older than the caller allows).
CREATE TABLE idempotency_key (
    scope                 VARCHAR(100)  NOT NULL,
    idem_key              VARCHAR(255)  NOT NULL,
    fingerprint           BYTEA         NOT NULL,
    claimed_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status                INTEGER,
    media_type            VARCHAR(100),
    entity_tag            VARCHAR(100),
    seal_key_id           VARCHAR(64),
    answer_cipher         BYTEA,
    CONSTRAINT pk_idempotency_key PRIMARY KEY (scope, idem_key),
    CONSTRAINT ck_idempotency_answer CHECK ((status IS NULL) = (answer_cipher IS NULL))
);

CREATE INDEX ix_idempotency_key_claimed_at ON idempotency_key (claimed_at);
