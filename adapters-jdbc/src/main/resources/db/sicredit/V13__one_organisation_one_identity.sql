-- An organisation's credit code holds its organisation code in characters 9-17 (GB 32100-2015): records filed under
-- either form are one subject, keyed 'ORG:' and those nine characters. The audit tables are append-only and keep
-- their keys; the adapter reads them under both.
UPDATE dishonesty_record SET subject_key = 'ORG:' || SUBSTRING(subject_key FROM 9 FOR 9)
    WHERE subject_kind = 'ORGANISATION' AND LENGTH(subject_key) = 18;
UPDATE dishonesty_record SET subject_key = 'ORG:' || subject_key
    WHERE subject_kind = 'ORGANISATION' AND LENGTH(subject_key) = 9;
