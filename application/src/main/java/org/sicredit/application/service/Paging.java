package org.sicredit.application.service;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import org.sicredit.application.command.PageRequest;
import org.sicredit.application.view.Page;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;

/**
 * Cursor paging over a list in a stable order. A cursor is opaque to callers: the sort key of the last item handed
 * out (or, for an append-only list, its position), base64url-encoded behind a prefix that says which.
 */
final class Paging {

    private static final String KEY = "k:";
    private static final String POSITION = "p:";

    private Paging() {
    }

    /** A page of {@code all} ordered by {@code key} (unique), after the key in the cursor. */
    static <T> Either<Rejection, Page<T>> byKey(Seq<T> all, Function<T, String> key, PageRequest request) {
        return limit(request).flatMap(limit -> decode(request.cursor(), KEY)).map(after -> {
            Seq<T> rest = all.sortBy(key).filter(item -> after.forAll(last -> key.apply(item).compareTo(last) > 0));
            Seq<T> items = rest.take(request.limit());
            Option<String> next = rest.size() > request.limit()
                    ? Option.some(encode(KEY + key.apply(items.last()))) : Option.none();
            return new Page<>(items, next);
        });
    }

    /** A page of an append-only list, in its own order, after the position in the cursor. */
    static <T> Either<Rejection, Page<T>> byPosition(Seq<T> all, PageRequest request) {
        return limit(request).flatMap(limit -> decode(request.cursor(), POSITION))
                .flatMap(after -> position(after, request))
                .map(from -> {
                    Seq<T> items = all.drop(from).take(request.limit());
                    int end = from + items.size();
                    return new Page<>(items, end < all.size()
                            ? Option.some(encode(POSITION + end)) : Option.none());
                });
    }

    /** The request itself checked, before any work (and any audit entry) a page of positions would cause. */
    static Either<Rejection, PageRequest> checkPosition(PageRequest request) {
        return byPosition(io.vavr.collection.List.empty(), request).map(empty -> request);
    }

    private static Either<Rejection, Integer> position(Option<String> after, PageRequest request) {
        if (after.isEmpty()) {
            return Either.right(0);
        }
        return Try.of(() -> Integer.parseInt(after.get())).filter(p -> p >= 0).toEither()
                .mapLeft(failure -> badCursor());
    }

    private static Either<Rejection, Integer> limit(PageRequest request) {
        if (request.limit() < 1 || request.limit() > PageRequest.MAX_LIMIT) {
            return Either.left(Rejection.of(RejectionCodes.PAGE_LIMIT, "limit", String.valueOf(request.limit()),
                    "每页条数须在 1 至 " + PageRequest.MAX_LIMIT + " 之间",
                    "A page holds 1 to " + PageRequest.MAX_LIMIT + " items"));
        }
        return Either.right(request.limit());
    }

    private static Either<Rejection, Option<String>> decode(Option<String> cursor, String prefix) {
        if (cursor.isEmpty()) {
            return Either.right(Option.none());
        }
        return Try.of(() -> new String(Base64.getUrlDecoder().decode(cursor.get()), StandardCharsets.UTF_8))
                .filter(text -> text.startsWith(prefix))
                .map(text -> Option.some(text.substring(prefix.length())))
                .toEither().mapLeft(failure -> badCursor());
    }

    private static Rejection badCursor() {
        return Rejection.of(RejectionCodes.PAGE_CURSOR, "cursor", "",
                "翻页游标无效：请使用上一页返回的游标", "Not a cursor this list handed out: use the one the previous page gave");
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
