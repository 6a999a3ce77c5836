package org.sicredit.domain.calendar;

import io.vavr.collection.Seq;

import java.time.Year;
import java.util.Objects;

/**
 * The holiday arrangements the State Council published for one year. Its days may begin in December of the
 * year before (the 2019 notice moves 2018-12-29). A year whose notice is not published yet has no schedule: a data
 * file that lists no day (holiday-cn's {@code 2027.json} today) means "not published", never "no holidays", and
 * an adapter that reads one gives no schedule for that year.
 */
public record HolidaySchedule(Year year, Seq<ScheduledDay> days) {

    public HolidaySchedule {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(days, "days");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a published holiday schedule names at least one day: " + year);
        }
    }
}
