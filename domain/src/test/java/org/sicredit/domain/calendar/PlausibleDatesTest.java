package org.sicredit.domain.calendar;

import org.junit.jupiter.api.Test;
import org.sicredit.domain.rejection.RejectionKind;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class PlausibleDatesTest {

    @Test
    void days_from_1900_to_9999_are_plausible_and_the_days_around_them_are_not() {
        assertThat(PlausibleDates.plausible(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(PlausibleDates.plausible(LocalDate.of(9999, 12, 31))).isTrue();
        assertThat(PlausibleDates.plausible(LocalDate.of(1899, 12, 31))).isFalse();
        assertThat(PlausibleDates.plausible(LocalDate.of(10000, 1, 1))).isFalse();
        assertThat(PlausibleDates.plausible(YearMonth.of(-1, 12))).isFalse();
        assertThat(PlausibleDates.plausible(YearMonth.of(1, 1))).isFalse();
        assertThat(PlausibleDates.plausible(YearMonth.of(1900, 1))).isTrue();
        assertThat(PlausibleDates.plausible(YearMonth.of(9999, 12))).isTrue();
    }

    @Test
    void an_implausible_day_or_month_is_an_invalid_rejection_naming_its_field_and_value() {
        assertThat(PlausibleDates.check(LocalDate.of(1, 1, 1), "asOf").getLeft()).satisfies(r -> {
            assertThat(r.code()).isEqualTo("DATE_OUT_OF_RANGE");
            assertThat(r.field()).isEqualTo("asOf");
            assertThat(r.value()).isEqualTo("0001-01-01");
            assertThat(r.kind()).isEqualTo(RejectionKind.INVALID);
            assertThat(r.messageZh()).contains("1900年1月1日");
            assertThat(r.messageEn()).contains("1900-01-01").contains("9999-12-31");
        });
        assertThat(PlausibleDates.check(YearMonth.of(-1, 12), "period").getLeft().value()).isEqualTo("-0001-12");
        assertThat(PlausibleDates.check(YearMonth.of(2019, 4), "period").get()).isEqualTo(YearMonth.of(2019, 4));
        assertThat(PlausibleDates.check(LocalDate.of(2019, 4, 1), "day").get()).isEqualTo(LocalDate.of(2019, 4, 1));
    }
}
