package org.sicredit.adapters.http.in;

import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import org.sicredit.application.access.Caller;
import org.sicredit.application.command.ExpectedVersion;
import org.sicredit.application.command.PageRequest;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** One request as an operation's handler sees it: who calls, in which language, and its parameters and body read. */
final class Exchange {

    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final Context context;
    private final Caller caller;
    private final Language language;
    private final RequestBody body;

    Exchange(Context context, Caller caller, Language language, RequestBody body) {
        this.context = context;
        this.caller = caller;
        this.language = language;
        this.body = body;
    }

    Caller caller() {
        return caller;
    }

    Language language() {
        return language;
    }

    String path(String name) {
        return context.pathParam(name);
    }

    String header(String name) {
        return context.header(name);
    }

    Option<String> query(String name) {
        return Option.of(context.queryParam(name));
    }

    Either<Rejection, String> required(String name) {
        return query(name).filter(value -> !value.isBlank()).toEither(() -> parameter(name,
                "缺少参数 " + name, "The parameter " + name + " is required"));
    }

    <T> Either<Rejection, T> json(Class<T> type) {
        return body.bytes().flatMap(bytes -> Json.read(bytes, type));
    }

    /** The uploaded content, streamed from where the server spooled it. */
    Either<Rejection, InputStream> upload() {
        return body.stream();
    }

    Either<Rejection, ExpectedVersion> expected() {
        return Versions.expected(context.header("If-Match"));
    }

    Either<Rejection, PageRequest> page() {
        Either<Rejection, Integer> limit = query("limit").isEmpty() ? Either.right(PageRequest.DEFAULT_LIMIT)
                : integer("limit", query("limit").get());
        return limit.map(size -> new PageRequest(size, query("cursor").filter(cursor -> !cursor.isEmpty())));
    }

    Either<Rejection, YearMonth> month(String name, String value) {
        if (value == null || !MONTH.matcher(value).matches()) {
            return Either.left(date(name, "年月须写作 YYYY-MM", "A month is written YYYY-MM"));
        }
        return Try.of(() -> YearMonth.parse(value)).toEither()
                .mapLeft(failure -> date(name, "不是存在的年月", "Not a month that exists"));
    }

    Either<Rejection, LocalDate> day(String name, String value) {
        if (value == null || !DAY.matcher(value).matches()) {
            return Either.left(date(name, "日期须写作 YYYY-MM-DD", "A date is written YYYY-MM-DD"));
        }
        return Try.of(() -> LocalDate.parse(value)).toEither()
                .mapLeft(failure -> failure instanceof DateTimeParseException
                        ? date(name, "不是存在的日期", "Not a date that exists") : date(name, "日期无效", "Not a date"));
    }

    /** A date parameter, today in Shanghai when absent. */
    Either<Rejection, LocalDate> dayOrToday(String name, LocalDate today) {
        return query(name).isEmpty() ? Either.right(today) : day(name, query(name).get());
    }

    Either<Rejection, Integer> integer(String name, String value) {
        return Try.of(() -> Integer.parseInt(value)).toEither()
                .mapLeft(failure -> parameter(name, name + " 须为整数", name + " is an integer"));
    }

    Either<Rejection, Boolean> flag(String name) {
        Option<String> value = query(name);
        if (value.isEmpty()) {
            return Either.right(false);
        }
        return value.get().equals("true") ? Either.right(true) : value.get().equals("false") ? Either.right(false)
                : Either.left(parameter(name, name + " 须为 true 或 false", name + " is true or false"));
    }

    /** Whether the caller asked, by Accept, for one of these media types rather than JSON. */
    Option<String> accepts(String... mediaTypes) {
        String accept = context.header("Accept");
        if (accept == null) {
            return Option.none();
        }
        for (String mediaType : mediaTypes) {
            if (accept.contains(mediaType)) {
                return Option.some(mediaType);
            }
        }
        return Option.none();
    }

    static Rejection parameter(String name, String zh, String en) {
        return Rejection.of(RejectionCodes.REQUEST_PARAMETER, name, "", zh, en);
    }

    private static Rejection date(String name, String zh, String en) {
        return Rejection.of(RejectionCodes.REQUEST_DATE, name, "", zh, en);
    }
}
