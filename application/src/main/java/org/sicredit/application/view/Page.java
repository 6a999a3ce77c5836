package org.sicredit.application.view;

import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.util.Objects;

/** One page of a list in its stable order, and the cursor of the next page when there is one. */
public record Page<T>(Seq<T> items, Option<String> nextCursor) {

    public Page {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(nextCursor, "nextCursor");
    }
}
