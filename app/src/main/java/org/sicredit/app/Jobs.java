package org.sicredit.app;

import org.sicredit.application.Sicredit;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.in.ExpireRecordsUseCase;
import org.sicredit.application.port.in.RelayOutboxUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The work {@code serve} does on its own: the outbox relay (every minute by default), the expiry sweep (every hour:
 * a record leaves on the day its query period ends), the overdue-objection check (every hour; the day's warnings
 * logged once), and forgetting idempotency keys older than a day. Each is safe with several instances on one
 * database: the relay and the sweep claim their rows ({@code FOR UPDATE SKIP LOCKED} on PostgreSQL), the check claims
 * its day as an idempotency key, so each piece of work is done once. A failed run is logged, counted, and the next
 * one tries again.
 */
final class Jobs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);

    /** How often each job runs. */
    record Every(Duration relay, Duration expiry, Duration forget) {

        static final Every DEFAULT = new Every(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(1));
    }

    private final Metrics metrics;

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1, work -> {
        Thread thread = new Thread(work, "sicredit-jobs");
        thread.setDaemon(true);
        return thread;
    });

    Jobs(Sicredit sicredit, Every every, Metrics metrics, Clock clock) {
        this.metrics = metrics;
        schedule("outbox relay", every.relay(), () -> sicredit.relayOutbox()
                .relay(new RelayOutboxUseCase.Command(Caller.system("outbox-relay")))
                .peek(result -> {
                    if (!result.delivered().isEmpty() || !result.failed().isEmpty()) {
                        LOG.info("outbox relay: {} delivered, {} to retry, {} failed for good",
                                result.delivered().size(), result.retrying().size(), result.failed().size());
                    }
                }));
        schedule("expiry sweep", every.expiry(), () -> sicredit.expireRecords()
                .expire(new ExpireRecordsUseCase.Command(Caller.system("expiry-sweep")))
                .peek(result -> {
                    if (!result.expired().isEmpty()) {
                        LOG.info("expiry sweep: {} records expired", result.expired().size());
                    }
                }));
        schedule("overdue check", every.expiry(), () -> new OverdueCheck(sicredit, clock, metrics).run());
        schedule("idempotency keys", every.forget(), () -> sicredit.answerOnce().forget(Duration.ofDays(1)));
    }

    private void schedule(String name, Duration every, Runnable job) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                job.run();
                metrics.jobRan(name, true);
            } catch (RuntimeException e) {
                metrics.jobRan(name, false);
                LOG.warn("{} failed, tried again in {}: {}", name, every, e.getClass().getSimpleName());
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
