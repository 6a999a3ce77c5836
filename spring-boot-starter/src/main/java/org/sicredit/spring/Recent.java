package org.sicredit.spring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A reading kept for a few seconds however often it is asked for: health probes and metric scrapes, which anyone who
 * reaches the management port may repeat, cost the database one reading per period at most.
 */
final class Recent<T> {

    /** How long a reading for a probe or a scrape is kept. */
    static final Duration PROBE_PERIOD = Duration.ofSeconds(5);

    private final Supplier<T> reading;
    private final Clock clock;
    private final Duration fresh;
    private final AtomicReference<Taken<T>> last = new AtomicReference<>();

    Recent(Supplier<T> reading, Clock clock, Duration fresh) {
        this.reading = reading;
        this.clock = clock;
        this.fresh = fresh;
    }

    T get() {
        Instant now = clock.instant();
        Taken<T> known = last.get();
        if (known != null && known.at().plus(fresh).isAfter(now)) {
            return known.value();
        }
        T value = reading.get();
        last.set(new Taken<>(now, value));
        return value;
    }

    private record Taken<T>(Instant at, T value) {
    }
}
