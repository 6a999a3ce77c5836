package org.sicredit.adapters.file.in;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sicredit.domain.calendar.HolidayCn;
import org.sicredit.domain.calendar.HolidaySchedule;
import org.sicredit.domain.calendar.WorkingCalendar;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HolidayFilesTest {

    private static final String YEAR_2028 = "{\"year\": 2028, \"papers\": [], \"days\": ["
            + "{\"name\": \"元旦\", \"date\": \"2028-01-03\", \"isOffDay\": true},"
            + "{\"name\": \"春节\", \"date\": \"2028-01-29\", \"isOffDay\": false}]}";

    @Test
    void the_shipped_years_are_the_published_notices_and_the_unpublished_year_is_absent() {
        assertThat(HolidayFiles.shipped().publishedSchedules()).isEqualTo(HolidayCn.schedules(2007, 2027));
        assertThat(HolidayFiles.shipped().publishedSchedules().map(HolidaySchedule::year))
                .contains(Year.of(2007), Year.of(2026)).doesNotContain(Year.of(2027));
    }

    @Test
    void a_year_published_later_needs_a_file_in_the_operators_directory_not_a_release(@TempDir Path directory)
            throws Exception {
        Files.writeString(directory.resolve("2028.json"), YEAR_2028);
        Files.writeString(directory.resolve("notes.txt"), "not a year");

        HolidayFiles files = HolidayFiles.shippedAnd(directory);

        assertThat(files.publishedSchedules().last().year()).isEqualTo(Year.of(2028));
        WorkingCalendar calendar = WorkingCalendar.of(files.publishedSchedules());
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 3))).contains(false);
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 29))).contains(true);
    }

    @Test
    void a_file_in_the_directory_replaces_the_shipped_one_and_an_empty_one_withdraws_the_year(@TempDir Path directory)
            throws Exception {
        Files.writeString(directory.resolve("2026.json"), "{\"year\": 2026, \"papers\": [], \"days\": []}");

        assertThat(HolidayFiles.shippedAnd(directory).publishedSchedules().map(HolidaySchedule::year))
                .contains(Year.of(2025)).doesNotContain(Year.of(2026));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"year\": 2028, \"days\": [|is not valid JSON",
        "{\"year\": 2028}|must have an integer year and an array days",
        "{\"year\": \"2028\", \"days\": []}|must have an integer year and an array days",
        "{\"year\": 2029, \"days\": []}|says year 2029",
        "{\"year\": 2028, \"days\": [{\"name\": \"x\", \"date\": \"2026-05-01\", \"isOffDay\": true}]}|outside 2028",
        "{\"year\": 2028, \"days\": [{\"name\": \"x\", \"date\": \"2028-02-30\", \"isOffDay\": true}]}|no date",
        "{\"year\": 2028, \"days\": [{\"name\": \"x\", \"date\": \"2028-05-01\", \"isOffDay\": \"yes\"}]}|boolean",
        "{\"year\": 2028, \"days\": [{\"name\": \"x\", \"date\": \"2028-05-01\", \"isOffDay\": true},"
                + "{\"name\": \"x\", \"date\": \"2028-05-01\", \"isOffDay\": false}]}|twice",
        "{\"year\": 2028, \"year\": 2028, \"days\": []}|is not valid JSON"})
    void a_malformed_file_stops_the_start_naming_the_file_never_half_read(String content, String saying,
                                                                           @TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve("2028.json"), content, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> HolidayFiles.shippedAnd(directory))
                .isInstanceOf(HolidayFiles.HolidayDataException.class)
                .hasMessageContaining("2028.json").hasMessageContaining(saying).hasMessageContaining("假日数据文件");
    }

    @Test
    void a_directory_that_is_not_there_stops_the_start_naming_it(@TempDir Path directory) {
        assertThatThrownBy(() -> HolidayFiles.shippedAnd(directory.resolve("missing")))
                .isInstanceOf(HolidayFiles.HolidayDataException.class).hasMessageContaining("missing");
    }
}
