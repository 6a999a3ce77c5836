-- PostgreSQL only: the subjects of an audit entry are append-only like the entry itself (V1_1).
CREATE TRIGGER audit_entry_subject_append_only BEFORE UPDATE OR DELETE ON audit_entry_subject
    FOR EACH ROW EXECUTE FUNCTION sicredit_audit_is_append_only();
CREATE TRIGGER audit_entry_subject_not_truncated BEFORE TRUNCATE ON audit_entry_subject
    FOR EACH STATEMENT EXECUTE FUNCTION sicredit_audit_is_append_only();
