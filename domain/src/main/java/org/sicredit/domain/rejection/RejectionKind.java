package org.sicredit.domain.rejection;

/**
 * What sort of "no" a rejection is, for an adapter to map to its own terms without a table of codes (HTTP: 422,
 * 404, 403, 409, 503, 401).
 */
public enum RejectionKind {
    /** The input breaks a rule of the law, a standard or the command's shape. */
    INVALID,
    /** What the request names does not exist. */
    NOT_FOUND,
    /** The caller may not do this, or not to this record. */
    FORBIDDEN,
    /** The request is valid but the state does not allow it now: another change came first, a step is out of order. */
    CONFLICT,
    /** Something outside the caller's control is missing for now: the Platform, a year's holiday schedule. */
    UNAVAILABLE,
    /** The caller could not be told from anyone: no credential, an unknown one, or one withdrawn. */
    UNAUTHENTICATED
}
