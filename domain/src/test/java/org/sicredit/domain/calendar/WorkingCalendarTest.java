package org.sicredit.domain.calendar;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.sicredit.domain.rejection.Rejection;

import java.time.LocalDate;
import java.time.Year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.sicredit.domain.EitherAssert.assertThat;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = HolidayCn.calendar();

    @Test
    void counts_an_ordinary_week_from_monday_to_friday() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 11, 24)).get()).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 11, 29)).get()).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 11, 30)).get()).isFalse();
    }

    @Test
    void knows_public_holidays_and_make_up_working_days() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8)).get()).as("National Day, a Wednesday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28)).get()).as("a Sunday worked (调休)").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 11)).get()).as("a Saturday worked (调休)").isTrue();
    }

    @Test
    void does_not_count_the_starting_day() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 11, 24), 1).get()).isEqualTo(LocalDate.of(2025, 11, 25));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 11, 24), 0).get()).isEqualTo(LocalDate.of(2025, 11, 24));
    }

    @Test
    void skips_the_weekend() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 11, 21), 1).get()).isEqualTo(LocalDate.of(2025, 11, 24));
    }

    @Test
    void counts_five_working_days_across_national_day_and_its_make_up_saturday() {
        // 30 Sep 2025: 1–8 Oct off; 9, 10 Oct; Saturday 11 Oct worked; 13, 14 Oct.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 9, 30), 5).get()).isEqualTo(LocalDate.of(2025, 10, 14));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 14)).get()).isEqualTo(5);
    }

    @Test
    void counts_across_the_turn_of_a_year_whose_notice_moved_days_of_december() {
        // the 2019 notice made Saturday 29 Dec 2018 a working day and 30, 31 Dec days off
        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 12, 29)).get()).isTrue();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2018, 12, 28), 2).get()).isEqualTo(LocalDate.of(2019, 1, 2));
    }

    @Test
    void counts_backwards_as_a_negative_number() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 11, 28), LocalDate.of(2025, 11, 24)).get()).isEqualTo(-4);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 11, 24), LocalDate.of(2025, 11, 24)).get()).isZero();
    }

    @Test
    void refuses_to_guess_about_a_year_whose_notice_is_not_published() {
        Rejection rejection = calendar.plusWorkingDays(LocalDate.of(2026, 12, 28), 5).getLeft();

        assertThat(rejection.code()).isEqualTo("CALENDAR_YEAR_NOT_COVERED");
        assertThat(rejection.value()).isEqualTo("2026-12-28");
        assertThat(rejection.messageZh()).contains("2027");
        Rejection plain = calendar.isWorkingDay(LocalDate.of(2027, 3, 1)).getLeft();
        assertThat(plain.messageZh()).isEqualTo("工作日历没有2027年的节假日安排（国务院通知尚未发布或未载入），无法计算2027-03-01的工作日，"
                + "请载入2027年的安排");
        assertThat(plain.messageEn()).doesNotContain("may still move");
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 3, 1))).isLeft();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1))).isLeft();
        assertThat(calendar.coveredYears().last()).isEqualTo(Year.of(2026));
    }

    @Test
    void covers_only_the_years_it_was_given_even_when_a_notice_names_days_of_the_year_before() {
        WorkingCalendar only2019 = WorkingCalendar.of(HolidayCn.schedules(2019, 2019));

        assertThat(only2019.isWorkingDay(LocalDate.of(2018, 12, 31))).isLeft();
        assertThat(only2019.coveredYears()).containsExactly(Year.of(2019));
    }

    @Test
    void answers_a_late_december_day_only_once_the_next_years_notice_is_loaded() {
        WorkingCalendar only2018 = WorkingCalendar.of(HolidayCn.schedules(2018, 2018));
        WorkingCalendar with2019 = WorkingCalendar.of(HolidayCn.schedules(2018, 2019));

        Rejection saturday = only2018.isWorkingDay(LocalDate.of(2018, 12, 29)).getLeft();
        assertThat(saturday.code()).isEqualTo("CALENDAR_YEAR_NOT_COVERED");
        assertThat(saturday.messageZh()).contains("请载入2019年的安排");
        assertThat(saturday.messageEn()).contains("the notice for 2019 may still move");
        assertThat(only2018.isWorkingDay(LocalDate.of(2018, 12, 31))).isLeft();
        assertThat(with2019.isWorkingDay(LocalDate.of(2018, 12, 29)).get()).as("made a working day in 2019's notice")
                .isTrue();
        assertThat(with2019.isWorkingDay(LocalDate.of(2018, 12, 31)).get()).as("a day off in 2019's notice").isFalse();
    }

    @Test
    void the_unsettled_days_are_the_last_week_of_december() {
        WorkingCalendar only2026 = WorkingCalendar.of(HolidayCn.schedules(2026, 2026));

        assertThat(only2026.isWorkingDay(LocalDate.of(2026, 12, 24)).get()).isTrue();
        assertThat(only2026.isWorkingDay(LocalDate.of(2026, 12, 25)).getLeft().value()).isEqualTo("2026-12-25");
        assertThat(only2026.plusWorkingDays(LocalDate.of(2026, 12, 21), 3).get()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(only2026.plusWorkingDays(LocalDate.of(2026, 12, 21), 4)).isLeft();
    }

    @Test
    void a_year_whose_file_lists_no_day_is_not_published_and_gives_no_schedule() {
        assertThat(HolidayCn.schedules(2027, 2027)).isEmpty();
        assertThat(WorkingCalendar.of(HolidayCn.schedules(2026, 2027)).isWorkingDay(LocalDate.of(2027, 1, 4)))
                .isLeft();
    }

    @Test
    void counts_forward_only() {
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2025, 1, 2), -1));
    }

    @Test
    void a_published_schedule_names_at_least_one_day() {
        assertThatIllegalArgumentException().isThrownBy(() -> new HolidaySchedule(Year.of(2027), List.empty()));
    }
}
