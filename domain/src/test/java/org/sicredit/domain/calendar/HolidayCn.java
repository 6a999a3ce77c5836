package org.sicredit.domain.calendar;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.regex.Pattern;

/**
 * Test fixture: the State Council schedules 2007–2027 (holiday-cn, copied into test resources), read with a
 * regular expression because the domain has no JSON library. A year whose notice is unpublished is left out.
 */
public final class HolidayCn {

    private static final Pattern DAY = Pattern.compile(
            "\"name\":\\s*\"([^\"]*)\",\\s*\"date\":\\s*\"(\\d{4}-\\d{2}-\\d{2})\",\\s*\"isOffDay\":\\s*(true|false)");
    private static final WorkingCalendar ALL = WorkingCalendar.of(schedules(2007, 2027));

    private HolidayCn() {
    }

    public static WorkingCalendar calendar() {
        return ALL;
    }

    public static Seq<HolidaySchedule> schedules(int firstYear, int lastYear) {
        return List.rangeClosed(firstYear, lastYear).flatMap(year -> schedule(Year.of(year)));
    }

    private static List<HolidaySchedule> schedule(Year year) {
        List<ScheduledDay> days = List.ofAll(DAY.matcher(read(year)).results()
                .map(HolidayCn::day)
                .toList());
        return days.isEmpty() ? List.empty() : List.of(new HolidaySchedule(year, days));
    }

    private static ScheduledDay day(java.util.regex.MatchResult match) {
        return new ScheduledDay(LocalDate.parse(match.group(2)), Boolean.parseBoolean(match.group(3)), match.group(1));
    }

    private static String read(Year year) {
        try (InputStream in = HolidayCn.class.getResourceAsStream("/holiday-cn/" + year + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no holiday file for " + year);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
