package org.sicredit.domain.rejection;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;

/**
 * The one catalogue of rejection codes that the application's services and the adapters answer with, and the kind
 * of every code that is not {@link RejectionKind#INVALID}. Any other code — each rule's own, such as {@code USCC_CHECK_CHARACTER} — is
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
    /** A subject acting on another subject's records. */
    public static final String SUBJECT_SCOPE = "SUBJECT_SCOPE";
    /** The Platform (or a provider's system) refused a message as it is: sending it again will not help. */
    public static final String PLATFORM_REJECTED = "PLATFORM_REJECTED";
    /** The Platform (or the Centre behind it) did not acknowledge. */
    public static final String PLATFORM_UNAVAILABLE = "PLATFORM_UNAVAILABLE";

    /** No such message in the outbox. */
    public static final String OUTBOX_MESSAGE_NOT_FOUND = "OUTBOX_MESSAGE_NOT_FOUND";
    /** A relay's claim on a message lapsed and another relay took it over. */
    public static final String OUTBOX_CLAIM_LOST = "OUTBOX_CLAIM_LOST";
    /** Only a message that failed for good is queued again by hand. */
    public static final String OUTBOX_MESSAGE_NOT_FAILED = "OUTBOX_MESSAGE_NOT_FAILED";

    /** A day or month before 1900 or after 9999. */
    public static final String DATE_OUT_OF_RANGE = "DATE_OUT_OF_RANGE";
    /** A month before the Regulations (上海市社会信用条例) came into force. */
    public static final String PERIOD_BEFORE_REGULATIONS = "PERIOD_BEFORE_REGULATIONS";

    /** Text with a control character, NUL or an unpaired surrogate. */
    public static final String TEXT_FORBIDDEN_CHARACTER = "TEXT_FORBIDDEN_CHARACTER";

    /** A command's field breaks its constraint. */
    public static final String COMMAND_INVALID = "COMMAND_INVALID";
    /** A command, or a field of it, is missing. */
    public static final String COMMAND_REQUIRED = "COMMAND_REQUIRED";
    /** A command holds too many or too few items. */
    public static final String COMMAND_SIZE = "COMMAND_SIZE";
    /** Two different rows of one submission name the same record. */
    public static final String DUPLICATE_ROW_IN_SUBMISSION = "DUPLICATE_ROW_IN_SUBMISSION";
    /** A lookup as of a day after today. */
    public static final String LOOKUP_DATE_IN_FUTURE = "LOOKUP_DATE_IN_FUTURE";
    /** A lookup by something that is no identifier sicredit knows. */
    public static final String LOOKUP_IDENTIFIER = "LOOKUP_IDENTIFIER";
    /** A decision to correct without the corrected record. */
    public static final String OBJECTION_CORRECTION_REQUIRED = "OBJECTION_CORRECTION_REQUIRED";
    /** No such objection. */
    public static final String OBJECTION_NOT_FOUND = "OBJECTION_NOT_FOUND";
    /** A reported record is corrected only through an objection. */
    public static final String RECORD_ALREADY_REPORTED = "RECORD_ALREADY_REPORTED";
    /** No such record. */
    public static final String RECORD_NOT_FOUND = "RECORD_NOT_FOUND";
    /** A page of fewer than one or more than the most items a page holds. */
    public static final String PAGE_LIMIT = "PAGE_LIMIT";
    /** A cursor the list did not hand out. */
    public static final String PAGE_CURSOR = "PAGE_CURSOR";
    /** A credential that is no API key sicredit issued, or none at all. */
    public static final String API_KEY_UNKNOWN = "API_KEY_UNKNOWN";
    /** An API key withdrawn by the Bureau. */
    public static final String API_KEY_REVOKED = "API_KEY_REVOKED";
    /** A role no API key may grant ({@code SYSTEM}). */
    public static final String API_KEY_ROLE = "API_KEY_ROLE";
    /** A key whose provider code or subject does not fit its role. */
    public static final String API_KEY_SCOPE = "API_KEY_SCOPE";
    /** No API key has this id. */
    public static final String API_KEY_NOT_FOUND = "API_KEY_NOT_FOUND";
    /** An idempotency key that is empty, too long or not printable ASCII. */
    public static final String IDEMPOTENCY_KEY_INVALID = "IDEMPOTENCY_KEY_INVALID";
    /** An idempotency key used before for a different request. */
    public static final String IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";
    /** The first request with this idempotency key is still being answered. */
    public static final String IDEMPOTENCY_KEY_IN_USE = "IDEMPOTENCY_KEY_IN_USE";
    /** A request that needs a body came without one. */
    public static final String REQUEST_BODY_REQUIRED = "REQUEST_BODY_REQUIRED";
    /** A body that is not well-formed JSON (or has trailing content, a duplicate key, nesting too deep). */
    public static final String REQUEST_JSON_MALFORMED = "REQUEST_JSON_MALFORMED";
    /** A field the request does not have. */
    public static final String REQUEST_UNKNOWN_FIELD = "REQUEST_UNKNOWN_FIELD";
    /** A value of the wrong type: a string for a number, a fraction for an integer, a number too long. */
    public static final String REQUEST_VALUE_TYPE = "REQUEST_VALUE_TYPE";
    /** A date or month that does not exist or is not written YYYY-MM-DD / YYYY-MM. */
    public static final String REQUEST_DATE = "REQUEST_DATE";
    /** A body over the size the server accepts. */
    public static final String REQUEST_TOO_LARGE = "REQUEST_TOO_LARGE";
    /** A body of a media type the operation does not read. */
    public static final String REQUEST_MEDIA_TYPE = "REQUEST_MEDIA_TYPE";
    /** A query or path parameter that is missing or not of its form. */
    public static final String REQUEST_PARAMETER = "REQUEST_PARAMETER";
    /** An If-Match header that is no version this API handed out. */
    public static final String REQUEST_IF_MATCH = "REQUEST_IF_MATCH";
    /** No operation at this path, or not with this method. */
    public static final String REQUEST_NO_SUCH_OPERATION = "REQUEST_NO_SUCH_OPERATION";
    /** A caller over its rate limit. */
    public static final String REQUEST_RATE_LIMITED = "REQUEST_RATE_LIMITED";
    /** The server has more work in flight than it can serve now. */
    public static final String SERVER_BUSY = "SERVER_BUSY";
    /** A fault of the server itself, logged under an id. */
    public static final String SERVER_FAULT = "SERVER_FAULT";
    /** No such repair application. */
    public static final String REPAIR_NOT_FOUND = "REPAIR_NOT_FOUND";
    /** A report for a month that has not begun. */
    public static final String REPORT_PERIOD_IN_FUTURE = "REPORT_PERIOD_IN_FUTURE";
    /** Statistics whose last month comes before their first. */
    public static final String STATISTICS_RANGE = "STATISTICS_RANGE";
    /** Statistics over too many months at once. */
    public static final String STATISTICS_RANGE_TOO_LONG = "STATISTICS_RANGE_TOO_LONG";
    /** A step of an objection or a repair entered as of a day that has not come yet. */
    public static final String STEP_DATE_IN_FUTURE = "STEP_DATE_IN_FUTURE";
    /** A submission for a month that has not begun. */
    public static final String SUBMISSION_PERIOD_IN_FUTURE = "SUBMISSION_PERIOD_IN_FUTURE";

    /** A file with nothing in it, or a header and no row. */
    public static final String FILE_EMPTY = "FILE_EMPTY";
    /** A file that cannot be opened: missing, a directory, or not readable by the program. */
    public static final String FILE_UNREADABLE = "FILE_UNREADABLE";
    /** A file that is not CSV or XLSX: a binary, an old .xls workbook, a format other than the one named. */
    public static final String FILE_FORMAT = "FILE_FORMAT";
    /** Text that is not UTF-8, UTF-16 or GB18030. */
    public static final String FILE_ENCODING = "FILE_ENCODING";
    /** A line, a cell, a workbook or a file past its limit (a zip bomb among them). */
    public static final String FILE_TOO_LARGE = "FILE_TOO_LARGE";
    /** A header that lacks a column the layout requires. */
    public static final String FILE_MISSING_COLUMN = "FILE_MISSING_COLUMN";
    /** A header that names a column the layout does not know. */
    public static final String FILE_UNKNOWN_COLUMN = "FILE_UNKNOWN_COLUMN";
    /** A header that names one column twice. */
    public static final String FILE_DUPLICATE_COLUMN = "FILE_DUPLICATE_COLUMN";
    /** A cell that is no date in any form the layout accepts. */
    public static final String CELL_DATE = "CELL_DATE";
    /** A cell that is no amount of yuan. */
    public static final String CELL_AMOUNT = "CELL_AMOUNT";
    /** A cell that is no category item of the Measure. */
    public static final String CELL_CATEGORY = "CELL_CATEGORY";
    /** A cell that is none of the values its column allows (是/否, a document type, a scheme). */
    public static final String CELL_CHOICE = "CELL_CHOICE";
    /** A value in a column whose header is blank. */
    public static final String CELL_WITHOUT_COLUMN = "CELL_WITHOUT_COLUMN";
    /** A row naming neither a credit code nor an ID number, or both. */
    public static final String ROW_SUBJECT_IDENTIFIER = "ROW_SUBJECT_IDENTIFIER";

    private static final Map<String, RejectionKind> KINDS = HashMap.<String, RejectionKind>empty()
            .put(RECORD_NOT_FOUND, RejectionKind.NOT_FOUND)
            .put(OBJECTION_NOT_FOUND, RejectionKind.NOT_FOUND)
            .put(REPAIR_NOT_FOUND, RejectionKind.NOT_FOUND)
            .put(OUTBOX_MESSAGE_NOT_FOUND, RejectionKind.NOT_FOUND)
            .put(OUTBOX_CLAIM_LOST, RejectionKind.CONFLICT)
            .put(OUTBOX_MESSAGE_NOT_FAILED, RejectionKind.CONFLICT)
            .put(ROLE_NOT_ALLOWED, RejectionKind.FORBIDDEN)
            .put(PROVIDER_SCOPE, RejectionKind.FORBIDDEN)
            .put(SUBJECT_SCOPE, RejectionKind.FORBIDDEN)
            .put("RECORD_NOT_OWNING_PROVIDER", RejectionKind.FORBIDDEN)
            .put("OBJECTION_NOT_OWNING_PROVIDER", RejectionKind.FORBIDDEN)
            .put("REPAIR_NOT_OWNING_PROVIDER", RejectionKind.FORBIDDEN)
            .put(STALE_VERSION, RejectionKind.CONFLICT)
            .put(DUPLICATE_RECORD, RejectionKind.CONFLICT)
            .put(DUPLICATE_ROW_IN_SUBMISSION, RejectionKind.CONFLICT)
            .put(RECORD_ALREADY_REPORTED, RejectionKind.CONFLICT)
            .put("RECORD_ILLEGAL_TRANSITION", RejectionKind.CONFLICT)
            .put("RECORD_QUERY_PERIOD_NOT_OVER", RejectionKind.CONFLICT)
            .put("ACT_END_ALREADY_RECORDED", RejectionKind.CONFLICT)
            .put("OBJECTION_ILLEGAL_STEP", RejectionKind.CONFLICT)
            .put("OBJECTION_ALREADY_OPEN", RejectionKind.CONFLICT)
            .put("OBJECTION_RECORD_NOT_ON_PLATFORM", RejectionKind.CONFLICT)
            .put("REPAIR_ILLEGAL_STEP", RejectionKind.CONFLICT)
            .put("REPAIR_ALREADY_OPEN", RejectionKind.CONFLICT)
            .put("REPAIR_RECORD_NOT_ON_PLATFORM", RejectionKind.CONFLICT)
            .put(API_KEY_UNKNOWN, RejectionKind.UNAUTHENTICATED)
            .put(API_KEY_REVOKED, RejectionKind.UNAUTHENTICATED)
            .put(API_KEY_NOT_FOUND, RejectionKind.NOT_FOUND)
            .put(IDEMPOTENCY_KEY_IN_USE, RejectionKind.CONFLICT)
            .put(REQUEST_NO_SUCH_OPERATION, RejectionKind.NOT_FOUND)
            .put(REQUEST_RATE_LIMITED, RejectionKind.UNAVAILABLE)
            .put(SERVER_BUSY, RejectionKind.UNAVAILABLE)
            .put(SERVER_FAULT, RejectionKind.UNAVAILABLE)
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
