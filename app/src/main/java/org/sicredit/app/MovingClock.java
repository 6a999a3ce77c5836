package org.sicredit.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A clock the demo moves from day to day, at ten in the morning in Shanghai, so every record has a true history. */
final class MovingClock extends Clock {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private volatile Instant now;

    MovingClock(LocalDate day) {
        set(day);
    }

    void set(LocalDate day) {
        now = day.atTime(LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
