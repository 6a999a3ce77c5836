package org.sicredit.domain.rejection;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;

/**
 * The one catalogue of rejection codes that callers switch on across modules, and the kind of every code that is
 * not {@link RejectionKind#INVALID}. Any other code — each rule's own, such as {@code USCC_CHECK_CHARACTER} — is
 * invalid input. Ports and adapters use these constants instead of borrowing another module's.
 */
public final class RejectionCodes {

    /** Another change to the same aggregate came first: read it again. */
    public static final String STALE_VERSION = "STALE_VERSION";
    /** A record with the same provider, document number and subject is stored already. */
    public static final String DUPLICATE_RECORD = "DUPLICATE_RECORD";
    /** The caller's role may not take this step. */
    public static final String ROLE_NOT_ALLOWED = "ROLE_NOT_ALLOWED";
    /** A provider acting on another provider's records. */
    public static final String PROVIDER_SCOPE = "PROVIDER_SCOPE";
    /** The Platform (or the Centre behind it) did not acknowledge. */
    public static final String PLATFORM_UNAVAILABLE = "PLATFORM_UNAVAILABLE";

    private static final Map<String, RejectionKind> KINDS = HashMap.<String, RejectionKind>empty()
            .put("RECORD_NOT_FOUND", RejectionKind.NOT_FOUND)
            .put("OBJECTION_NOT_FOUND", RejectionKind.NOT_FOUND)
            .put("REPAIR_NOT_FOUND", RejectionKind.NOT_FOUND)
            .put(ROLE_NOT_ALLOWED, RejectionKind.FORBIDDEN)
            .put(PROVIDER_SCOPE, RejectionKind.FORBIDDEN)
            .put("RECORD_NOT_OWNING_PROVIDER", RejectionKind.FORBIDDEN)
            .put("OBJECTION_NOT_OWNING_PROVIDER", RejectionKind.FORBIDDEN)
            .put("REPAIR_NOT_OWNING_PROVIDER", RejectionKind.FORBIDDEN)
            .put(STALE_VERSION, RejectionKind.CONFLICT)
            .put(DUPLICATE_RECORD, RejectionKind.CONFLICT)
            .put("DUPLICATE_ROW_IN_SUBMISSION", RejectionKind.CONFLICT)
            .put("RECORD_ALREADY_REPORTED", RejectionKind.CONFLICT)
            .put("RECORD_ILLEGAL_TRANSITION", RejectionKind.CONFLICT)
            .put("RECORD_QUERY_PERIOD_NOT_OVER", RejectionKind.CONFLICT)
            .put("ACT_END_ALREADY_RECORDED", RejectionKind.CONFLICT)
            .put("OBJECTION_ILLEGAL_STEP", RejectionKind.CONFLICT)
            .put("OBJECTION_ALREADY_OPEN", RejectionKind.CONFLICT)
            .put("OBJECTION_RECORD_NOT_ON_PLATFORM", RejectionKind.CONFLICT)
            .put("REPAIR_ILLEGAL_STEP", RejectionKind.CONFLICT)
            .put("REPAIR_ALREADY_OPEN", RejectionKind.CONFLICT)
            .put("REPAIR_RECORD_NOT_ON_PLATFORM", RejectionKind.CONFLICT)
            .put(PLATFORM_UNAVAILABLE, RejectionKind.UNAVAILABLE)
            .put("CALENDAR_YEAR_NOT_COVERED", RejectionKind.UNAVAILABLE);

    private RejectionCodes() {
    }

    /** The kind of a code; a code not in the catalogue is {@link RejectionKind#INVALID}. */
    public static RejectionKind kindOf(String code) {
        return KINDS.get(code).getOrElse(RejectionKind.INVALID);
    }

    /** Every code whose kind is not {@code INVALID}. */
    public static Map<String, RejectionKind> nonInvalidCodes() {
        return KINDS;
    }
}
