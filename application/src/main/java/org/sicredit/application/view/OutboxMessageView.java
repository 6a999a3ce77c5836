package org.sicredit.application.view;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.sicredit.application.port.out.OutboxPort.Envelope;
import org.sicredit.application.port.out.OutboxPort.MessageId;
import org.sicredit.application.port.out.OutboxPort;
import org.sicredit.domain.record.RecordId;

import java.time.Instant;
import java.util.Objects;

/**
 * A message of the outbox as an operator sees it: what kind, for which records, where it stands, how often it was
 * tried, when next, and the last refusal — never its personal content.
 */
public record OutboxMessageView(MessageId id, String kind, String idempotencyKey, Seq<RecordId> records,
                                OutboxPort.Status status, int attempts, Instant enqueuedAt, Instant nextAttemptAt,
                                Option<Instant> deliveredAt, Option<String> reference, Option<String> lastError) {

    public OutboxMessageView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(status, "status");
    }

    public static OutboxMessageView of(Envelope envelope) {
        return new OutboxMessageView(envelope.id(), envelope.message().kind(), envelope.message().idempotencyKey(),
                envelope.message().recordIds(), envelope.status(), envelope.attempts(), envelope.enqueuedAt(),
                envelope.nextAttemptAt(), envelope.deliveredAt(), envelope.reference(), envelope.lastError());
    }
}
