package org.sicredit.application.port.out;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Messages to the Platform and to providers, stored in the same transaction as the change they announce and
 * delivered after it commits by the relay ({@code RelayOutboxUseCase}) — so no use case waits for a remote party
 * while it holds a connection or a row lock. An implementation guarantees:
 * <ul>
 *     <li><b>atomicity with the change</b>: {@link #enqueue} joins the caller's transaction; a change rolled back
 *     leaves no message;</li>
 *     <li><b>one message per idempotency key</b>: enqueuing a key again answers the message already there (one that
 *     failed for good is queued again);</li>
 *     <li><b>exclusive claims</b>: {@link #claimDue} must run inside a transaction and skips rows another transaction
 *     has locked ({@code FOR UPDATE SKIP LOCKED}), so two relays never claim one message; a claim lasts a lease, and
 *     only the attempt that holds it may mark the message;</li>
 *     <li><b>nothing dropped</b>: a message leaves the outbox's undelivered list only when it was delivered.</li>
 * </ul>
 */
public interface OutboxPort {

    /** A message's identity in the outbox. */
    record MessageId(String value) {

        public MessageId {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return value;
        }
    }

    /** One record reported at one version. */
    record RecordVersion(RecordId id, long version) {

        public RecordVersion {
            Objects.requireNonNull(id, "id");
        }
    }

    /** What is to be delivered; each kind names its receiver and its idempotency key. */
    sealed interface Message permits MonthReport, ObjectionDecisionNotice, RevocationNotice, RepairProofNotice,
            RecordUpdateNotice, VerificationNotice {

        String idempotencyKey();

        /** A stable name of the kind, for lists and storage. */
        String kind();

        /** The records the message is about. */
        Seq<RecordId> recordIds();
    }

    /**
     * A month's submitted records, to be reported to the Platform (沪人社规〔2018〕30号 第七条第二款). The relay reads
     * them when it delivers and reports those still at these versions; they are marked reported only when the
     * Platform acknowledges.
     */
    record MonthReport(String idempotencyKey, YearMonth period, Seq<RecordVersion> records) implements Message {

        public MonthReport {
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(records, "records");
        }

        @Override
        public String kind() {
            return "MONTH_REPORT";
        }

        @Override
        public Seq<RecordId> recordIds() {
            return records.map(RecordVersion::id);
        }
    }

    /** The Bureau's decision on an objection, for the Centre (第九条). */
    record ObjectionDecisionNotice(PlatformGatewayPort.ObjectionDecision decision) implements Message {

        @Override
        public String idempotencyKey() {
            return "objection-decision/" + decision.objectionId();
        }

        @Override
        public String kind() {
            return "OBJECTION_DECISION";
        }

        @Override
        public Seq<RecordId> recordIds() {
            return List.of(decision.recordId());
        }
    }

    /** A revoked record, for the Platform to delete (上海市社会信用条例 第三十七条). */
    record RevocationNotice(PlatformGatewayPort.Revocation revocation) implements Message {

        @Override
        public String idempotencyKey() {
            return "revocation/" + revocation.recordId();
        }

        @Override
        public String kind() {
            return "REVOCATION";
        }

        @Override
        public Seq<RecordId> recordIds() {
            return List.of(revocation.recordId());
        }
    }

    /** A repair proof, for the Centre (第十条; 上海市社会信用条例 第三十八条). */
    record RepairProofNotice(PlatformGatewayPort.RepairNotice notice) implements Message {

        @Override
        public String idempotencyKey() {
            return "repair/" + notice.applicationId();
        }

        @Override
        public String kind() {
            return "REPAIR";
        }

        @Override
        public Seq<RecordId> recordIds() {
            return List.of(notice.recordId());
        }
    }

    /** Facts added to a reported record, for the Platform. */
    record RecordUpdateNotice(PlatformGatewayPort.RecordUpdate update) implements Message {

        @Override
        public String idempotencyKey() {
            return "record-update/" + update.idempotencyKey();
        }

        @Override
        public String kind() {
            return "RECORD_UPDATE";
        }

        @Override
        public Seq<RecordId> recordIds() {
            return List.of(update.recordId());
        }
    }

    /** A request that the owning provider verify a record under objection (第九条). */
    record VerificationNotice(ProviderNotifierPort.VerificationRequest request) implements Message {

        @Override
        public String idempotencyKey() {
            return "verification/" + request.objectionId().value();
        }

        @Override
        public String kind() {
            return "VERIFICATION_REQUEST";
        }

        @Override
        public Seq<RecordId> recordIds() {
            return List.of(request.recordId());
        }
    }

    /** Where a message stands. */
    enum Status {
        /** Waiting for its next attempt, or being attempted. */
        PENDING,
        /** Acknowledged by its receiver. */
        DELIVERED,
        /** Given up on after its last attempt; listed until someone queues it again. */
        FAILED
    }

    /**
     * A stored message. {@code attempts} counts the claims so far and is the token of the current one; {@code reference}
     * is the receiver's acknowledgement; {@code lastError} the last refusal.
     */
    record Envelope(MessageId id, Message message, Status status, int attempts, Instant enqueuedAt,
                    Instant nextAttemptAt, Option<Instant> deliveredAt, Option<String> reference,
                    Option<String> lastError) {

        public Envelope {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(enqueuedAt, "enqueuedAt");
            Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
            Objects.requireNonNull(deliveredAt, "deliveredAt");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(lastError, "lastError");
        }
    }

    /** Stores {@code message}, due at once, in the caller's transaction; a key already stored answers that message. */
    Envelope enqueue(Message message, Instant at);

    /**
     * Claims up to {@code limit} pending messages due at {@code now}, oldest first: each gets one more attempt and is
     * not due again before {@code now + lease}. Must be called inside a transaction; rows locked by another are
     * skipped.
     */
    Seq<Envelope> claimDue(Instant now, Duration lease, int limit);

    /** Marks a claimed message delivered; {@code OUTBOX_CLAIM_LOST} when {@code attempt} no longer holds it. */
    Either<Rejection, Envelope> markDelivered(MessageId id, int attempt, String reference, Instant at);

    /**
     * Records a refused attempt: due again at {@code retryAt}, or failed for good when it is empty;
     * {@code OUTBOX_CLAIM_LOST} when {@code attempt} no longer holds it.
     */
    Either<Rejection, Envelope> markRefused(MessageId id, int attempt, String error, Option<Instant> retryAt);

    /** Queues a message that failed for good again, due at {@code at}, its attempts counted afresh. */
    Either<Rejection, Envelope> requeue(MessageId id, Instant at);

    Option<Envelope> findById(MessageId id);

    /** Every message not delivered yet — pending and failed — oldest first. */
    Seq<Envelope> undelivered();
}
