package org.sicredit.domain.calendar;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingCalendarProperties {

    private final WorkingCalendar calendar = HolidayCn.calendar();

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs()
                .between(LocalDate.of(2007, 1, 1).toEpochDay(), LocalDate.of(2026, 10, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

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
