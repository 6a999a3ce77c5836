package org.sicredit.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.out.OutboxPort.MessageId;
import org.sicredit.domain.rejection.Rejection;

import java.time.Duration;

/**
 * Delivers the outbox's due messages to the Platform and to providers, after the changes that wrote them committed.
 * A composition root schedules it (every minute, say), like the expiry sweep. Each message is claimed in a short
 * transaction, sent with no transaction open, and marked in another; a refusal is tried again later, each wait twice
 * the one before, until the schedule's last attempt, after which the message is listed as failed. Safe to run from
 * several processes at once: two relays never claim one message. A month's report marks its records reported only
 * when the Platform acknowledged it.
 */
public interface RelayOutboxUseCase {

    Either<Rejection, Result> relay(Command command);

    record Command(@NotNull @Valid Caller caller) {
    }

    /**
     * How the relay tries: a claim lasts {@code lease} (longer than any call to a receiver may take), a refused
     * message waits {@code firstWait}, then twice as long each time up to {@code longestWait}, and after
     * {@code maxAttempts} attempts it fails for good; {@code batch} messages are claimed at a time. A refusal that is
     * not {@code UNAVAILABLE} (the receiver rejected the content) fails at once: trying again would not help.
     */
    record RetrySchedule(int maxAttempts, Duration firstWait, Duration longestWait, Duration lease, int batch) {

        /** Ten attempts over about four hours; a five-minute lease; fifty messages a claim. */
        public static final RetrySchedule DEFAULT = new RetrySchedule(10, Duration.ofMinutes(1), Duration.ofHours(1),
                Duration.ofMinutes(5), 50);

        public RetrySchedule {
            if (maxAttempts < 1 || batch < 1) {
                throw new IllegalArgumentException("a retry schedule makes at least one attempt on at least one message");
            }
            if (firstWait.isNegative() || firstWait.isZero() || longestWait.compareTo(firstWait) < 0 || lease.isNegative() || lease.isZero()) {
                throw new IllegalArgumentException("waits and the lease are positive, the longest wait at least the first");
            }
        }

        /** The wait after the {@code attempts}-th refused attempt. */
        public Duration waitAfter(int attempts) {
            Duration wait = firstWait;
            for (int i = 1; i < attempts && wait.compareTo(longestWait) < 0; i++) {
                wait = wait.multipliedBy(2);
            }
            return wait.compareTo(longestWait) > 0 ? longestWait : wait;
        }
    }

    /**
     * @param delivered messages acknowledged in this run
     * @param retrying  messages refused in this run and due again later
     * @param failed    messages refused for the last time in this run
     * @param claimLost messages whose claim lapsed while they were sent, left to the relay that took them over
     */
    record Result(Seq<MessageId> delivered, Seq<MessageId> retrying, Seq<MessageId> failed, Seq<MessageId> claimLost) {
    }
}
