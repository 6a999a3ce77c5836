package org.sicredit.spring;

import io.vavr.collection.Seq;
import org.sicredit.application.port.out.OutboxPort;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The outbox as a probe sees it — how many messages wait, how long the oldest has waited, how many were given up on —
 * read at most every five seconds however often health or metrics ask.
 */
final class OutboxWatch {

    private final OutboxPort outbox;
    private final Clock clock;
    private final Recent<Snapshot> recent;

    OutboxWatch(OutboxPort outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
        this.recent = new Recent<>(this::read, clock, Recent.PROBE_PERIOD);
    }

    /** What waits, as of now or of a reading at most five seconds old. */
    Snapshot snapshot() {
        return recent.get();
    }

    private Snapshot read() {
        Instant now = clock.instant();
        Seq<OutboxPort.Envelope> waiting = outbox.undelivered();
        Seq<OutboxPort.Envelope> pending = waiting.filter(envelope -> envelope.status() == OutboxPort.Status.PENDING);
        Duration oldest = pending.map(OutboxPort.Envelope::enqueuedAt).min()
                .map(enqueued -> Duration.between(enqueued, now)).getOrElse(Duration.ZERO);
        return new Snapshot(now, pending.size(), waiting.size() - pending.size(), oldest);
    }

    record Snapshot(Instant at, int pending, int failed, Duration oldestPending) {
    }
}
