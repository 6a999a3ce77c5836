package org.sicredit.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One exception to the ordinary week in a holiday notice: a day off that would be a working day
 * ({@code offDay}), or a weekend day that is worked (调休, {@code !offDay}).
 */
public record ScheduledDay(LocalDate date, boolean offDay, String name) {

    public ScheduledDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
    }
}
