package org.sicredit.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.sicredit.adapters.http.in.ServerHooks;
import org.sicredit.application.port.out.OutboxPort;
import org.sicredit.application.port.out.SubmissionLogPort;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What {@code serve} counts, served at {@code /metrics} in the Prometheus text format: requests by operation and
 * status with their latencies ({@code sicredit_http_requests_seconds}), records ingested by outcome
 * ({@code sicredit_records_ingested_total}), the outbox's depth and the age of its oldest undelivered message
 * ({@code sicredit_outbox_depth}, {@code sicredit_outbox_oldest_age_seconds}), job runs by outcome
 * ({@code sicredit_job_runs_total}), overdue objections ({@code sicredit_objections_overdue}), and the JVM's own.
 * No metric carries a personal number or any other value from a request.
 */
final class Metrics implements ServerHooks {

    private static final Duration OUTBOX_SNAPSHOT = Duration.ofSeconds(5);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicInteger overdue = new AtomicInteger();
    private final AtomicReference<OutboxSnapshot> outbox = new AtomicReference<>();

    Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        @SuppressWarnings("resource") // lives as long as the process; nothing to release before it ends
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        Gauge.builder("sicredit.objections.overdue", overdue, AtomicInteger::get)
                .description("Open objections with a step past its deadline, at the last check").register(registry);
    }

    @Override
    public void requestServed(String method, String operationId, int status, Duration took) {
        Timer.builder("sicredit.http.requests").description("Requests answered by the REST API")
                .tags("method", method, "operation", operationId, "status", String.valueOf(status))
                .serviceLevelObjectives(Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(100),
                        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5))
                .register(registry).record(took);
    }

    @Override
    public Option<MetricsPage> metrics() {
        return Option.some(new MetricsPage("text/plain; version=0.0.4; charset=utf-8", registry::scrape));
    }

    /** The submission log, counting each submission's rows by outcome as it is appended (inside its transaction). */
    SubmissionLogPort metered(SubmissionLogPort log) {
        return new SubmissionLogPort() {
            @Override
            public void append(Submission submission) {
                log.append(submission);
                ingested("added", submission.added());
                ingested("unchanged", submission.unchanged());
                ingested("corrected", submission.corrected());
                ingested("rejected", submission.rejected());
            }

            @Override
            public Seq<Submission> submissionsFor(java.time.YearMonth period) {
                return log.submissionsFor(period);
            }
        };
    }

    private void ingested(String outcome, int rows) {
        Counter.builder("sicredit.records.ingested").description("Rows of submissions, by what became of them")
                .tag("outcome", outcome).register(registry).increment(rows);
    }

    /** The outbox's depth and oldest age, read from {@code port} at most every 5 s however often it is scraped. */
    void watch(OutboxPort port, Clock clock) {
        Gauge.builder("sicredit.outbox.depth", () -> snapshot(port, clock).depth())
                .description("Messages not yet delivered to the Platform or the providers").register(registry);
        Gauge.builder("sicredit.outbox.oldest.age", () -> snapshot(port, clock).oldestAgeSeconds())
                .description("How long the oldest undelivered message has waited").baseUnit("seconds")
                .register(registry);
    }

    void jobRan(String job, boolean succeeded) {
        Counter.builder("sicredit.job.runs").description("Runs of serve's jobs").tags("job", job, "outcome",
                succeeded ? "succeeded" : "failed").register(registry).increment();
    }

    void overdueObjections(int count) {
        overdue.set(count);
    }

    private OutboxSnapshot snapshot(OutboxPort port, Clock clock) {
        Instant now = clock.instant();
        OutboxSnapshot last = outbox.get();
        if (last != null && last.at().plus(OUTBOX_SNAPSHOT).isAfter(now)) {
            return last;
        }
        Seq<OutboxPort.Envelope> waiting = port.undelivered();
        double age = waiting.map(OutboxPort.Envelope::enqueuedAt).min()
                .map(oldest -> Duration.between(oldest, now).toMillis() / 1000.0).getOrElse(0.0);
        OutboxSnapshot fresh = new OutboxSnapshot(now, waiting.size(), age);
        outbox.set(fresh);
        return fresh;
    }

    private record OutboxSnapshot(Instant at, int depth, double oldestAgeSeconds) {
    }
}
