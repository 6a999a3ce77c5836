package org.sicredit.domain.calendar;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import org.sicredit.domain.rejection.Rejection;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;

/**
 * Working days for the years whose holiday schedules it holds. It never guesses: a question about a year it holds
 * no schedule for is a {@code CALENDAR_YEAR_NOT_COVERED} rejection, because a deadline counted over an unknown
 * Spring Festival would be wrong.
 *
 * <p>A year's notice can move days at the end of December of the year before: the 2019 notice made Saturday
 * 2018-12-29 a working day and 30–31 December days off. So a day from {@value #LAST_DECEMBER_DAYS_UNSETTLED_FROM}
 * December to 31 December of year Y is answered only when the schedules of Y and Y + 1 are both loaded; with Y alone
 * it is {@code CALENDAR_YEAR_NOT_COVERED}, naming Y + 1. In the shipped schedules 2007–2027 a next year's notice has
 * moved only days from 29 to 31 December (2006-12-30/31, 2007-12-29…31, 2011-12-31, 2018-12-29…31, 2022-12-31).
 * The margin to 25 December is the whole last week: a New Year holiday is bridged to the weekend that adjoins it,
 * and no weekend day adjoining 1 January can fall before 25 December; a notice that moved an earlier day would be
 * moving a day no New Year arrangement has ever touched.
 *
 * <p>Counting follows the rule for periods in Chinese administrative law: the day an event happens is not counted,
 * so {@code plusWorkingDays(receipt, 5)} is the fifth working day after the day of receipt.
 */
public final class WorkingCalendar {

    public static final String CALENDAR_YEAR_NOT_COVERED = "CALENDAR_YEAR_NOT_COVERED";

    /** The first day of December that a next year's notice may still move. */
    public static final int LAST_DECEMBER_DAYS_UNSETTLED_FROM = 25;

    private final SortedSet<Year> coveredYears;
    private final Map<LocalDate, Boolean> offDayExceptions;

    private WorkingCalendar(SortedSet<Year> coveredYears, Map<LocalDate, Boolean> offDayExceptions) {
        this.coveredYears = coveredYears;
        this.offDayExceptions = offDayExceptions;
    }

    public static WorkingCalendar of(Seq<HolidaySchedule> schedules) {
        Map<LocalDate, Boolean> exceptions = HashMap.ofEntries(schedules
                .flatMap(HolidaySchedule::days)
                .map(day -> io.vavr.Tuple.of(day.date(), day.offDay())));
        return new WorkingCalendar(TreeSet.ofAll(schedules.map(HolidaySchedule::year)), exceptions);
    }

    public SortedSet<Year> coveredYears() {
        return coveredYears;
    }

    public Either<Rejection, Boolean> isWorkingDay(LocalDate date) {
        return covering(date).map(this::worked);
    }

    /** The {@code n}th working day after {@code date} ({@code date} itself not counted); {@code n ≥ 0}. */
    public Either<Rejection, LocalDate> plusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("count working days forward only: " + n);
        }
        Either<Rejection, LocalDate> day = covering(date);
        for (int counted = 0; counted < n && day.isRight(); ) {
            day = covering(day.get().plusDays(1));
            if (day.isRight() && worked(day.get())) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier.
     * {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}.
     */
    public Either<Rejection, Integer> workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return workingDaysBetween(to, from).map(count -> -count);
        }
        return covering(from).flatMap(ignored -> covering(to)).map(ignored -> {
            int count = 0;
            for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
                count += worked(day) ? 1 : 0;
            }
            return count;
        });
    }

    private boolean worked(LocalDate date) {
        return offDayExceptions.get(date)
                .map(offDay -> !offDay)
                .getOrElse(() -> date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY);
    }

    private Either<Rejection, LocalDate> covering(LocalDate date) {
        Year year = Year.from(date);
        if (!coveredYears.contains(year)) {
            return Either.left(notCovered(date, year, ""));
        }
        if (isUnsettledUntilNextNotice(date) && !coveredYears.contains(year.plusYears(1))) {
            return Either.left(notCovered(date, year.plusYears(1), " (a late-December day that the notice for "
                    + year.plusYears(1) + " may still move)"));
        }
        return Either.right(date);
    }

    private static boolean isUnsettledUntilNextNotice(LocalDate date) {
        return date.getMonthValue() == 12 && date.getDayOfMonth() >= LAST_DECEMBER_DAYS_UNSETTLED_FROM;
    }

    private static Rejection notCovered(LocalDate date, Year missing, String why) {
        return Rejection.of(CALENDAR_YEAR_NOT_COVERED, "date", date.toString(),
                "工作日历没有" + missing + "年的节假日安排（国务院通知尚未发布或未载入），无法计算" + date + "的工作日"
                        + (why.isEmpty() ? "" : "（" + missing + "年的通知可能调整该年末的日期）") + "，请载入" + missing + "年的安排",
                "The working calendar holds no holiday schedule for " + missing
                        + " (the State Council notice is not published or not loaded), so working days cannot be counted"
                        + " for " + date + why + "; load the schedule for " + missing);
    }
}
