-- Two roles join the access table: counter staff who look subjects up (OFFICER) and auditors who read the audit
-- trail (AUDITOR). Their lookups and readings are audited like everyone's, so the audit table takes their role.
ALTER TABLE audit_entry DROP CONSTRAINT ck_audit_role;
ALTER TABLE audit_entry ADD CONSTRAINT ck_audit_role
    CHECK (actor_role IN ('PROVIDER', 'BUREAU', 'CENTRE', 'SUBJECT', 'SYSTEM', 'OFFICER', 'AUDITOR'));
