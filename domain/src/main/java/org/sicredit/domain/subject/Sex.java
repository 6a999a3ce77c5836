package org.sicredit.domain.subject;

/** Sex as GB 11643-1999 encodes it in the sequence code: odd for men, even for women. */
public enum Sex {
    MALE,
    FEMALE
}
