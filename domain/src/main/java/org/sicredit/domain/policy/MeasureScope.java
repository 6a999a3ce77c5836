package org.sicredit.domain.policy;

/** Which active records trigger a sanction measure. */
public enum MeasureScope {
    /** Any active record (第八条 items 1–5). */
    ANY_ACTIVE_RECORD,
    /** An active serious record (第八条 last paragraph: joint punishment). */
    SERIOUS_ACTIVE_RECORD
}
