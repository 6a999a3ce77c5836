package org.sicredit.application.port.out;

import io.vavr.collection.Seq;
import org.sicredit.domain.calendar.HolidaySchedule;

/**
 * The State Council's published holiday schedules. An implementation returns only years whose notice is
 * published; a year it does not know is simply absent, so the calendar refuses to count across it.
 */
@FunctionalInterface
public interface HolidayDataPort {

    Seq<HolidaySchedule> publishedSchedules();
}
