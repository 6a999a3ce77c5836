package org.sicredit.adapters.http.in;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;

import java.time.Duration;
import java.util.Objects;

/**
 * How the API is served. {@link #defaults()}: loopback only, port 8080, JSON bodies up to 16 MiB and uploads up to
 * 256 MiB, 30 s idle timeout, 32 server threads with at most 8 requests at work at once (the rest wait, fairly, up
 * to 10 s — bound it to what the database pool can serve), 600 requests a minute per API key, no CORS, and on stop
 * up to 30 s for the requests in flight to finish. TLS is the reverse proxy's.
 *
 * @param rateLimitExempt actor ids ({@code apikey:<id>}) the rate limit does not apply to, such as a load test's
 * @param corsOrigins     origins a browser may call from; empty: no CORS headers at all
 */
public record HttpSettings(String host, int port, long maxJsonBytes, long maxUploadBytes, Duration idleTimeout,
                           int threads, int maxInFlight, Duration queueTimeout, int requestsPerMinute,
                           Set<String> rateLimitExempt, List<String> corsOrigins, Duration stopTimeout) {

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(queueTimeout, "queueTimeout");
        Objects.requireNonNull(rateLimitExempt, "rateLimitExempt");
        Objects.requireNonNull(corsOrigins, "corsOrigins");
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        if (port < 0 || port > 65_535 || maxJsonBytes < 1 || maxUploadBytes < 1 || threads < 4 || maxInFlight < 1) {
            throw new IllegalArgumentException("a port 0–65535, positive limits, at least 4 threads and 1 in flight");
        }
    }

    public static HttpSettings defaults() {
        return new HttpSettings("127.0.0.1", 8080, 16L << 20, 256L << 20, Duration.ofSeconds(30), 32, 8,
                Duration.ofSeconds(10), 600, HashSet.empty(), List.empty(), Duration.ofSeconds(30));
    }

    public HttpSettings withPort(int value) {
        return new HttpSettings(host, value, maxJsonBytes, maxUploadBytes, idleTimeout, threads, maxInFlight,
                queueTimeout, requestsPerMinute, rateLimitExempt, corsOrigins, stopTimeout);
    }

    public HttpSettings withHost(String value) {
        return new HttpSettings(value, port, maxJsonBytes, maxUploadBytes, idleTimeout, threads, maxInFlight,
                queueTimeout, requestsPerMinute, rateLimitExempt, corsOrigins, stopTimeout);
    }

    public HttpSettings withLimits(long json, long upload) {
        return new HttpSettings(host, port, json, upload, idleTimeout, threads, maxInFlight, queueTimeout,
                requestsPerMinute, rateLimitExempt, corsOrigins, stopTimeout);
    }

    public HttpSettings withRateLimit(int perMinute, Set<String> exempt) {
        return new HttpSettings(host, port, maxJsonBytes, maxUploadBytes, idleTimeout, threads, maxInFlight,
                queueTimeout, perMinute, exempt, corsOrigins, stopTimeout);
    }

    public HttpSettings withConcurrency(int serverThreads, int inFlight, Duration wait) {
        return new HttpSettings(host, port, maxJsonBytes, maxUploadBytes, idleTimeout, serverThreads, inFlight, wait,
                requestsPerMinute, rateLimitExempt, corsOrigins, stopTimeout);
    }

    public HttpSettings withStopTimeout(Duration value) {
        return new HttpSettings(host, port, maxJsonBytes, maxUploadBytes, idleTimeout, threads, maxInFlight,
                queueTimeout, requestsPerMinute, rateLimitExempt, corsOrigins, value);
    }

    public HttpSettings withCors(List<String> origins) {
        return new HttpSettings(host, port, maxJsonBytes, maxUploadBytes, idleTimeout, threads, maxInFlight,
                queueTimeout, requestsPerMinute, rateLimitExempt, origins, stopTimeout);
    }
}
