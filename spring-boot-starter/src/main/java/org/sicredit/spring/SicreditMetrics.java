package org.sicredit.spring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import java.util.concurrent.CopyOnWriteArrayList;

/**
 * sicredit's meters, bound to every registry the service has (Spring Boot binds each {@link MeterBinder} bean):
 * {@code sicredit.records.ingested} (rows of submissions by outcome: added, unchanged, corrected, rejected),
 * {@code sicredit.outbox.depth} and {@code sicredit.outbox.oldest.age} (seconds), {@code sicredit.outbox.failed}
 * (messages given up on), {@code sicredit.job.runs} (by job and outcome). No meter carries a personal number or any
 * other value of the data.
 */
public final class SicreditMetrics implements MeterBinder, SicreditTally {

    private final OutboxWatch outbox;
    private final CopyOnWriteArrayList<MeterRegistry> registries = new CopyOnWriteArrayList<>();

    SicreditMetrics(OutboxWatch outbox) {
        this.outbox = outbox;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        registries.add(registry);
        Gauge.builder("sicredit.outbox.depth", () -> outbox.snapshot().pending())
                .description("Messages waiting for delivery to the Platform or the providers").register(registry);
        Gauge.builder("sicredit.outbox.oldest.age", () -> outbox.snapshot().oldestPending().toMillis() / 1000.0)
                .description("How long the oldest waiting message has waited").baseUnit("seconds").register(registry);
        Gauge.builder("sicredit.outbox.failed", () -> outbox.snapshot().failed())
                .description("Messages given up on, waiting to be queued again").register(registry);
    }

    @Override
    public void ingested(String outcome, int rows) {
        for (MeterRegistry registry : registries) {
            Counter.builder("sicredit.records.ingested").description("Rows of submissions, by what became of them")
                    .tag("outcome", outcome).register(registry).increment(rows);
        }
    }

    @Override
    public void jobRan(String job, boolean succeeded) {
        for (MeterRegistry registry : registries) {
            Counter.builder("sicredit.job.runs").description("Runs of sicredit's jobs")
                    .tags("job", job, "outcome", succeeded ? "succeeded" : "failed").register(registry).increment();
        }
    }
}
