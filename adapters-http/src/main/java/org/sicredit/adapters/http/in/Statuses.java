package org.sicredit.adapters.http.in;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

/**
 * The HTTP status of a rejection: by its kind (invalid 422, not found 404, forbidden 403, conflict 409, unavailable
 * 503, unauthenticated 401), except the request's own shape (400, 413, 415, 429) and a change against a version the
 * caller read with If-Match (412). A reused idempotency key is invalid input: 422.
 */
final class Statuses {

    private static final Map<String, Integer> BY_CODE = HashMap.<String, Integer>empty()
            .put(RejectionCodes.REQUEST_BODY_REQUIRED, 400)
            .put(RejectionCodes.REQUEST_JSON_MALFORMED, 400)
            .put(RejectionCodes.REQUEST_UNKNOWN_FIELD, 400)
            .put(RejectionCodes.REQUEST_VALUE_TYPE, 400)
            .put(RejectionCodes.REQUEST_DATE, 400)
            .put(RejectionCodes.REQUEST_PARAMETER, 400)
            .put(RejectionCodes.REQUEST_IF_MATCH, 400)
            .put(RejectionCodes.IDEMPOTENCY_KEY_INVALID, 400)
            .put(RejectionCodes.PAGE_LIMIT, 400)
            .put(RejectionCodes.PAGE_CURSOR, 400)
            .put(RejectionCodes.REQUEST_TOO_LARGE, 413)
            .put(RejectionCodes.REQUEST_MEDIA_TYPE, 415)
            .put(RejectionCodes.REQUEST_RATE_LIMITED, 429);

    private Statuses() {
    }

    static int of(Rejection rejection, boolean ifMatchSent) {
        if (ifMatchSent && RejectionCodes.STALE_VERSION.equals(rejection.code())) {
            return 412;
        }
        return BY_CODE.get(rejection.code()).getOrElse(() -> switch (rejection.kind()) {
            case INVALID -> 422;
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case CONFLICT -> 409;
            case UNAVAILABLE -> 503;
            case UNAUTHENTICATED -> 401;
        });
    }
}
