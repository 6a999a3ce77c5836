package org.sicredit.application.command;

import io.vavr.control.Option;

import java.util.Objects;

/**
 * One page of a list: at most {@code limit} items (1 to {@value #MAX_LIMIT}) after the {@code cursor} a previous
 * page handed out, none for the first page. Lists keep a stable order, so walking the cursors visits every item
 * that stays in the list exactly once, even when items are added or leave between two pages.
 */
public record PageRequest(int limit, Option<String> cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        Objects.requireNonNull(cursor, "cursor");
    }

    /** The first page of the default size. */
    public static PageRequest first() {
        return new PageRequest(DEFAULT_LIMIT, Option.none());
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Option.none());
    }

    public static PageRequest after(String cursor, int limit) {
        return new PageRequest(limit, Option.some(cursor));
    }
}
