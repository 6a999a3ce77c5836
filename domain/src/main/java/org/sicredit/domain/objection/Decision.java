package org.sicredit.domain.objection;

/** 是否更正: the Bureau corrects the record, or upholds it as it is. */
public enum Decision {
    CORRECT,
    UPHOLD
}
