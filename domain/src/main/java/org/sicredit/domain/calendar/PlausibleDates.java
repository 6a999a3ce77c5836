package org.sicredit.domain.calendar;

import io.vavr.control.Either;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The days and months sicredit accepts anywhere, from {@value #EARLIEST_YEAR}-01-01 to 9999-12-31: a year -1 or 0001
 * typed into a provider's row or a command is a rejection, never a value stored. The schema holds the same bounds as
 * CHECK constraints.
 */
public final class PlausibleDates {

    public static final int EARLIEST_YEAR = 1900;
    public static final LocalDate EARLIEST = LocalDate.of(EARLIEST_YEAR, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private PlausibleDates() {
    }

    public static boolean plausible(LocalDate day) {
        return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
    }

    public static boolean plausible(YearMonth month) {
        return plausible(month.atDay(1));
    }

    /** {@code day} when it is plausible; otherwise {@code DATE_OUT_OF_RANGE} for {@code field}. */
    public static Either<Rejection, LocalDate> check(LocalDate day, String field) {
        return plausible(day) ? Either.right(day) : Either.left(outOfRange(field, day.toString()));
    }

    /** {@code month} when it is plausible; otherwise {@code DATE_OUT_OF_RANGE} for {@code field}. */
    public static Either<Rejection, YearMonth> check(YearMonth month, String field) {
        return plausible(month) ? Either.right(month) : Either.left(outOfRange(field, month.toString()));
    }

    public static Rejection outOfRange(String field, String value) {
        return Rejection.of(RejectionCodes.DATE_OUT_OF_RANGE, field, value,
                "日期须在" + EARLIEST_YEAR + "年1月1日至9999年12月31日之间",
                "A date lies between " + EARLIEST + " and " + LATEST);
    }
}
