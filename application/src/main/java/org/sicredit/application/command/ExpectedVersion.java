package org.sicredit.application.command;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

import java.util.Objects;

/**
 * The version of a record, an objection or a repair application that a caller last read and means to change (an
 * HTTP {@code If-Match}). A change against any other version is refused with {@code STALE_VERSION} before anything is
 * stored, so an update made in between is never lost; {@link #any()} skips the check.
 */
public record ExpectedVersion(Option<Long> version) {

    private static final ExpectedVersion ANY = new ExpectedVersion(Option.none());

    public ExpectedVersion {
        Objects.requireNonNull(version, "version");
        if (version.exists(v -> v < 1)) {
            throw new IllegalArgumentException("a stored version is 1 or more");
        }
    }

    /** No expectation: the change applies to whatever version is stored. */
    public static ExpectedVersion any() {
        return ANY;
    }

    public static ExpectedVersion of(long version) {
        return new ExpectedVersion(Option.some(version));
    }

    /** {@code loaded} when it is at the expected version (or none is expected), {@code STALE_VERSION} otherwise. */
    public <T> Either<Rejection, T> check(T loaded, long storedVersion) {
        if (version.forAll(v -> v == storedVersion)) {
            return Either.right(loaded);
        }
        return Either.left(Rejection.of(RejectionCodes.STALE_VERSION, "expectedVersion", String.valueOf(version.get()),
                "已被他人修改（当前版本 " + storedVersion + "），请重新读取后再试",
                "Changed by someone else since (now at version " + storedVersion + "): read it again"));
    }
}
