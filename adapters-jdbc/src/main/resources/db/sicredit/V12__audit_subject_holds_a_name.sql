-- A name search is audited under the name it searched for: the column holds a whole name (Limits.NAME).
ALTER TABLE audit_entry ALTER COLUMN subject_masked SET DATA TYPE VARCHAR(200);
