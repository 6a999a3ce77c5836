package org.sicredit.spring;

import io.vavr.collection.Seq;
import org.sicredit.application.port.out.OutboxPort;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The outbox as a probe sees it — how many messages wait, how long the oldest has waited, how many were given up on —
 * read at most every five seconds however often health or metrics ask.
 */
final class OutboxWatch {

    private static final Duration FRESH = Duration.ofSeconds(5);

    private final OutboxPort outbox;
    private final Clock clock;
    private final AtomicReference<Snapshot> last = new AtomicReference<>();

    OutboxWatch(OutboxPort outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What waits, as of now or of a reading at most five seconds old. */
    Snapshot snapshot() {
        Instant now = clock.instant();
        Snapshot known = last.get();
        if (known != null && known.at().plus(FRESH).isAfter(now)) {
            return known;
        }
        Seq<OutboxPort.Envelope> waiting = outbox.undelivered();
        Seq<OutboxPort.Envelope> pending = waiting.filter(envelope -> envelope.status() == OutboxPort.Status.PENDING);
        Duration oldest = pending.map(OutboxPort.Envelope::enqueuedAt).min()
                .map(enqueued -> Duration.between(enqueued, now)).getOrElse(Duration.ZERO);
        Snapshot fresh = new Snapshot(now, pending.size(), waiting.size() - pending.size(), oldest);
        last.set(fresh);
        return fresh;
    }

    record Snapshot(Instant at, int pending, int failed, Duration oldestPending) {
    }
}
