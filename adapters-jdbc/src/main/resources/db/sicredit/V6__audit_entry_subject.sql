-- "Who looked at this subject?" answers for exactly one subject (issue 11 §7): each entry names the subjects it is
-- about by the key the record store finds them by — a credit code as it is, a personal number by its keyed hash
-- (never in clear) — instead of a masked number that many people share. Entries written before V6 about an
-- organisation are found by its code (their masked subject is the code); those about a person cannot be: their
-- masked number does not name one person, and no clear number was ever stored to index them by.
CREATE TABLE audit_entry_subject (
    seq                   BIGINT        NOT NULL,
    subject_key           VARCHAR(80)   NOT NULL,
    PRIMARY KEY (seq, subject_key),
    CONSTRAINT fk_audit_entry_subject FOREIGN KEY (seq) REFERENCES audit_entry (seq)
);

CREATE INDEX ix_audit_subject_key ON audit_entry_subject (subject_key, seq);

INSERT INTO audit_entry_subject (seq, subject_key)
    SELECT seq, subject_masked FROM audit_entry WHERE subject_masked <> '' AND subject_masked NOT LIKE '%*%';
