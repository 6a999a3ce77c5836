-- One open objection and one open repair application per record, held by the database itself: a check in the
-- application alone let two concurrent callers through (7 of 20 records on H2, 3 of 3 on PostgreSQL). The record id
-- is copied into open_record_id while the objection or application is open, and a UNIQUE constraint (which lets any
-- number of NULLs through, on H2 as on PostgreSQL) allows one per record.
ALTER TABLE objection ADD COLUMN open_record_id UUID;
UPDATE objection SET open_record_id = record_id WHERE is_open;
ALTER TABLE objection ADD CONSTRAINT uq_objection_open_record UNIQUE (open_record_id);
ALTER TABLE objection ADD CONSTRAINT ck_objection_open_record CHECK (
    (is_open AND open_record_id = record_id) OR (NOT is_open AND open_record_id IS NULL));

ALTER TABLE repair_application ADD COLUMN open_record_id UUID;
UPDATE repair_application SET open_record_id = record_id WHERE is_open;
ALTER TABLE repair_application ADD CONSTRAINT uq_repair_open_record UNIQUE (open_record_id);
ALTER TABLE repair_application ADD CONSTRAINT ck_repair_open_record CHECK (
    (is_open AND open_record_id = record_id) OR (NOT is_open AND open_record_id IS NULL));
