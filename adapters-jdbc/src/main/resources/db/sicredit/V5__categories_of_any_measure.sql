-- A Measure other than 沪人社规〔2018〕30号 may define more than six categories (issue 10: a new Measure changes
-- nothing outside the policy package, the schema included). The category's text is stored with the record (V2).
ALTER TABLE dishonesty_record DROP CONSTRAINT ck_record_category;
ALTER TABLE dishonesty_record ADD CONSTRAINT ck_record_category CHECK (category >= 1);
