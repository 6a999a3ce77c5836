package org.sicredit.adapters.http.in;

import io.vavr.control.Option;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * What the program that hosts the API adds to it without this adapter knowing how: an observer told of every request
 * once it is answered (for request counts and latencies), and the text served at {@code /metrics} (in whatever
 * format the host's registry writes, e.g. Prometheus's). Both open to callers without a key, like the probes, and
 * neither may carry personal data. {@link #NONE}: no observer, no {@code /metrics}.
 */
public interface ServerHooks {

    ServerHooks NONE = new ServerHooks() {
    };

    /**
     * A request answered: its method, the operation's id (as in the OpenAPI document; {@code unmatched} for a path
     * that names none), the status sent and how long it took. Called on the request's thread; must not throw.
     */
    default void requestServed(String method, String operationId, int status, Duration took) {
    }

    /** The {@code /metrics} page: its media type and its text, asked for at each scrape; none to serve no page. */
    default Option<MetricsPage> metrics() {
        return Option.none();
    }

    /** A page of metrics. */
    record MetricsPage(String mediaType, Supplier<String> text) {
    }
}
