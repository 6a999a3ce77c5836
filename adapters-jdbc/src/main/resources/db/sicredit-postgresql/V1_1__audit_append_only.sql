-- PostgreSQL only: the audit trail cannot be changed or removed by anyone, whatever the adapter does (it only
-- inserts). An operator should also grant the application's role no more than SELECT and INSERT on these tables;
-- the owner can still disable these triggers on purpose, and that is an act of its own in the server's log.
CREATE FUNCTION sicredit_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '审计记录只能追加，不能修改或删除（% %）: the audit trail is append-only', TG_OP, TG_TABLE_NAME
        USING ERRCODE = '42501';
END
$$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION sicredit_audit_is_append_only();
CREATE TRIGGER audit_entry_not_truncated BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION sicredit_audit_is_append_only();
CREATE TRIGGER audit_entry_record_append_only BEFORE UPDATE OR DELETE ON audit_entry_record
    FOR EACH ROW EXECUTE FUNCTION sicredit_audit_is_append_only();
CREATE TRIGGER audit_entry_record_not_truncated BEFORE TRUNCATE ON audit_entry_record
    FOR EACH STATEMENT EXECUTE FUNCTION sicredit_audit_is_append_only();
