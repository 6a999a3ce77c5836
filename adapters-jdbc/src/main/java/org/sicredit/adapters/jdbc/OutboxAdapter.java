package org.sicredit.adapters.jdbc;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.sicredit.adapters.jdbc.crypto.KeyRing;
import org.sicredit.application.port.out.OutboxPort;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;
import org.sicredit.domain.subject.PersonalNumberMask;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * {@link OutboxPort} on {@code outbox_message}. The payload is sealed with the key ring, bound to the row id. A claim
 * is {@code SELECT … FOR UPDATE SKIP LOCKED} followed by an update of the claimed rows' attempts and next attempt, so
 * a second relay's claim passes over them while the first transaction is open and, once it committed, until the
 * lease ends. A mark holds only for the attempt that claimed the row ({@code attempts} is the claim's token).
 */
public final class OutboxAdapter implements OutboxPort {

    private static final String COLUMNS = "id, idempotency_key, kind, key_id, payload, status, attempts, enqueued_at, "
            + "next_attempt_at, delivered_at, reference, last_error";
    private static final int LAST_ERROR_LENGTH = 2000;
    private static final int REFERENCE_LENGTH = 400;

    private final TransactionAdapter transactions;
    private final KeyRing keys;

    OutboxAdapter(TransactionAdapter transactions, KeyRing keys) {
        this.transactions = transactions;
        this.keys = keys;
    }

    @Override
    public Envelope enqueue(Message message, Instant at) {
        try {
            return transactions.atomically(handle -> Either.<Rejection, Envelope>right(enqueueOn(handle, message, at)))
                    .get();
        } catch (RuntimeException failure) {
            if (!SqlFailures.isUniqueViolation(failure)) {
                throw failure;
            }
            return transactions.atomically(handle -> Either.<Rejection, Envelope>right(
                    byKey(handle, message.idempotencyKey()).get())).get();
        }
    }

    /** A key stored already answers its message; one that failed for good is queued again. */
    private Envelope enqueueOn(Handle handle, Message message, Instant at) {
        Option<Envelope> existing = byKey(handle, message.idempotencyKey());
        if (existing.isDefined()) {
            if (existing.get().status() != Status.FAILED) {
                return existing.get();
            }
            requeueOn(handle, existing.get().id(), at);
            return byId(handle, existing.get().id()).get();
        }
        String id = UUID.randomUUID().toString();
        handle.createUpdate("INSERT INTO outbox_message (id, idempotency_key, kind, key_id, payload, status, attempts, "
                        + "enqueued_at, next_attempt_at) VALUES (:id, :key, :kind, :keyId, :payload, 'PENDING', 0, :at, :at)")
                .bind("id", id)
                .bind("key", message.idempotencyKey())
                .bind("kind", message.kind())
                .bind("keyId", keys.activeKeyId())
                .bind("payload", keys.seal(OutboxJson.write(message), context(id)))
                .bind("at", time(at))
                .execute();
        return byId(handle, new MessageId(id)).get();
    }

    @Override
    public Seq<Envelope> claimDue(Instant now, Duration lease, int limit) {
        return transactions.atomically(handle -> {
            Seq<Envelope> due = io.vavr.collection.List.ofAll(handle.createQuery("SELECT " + COLUMNS
                            + " FROM outbox_message WHERE status = 'PENDING' AND next_attempt_at <= :now "
                            + "ORDER BY enqueued_at, seq LIMIT :limit FOR UPDATE SKIP LOCKED")
                    .bind("now", time(now))
                    .bind("limit", limit)
                    .map(this::envelope)
                    .list());
            Instant until = now.plus(lease);
            due.forEach(envelope -> handle.createUpdate("UPDATE outbox_message SET attempts = attempts + 1, "
                            + "next_attempt_at = :until WHERE id = :id")
                    .bind("until", time(until))
                    .bind("id", envelope.id().value())
                    .execute());
            return Either.<Rejection, Seq<Envelope>>right(due.map(envelope -> new Envelope(envelope.id(),
                    envelope.message(), envelope.status(), envelope.attempts() + 1, envelope.enqueuedAt(), until,
                    envelope.deliveredAt(), envelope.reference(), envelope.lastError())));
        }).get();
    }

    @Override
    public Either<Rejection, Envelope> markDelivered(MessageId id, int attempt, String reference, Instant at) {
        return transactions.atomically(handle -> claimed(handle, id, handle.createUpdate("UPDATE outbox_message "
                        + "SET status = 'DELIVERED', delivered_at = :at, reference = :reference "
                        + "WHERE id = :id AND status = 'PENDING' AND attempts = :attempt")
                .bind("at", time(at))
                .bind("reference", cut(reference, REFERENCE_LENGTH))
                .bind("id", id.value())
                .bind("attempt", attempt)
                .execute()));
    }

    @Override
    public Either<Rejection, Envelope> markRefused(MessageId id, int attempt, String error, Option<Instant> retryAt) {
        return transactions.atomically(handle -> claimed(handle, id, handle.createUpdate("UPDATE outbox_message "
                        + "SET status = :status, next_attempt_at = COALESCE(:retryAt, next_attempt_at), "
                        + "last_error = :error WHERE id = :id AND status = 'PENDING' AND attempts = :attempt")
                .bind("status", retryAt.isDefined() ? Status.PENDING.name() : Status.FAILED.name())
                .bind("retryAt", retryAt.map(OutboxAdapter::time).getOrNull())
                .bind("error", cut(error, LAST_ERROR_LENGTH))
                .bind("id", id.value())
                .bind("attempt", attempt)
                .execute()));
    }

    @Override
    public Either<Rejection, Envelope> requeue(MessageId id, Instant at) {
        return transactions.atomically(handle -> {
            if (requeueOn(handle, id, at) == 1) {
                return Either.right(byId(handle, id).get());
            }
            return Either.left(byId(handle, id).isDefined()
                    ? Rejection.of(RejectionCodes.OUTBOX_MESSAGE_NOT_FAILED, "messageId", id.value(),
                            "只有已放弃投递的消息才能重新排队", "Only a message that failed for good is queued again")
                    : notFound(id));
        });
    }

    private static int requeueOn(Handle handle, MessageId id, Instant at) {
        return handle.createUpdate("UPDATE outbox_message SET status = 'PENDING', attempts = 0, "
                        + "next_attempt_at = :at WHERE id = :id AND status = 'FAILED'")
                .bind("at", time(at))
                .bind("id", id.value())
                .execute();
    }

    @Override
    public Option<Envelope> findById(MessageId id) {
        return transactions.read(handle -> byId(handle, id));
    }

    @Override
    public Seq<Envelope> undelivered() {
        return transactions.readList(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM outbox_message WHERE status <> 'DELIVERED' ORDER BY enqueued_at, seq")
                .map(this::envelope)
                .list());
    }

    private Either<Rejection, Envelope> claimed(Handle handle, MessageId id, int updated) {
        if (updated == 1) {
            return Either.right(byId(handle, id).get());
        }
        return Either.left(byId(handle, id).isDefined()
                ? Rejection.of(RejectionCodes.OUTBOX_CLAIM_LOST, "messageId", id.value(),
                        "该消息已由其他投递进程接手", "Another relay took this message over")
                : notFound(id));
    }

    private static Rejection notFound(MessageId id) {
        return Rejection.of(RejectionCodes.OUTBOX_MESSAGE_NOT_FOUND, "messageId", PersonalNumberMask.maskWithin(id.value()), "没有这条消息",
                "No such message");
    }

    private Option<Envelope> byId(Handle handle, MessageId id) {
        return Option.ofOptional(handle.createQuery("SELECT " + COLUMNS + " FROM outbox_message WHERE id = :id")
                .bind("id", id.value())
                .map(this::envelope)
                .findOne());
    }

    private Option<Envelope> byKey(Handle handle, String key) {
        return Option.ofOptional(handle.createQuery("SELECT " + COLUMNS
                        + " FROM outbox_message WHERE idempotency_key = :key FOR UPDATE")
                .bind("key", key)
                .map(this::envelope)
                .findOne());
    }

    private Envelope envelope(ResultSet row, StatementContext context) throws SQLException {
        String id = row.getString("id");
        Message message = OutboxJson.read(row.getString("kind"),
                keys.open(row.getString("key_id"), row.getBytes("payload"), context(id)));
        return new Envelope(new MessageId(id), message, Status.valueOf(row.getString("status")),
                row.getInt("attempts"), instant(row, "enqueued_at").get(), instant(row, "next_attempt_at").get(),
                instant(row, "delivered_at"), Option.of(row.getString("reference")),
                Option.of(row.getString("last_error")));
    }

    private static Option<Instant> instant(ResultSet row, String column) throws SQLException {
        return Option.of(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String context(String id) {
        return id + "/outbox_payload";
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
