-- The bounds of org.sicredit.domain.calendar.PlausibleDates, held by the schema too: no day before 1900-01-01 or
-- after 9999-12-31, no month outside 190001..999912 (a year -1 was once stored as -99 and broke every later read).
ALTER TABLE dishonesty_record ADD CONSTRAINT ck_record_dates_plausible CHECK (
    act_date BETWEEN DATE '1900-01-01' AND DATE '9999-12-31'
    AND (act_ended_on IS NULL OR act_ended_on BETWEEN DATE '1900-01-01' AND DATE '9999-12-31')
    AND collected_on BETWEEN DATE '1900-01-01' AND DATE '9999-12-31'
    AND (status_on IS NULL OR status_on BETWEEN DATE '1900-01-01' AND DATE '9999-12-31')
    AND (reported_on IS NULL OR reported_on BETWEEN DATE '1900-01-01' AND DATE '9999-12-31')
    AND (query_period_ends_on IS NULL OR query_period_ends_on BETWEEN DATE '1900-01-01' AND DATE '9999-12-31'));

ALTER TABLE dishonesty_record ADD CONSTRAINT ck_record_status_period_plausible CHECK (
    status_period IS NULL OR (status_period BETWEEN 190001 AND 999912 AND MOD(status_period, 100) BETWEEN 1 AND 12));

ALTER TABLE objection ADD CONSTRAINT ck_objection_dates_plausible CHECK (
    received_on BETWEEN DATE '1900-01-01' AND DATE '9999-12-31');

ALTER TABLE repair_application ADD CONSTRAINT ck_repair_dates_plausible CHECK (
    applied_on BETWEEN DATE '1900-01-01' AND DATE '9999-12-31'
    AND (status_on IS NULL OR status_on BETWEEN DATE '1900-01-01' AND DATE '9999-12-31'));

ALTER TABLE submission_log ADD CONSTRAINT ck_submission_period_plausible CHECK (
    period BETWEEN 190001 AND 999912 AND MOD(period, 100) BETWEEN 1 AND 12);

ALTER TABLE audit_entry ADD CONSTRAINT ck_audit_as_of_plausible CHECK (
    as_of BETWEEN DATE '1900-01-01' AND DATE '9999-12-31');
