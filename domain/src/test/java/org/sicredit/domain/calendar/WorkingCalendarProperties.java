package org.sicredit.domain.calendar;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.EitherAssert.assertThat;

class WorkingCalendarProperties {

    private final WorkingCalendar calendar = HolidayCn.calendar();

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs()
                .between(LocalDate.of(2007, 1, 1).toEpochDay(), LocalDate.of(2026, 10, 15).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /**
     * The calendar never guesses: over the shipped schedules, every day that a calendar holding year Y alone answers
     * is answered the same by a calendar holding Y and Y + 1 — the next notice can change nothing it said.
     */
    @Property(generation = GenerationMode.EXHAUSTIVE, tries = 8000)
    void what_a_year_alone_answers_its_next_years_notice_never_changes(
            @ForAll @IntRange(min = 0, max = 7304) int offset) {
        LocalDate day = LocalDate.of(2007, 1, 1).plusDays(offset);
        int year = day.getYear();
        WorkingCalendar alone = ALONE.computeIfAbsent(year, y -> WorkingCalendar.of(HolidayCn.schedules(y, y)));
        WorkingCalendar withNext = WITH_NEXT.computeIfAbsent(year,
                y -> WorkingCalendar.of(HolidayCn.schedules(y, y + 1)));

        alone.isWorkingDay(day).forEach(answer -> assertThat(withNext.isWorkingDay(day)).containsOnRight(answer));
        assertThat(alone.isWorkingDay(day).isRight()).isEqualTo(day.getMonthValue() < 12 || day.getDayOfMonth() < 25);
    }

    private static final java.util.Map<Integer, WorkingCalendar> ALONE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<Integer, WorkingCalendar> WITH_NEXT =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Property
    void counting_back_the_working_days_added_gives_the_count(
            @ForAll("days") LocalDate start, @ForAll @IntRange(max = 40) int n) {
        LocalDate due = calendar.plusWorkingDays(start, n).get();

        assertThat(calendar.workingDaysBetween(start, due).get()).isEqualTo(n);
    }

    @Property
    void a_deadline_of_at_least_one_working_day_falls_on_a_working_day(
            @ForAll("days") LocalDate start, @ForAll @IntRange(min = 1, max = 40) int n) {
        LocalDate due = calendar.plusWorkingDays(start, n).get();

        assertThat(calendar.isWorkingDay(due).get()).isTrue();
        assertThat(due).isAfter(start);
    }

    @Property
    void more_working_days_never_end_earlier(
            @ForAll("days") LocalDate start, @ForAll @IntRange(max = 30) int n) {
        assertThat(calendar.plusWorkingDays(start, n + 1).get()).isAfter(calendar.plusWorkingDays(start, n).get());
    }
}
