-- Individuals without a resident ID (issue 10 §7): a foreigner's permanent residence ID card or a passport names
-- them, sealed and blind-indexed like a resident ID number. The document is stored beside the sealed number; every
-- individual stored before V4 is named by a resident ID number.
ALTER TABLE dishonesty_record ADD COLUMN subject_id_document VARCHAR(32);
UPDATE dishonesty_record SET subject_id_document = 'RESIDENT_ID' WHERE subject_kind = 'INDIVIDUAL';
ALTER TABLE dishonesty_record ADD CONSTRAINT ck_record_subject_document CHECK (
    (subject_kind = 'INDIVIDUAL' AND subject_id_document IN ('RESIDENT_ID', 'FOREIGN_PERMANENT_RESIDENT_ID', 'PASSPORT'))
    OR (subject_kind = 'ORGANISATION' AND subject_id_document IS NULL));
