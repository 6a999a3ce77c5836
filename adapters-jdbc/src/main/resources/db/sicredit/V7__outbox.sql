-- Messages to the Platform and to providers, written in the transaction of the change they announce and delivered
-- after commit by the relay. The payload is sealed (AES-GCM, bound to the row id): it may quote what a subject wrote.
CREATE TABLE outbox_message (
    id                    VARCHAR(64)   PRIMARY KEY,
    seq                   BIGINT GENERATED ALWAYS AS IDENTITY,
    idempotency_key       VARCHAR(200)  NOT NULL,
    kind                  VARCHAR(32)   NOT NULL,
    key_id                VARCHAR(64)   NOT NULL,
    payload               BYTEA         NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    attempts              INTEGER       NOT NULL,
    enqueued_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    next_attempt_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    delivered_at          TIMESTAMP(6) WITH TIME ZONE,
    reference             VARCHAR(400),
    last_error            VARCHAR(2000),
    CONSTRAINT uq_outbox_idempotency_key UNIQUE (idempotency_key),
    CONSTRAINT ck_outbox_status CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    CONSTRAINT ck_outbox_kind CHECK (kind IN ('MONTH_REPORT', 'OBJECTION_DECISION', 'REVOCATION', 'REPAIR',
                                              'RECORD_UPDATE', 'VERIFICATION_REQUEST')),
    CONSTRAINT ck_outbox_attempts CHECK (attempts >= 0),
    CONSTRAINT ck_outbox_delivered CHECK ((status = 'DELIVERED') = (delivered_at IS NOT NULL))
);

CREATE INDEX ix_outbox_due ON outbox_message (status, next_attempt_at);
CREATE INDEX ix_outbox_order ON outbox_message (enqueued_at, seq);
