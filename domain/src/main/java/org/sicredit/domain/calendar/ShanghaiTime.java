package org.sicredit.domain.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates in sicredit are Shanghai dates: "today" is the day in Asia/Shanghai of the injected clock's instant. */
public final class ShanghaiTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ShanghaiTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
