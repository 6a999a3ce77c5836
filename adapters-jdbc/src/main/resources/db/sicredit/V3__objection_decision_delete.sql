-- The Bureau's decision on an objection may delete the record (issue 10 §5): the revocation path of
-- 上海市社会信用条例 第三十七条.
ALTER TABLE objection DROP CONSTRAINT ck_objection_decision;
ALTER TABLE objection ADD CONSTRAINT ck_objection_decision
    CHECK (decision IS NULL OR decision IN ('CORRECT', 'UPHOLD', 'DELETE'));
