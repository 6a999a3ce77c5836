package org.sicredit.application.access;

/** What a caller asks to do: one per use case of the application that has a caller (the catalogue is public). */
public enum Permission {
    COLLECT_SUBMISSION,
    ADD_LATER_FACTS,
    REPORT_MONTH,
    LOOK_UP_SUBJECT,
    FIND_SUBJECTS_BY_NAME,
    RECEIVE_OBJECTION,
    MARK_OBJECTION,
    FORWARD_OBJECTION,
    NOTIFY_PROVIDER,
    VERIFY_OBJECTION,
    DECIDE_OBJECTION,
    LIST_OPEN_OBJECTIONS,
    APPLY_FOR_REPAIR,
    ADD_REPAIR_EVIDENCE,
    VERIFY_REPAIR,
    ISSUE_REPAIR_PROOF,
    REFUSE_REPAIR,
    LIST_OPEN_REPAIRS,
    REVOKE_RECORD,
    EXPIRE_RECORDS,
    PRODUCE_STATISTICS,
    RELAY_OUTBOX,
    LIST_OUTBOX,
    REQUEUE_MESSAGE,
    READ_AUDIT_TRAIL,
    MANAGE_API_KEYS
}
