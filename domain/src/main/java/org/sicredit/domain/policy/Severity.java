package org.sicredit.domain.policy;

/** 严重失信 or not. */
public enum Severity {
    ORDINARY,
    SERIOUS
}
