package org.sicredit.adapters.http.in;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token bucket per caller: {@code perMinute} requests a minute, refilled continuously, a burst of the same size.
 * Answers how many seconds to wait (0: go on). Buckets of callers idle for a minute are dropped as they are met.
 */
final class RateLimiter {

    private final int perMinute;
    private final Clock clock;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** 0 when the caller may go on now, else the whole seconds until a token is there. */
    long secondsToWait(String caller) {
        if (perMinute <= 0) {
            return 0;
        }
        long now = clock.millis();
        if (buckets.size() > 100_000) {
            buckets.values().removeIf(bucket -> bucket.idleSince(now) > 60_000);
        }
        return buckets.computeIfAbsent(caller, key -> new Bucket(perMinute, now)).take(now, perMinute);
    }

    private static final class Bucket {

        private double tokens;
        private long last;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.last = now;
        }

        synchronized long take(long now, int perMinute) {
            tokens = Math.min(perMinute, tokens + (now - last) * perMinute / 60_000.0);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * 60.0 / perMinute);
        }

        synchronized long idleSince(long now) {
            return now - last;
        }
    }
}
