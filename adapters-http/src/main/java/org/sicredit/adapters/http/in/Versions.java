package org.sicredit.adapters.http.in;

import io.vavr.control.Either;
import org.sicredit.application.command.ExpectedVersion;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

import java.util.regex.Pattern;

/** ETags are an aggregate's optimistic version, {@code "7"}; an If-Match sends one back (a weak tag is refused). */
final class Versions {

    private static final Pattern TAG = Pattern.compile("\"([1-9][0-9]{0,17})\"");

    private Versions() {
    }

    static String entityTag(long version) {
        return "\"" + version + "\"";
    }

    /** No If-Match: any version; {@code *}: any existing; one strong tag: that version; anything else: refused. */
    static Either<Rejection, ExpectedVersion> expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return Either.right(ExpectedVersion.any());
        }
        var matcher = TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            return Either.left(Rejection.of(RejectionCodes.REQUEST_IF_MATCH, "If-Match", "",
                    "If-Match 须为本接口给出的一个 ETag，如 \"3\"", "If-Match takes one ETag this API gave, such as \"3\""));
        }
        return Either.right(ExpectedVersion.of(Long.parseLong(matcher.group(1))));
    }
}
