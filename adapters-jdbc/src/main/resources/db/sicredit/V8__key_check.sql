-- The keys this database was written with, known by their check values (an HMAC of a fixed label under each key,
-- never the key): a key ring that does not match refuses to start instead of silently sealing under a new key.
CREATE TABLE key_check (
    key_id                VARCHAR(40)   PRIMARY KEY,
    purpose               VARCHAR(16)   NOT NULL,
    check_value           CHAR(64)      NOT NULL,
    registered_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_key_check_purpose CHECK (purpose IN ('ENCRYPTION', 'INDEX'))
);
