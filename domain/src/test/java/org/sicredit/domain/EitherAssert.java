package org.sicredit.domain;

import io.vavr.control.Either;
import org.assertj.core.api.AbstractAssert;

/** AssertJ for vavr's {@link Either}: failures print the side that was there instead. */
public final class EitherAssert<L, R> extends AbstractAssert<EitherAssert<L, R>, Either<L, R>> {

    private EitherAssert(Either<L, R> actual) {
        super(actual, EitherAssert.class);
    }

    public static <L, R> EitherAssert<L, R> assertThat(Either<L, R> actual) {
        return new EitherAssert<>(actual);
    }

    public EitherAssert<L, R> isLeft() {
        isNotNull();
        if (actual.isRight()) {
            failWithMessage("%sexpected a Left (a rejection) but was Right: <%s>", description(), actual.get());
        }
        return this;
    }

    public EitherAssert<L, R> isRight() {
        isNotNull();
        if (actual.isLeft()) {
            failWithMessage("%sexpected a Right but was Left: <%s>", description(), actual.getLeft());
        }
        return this;
    }

    public EitherAssert<L, R> containsOnRight(R expected) {
        isRight();
        if (!java.util.Objects.equals(actual.get(), expected)) {
            failWithMessage("%sexpected Right <%s> but was Right <%s>", description(), expected, actual.get());
        }
        return this;
    }

    private String description() {
        String text = descriptionText();
        return text.isEmpty() ? "" : "[" + text + "] ";
    }
}
