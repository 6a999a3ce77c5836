-- An organisation's credit code holds its organisation code in characters 9-17 (GB 32100-2015): records filed under
-- either form are one subject, keyed 'ORG:' and those nine characters. The audit tables are append-only and keep
-- their keys; the adapter reads them under both.
--
-- Before this version the same act could be stored twice, once under each form. Of such twins the one filed under
-- the organisation code (or, between two credit codes, the first by id) takes the new key; the other keeps its old
-- key, so no row is lost and the natural key holds. Such a leftover is found by no lookup (its twin is): list them
-- with  SELECT id FROM dishonesty_record WHERE subject_kind = 'ORGANISATION' AND subject_key NOT LIKE 'ORG:%'
-- and revoke them through the application.
UPDATE dishonesty_record SET subject_key = 'ORG:' || subject_key
    WHERE subject_kind = 'ORGANISATION' AND LENGTH(subject_key) = 9;
UPDATE dishonesty_record r SET subject_key = 'ORG:' || SUBSTRING(r.subject_key FROM 9 FOR 9)
    WHERE r.subject_kind = 'ORGANISATION' AND LENGTH(r.subject_key) = 18
      AND NOT EXISTS (SELECT 1 FROM dishonesty_record o
          WHERE o.provider_code = r.provider_code AND o.document_number = r.document_number
            AND (o.subject_key = 'ORG:' || SUBSTRING(r.subject_key FROM 9 FOR 9)
                 OR (o.subject_kind = 'ORGANISATION' AND LENGTH(o.subject_key) = 18 AND o.id < r.id
                     AND SUBSTRING(o.subject_key FROM 9 FOR 9) = SUBSTRING(r.subject_key FROM 9 FOR 9))));
