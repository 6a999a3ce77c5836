package org.sicredit.application.contract;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.sicredit.application.port.out.OutboxPort.Envelope;
import org.sicredit.application.port.out.OutboxPort.Message;
import org.sicredit.application.port.out.OutboxPort.MonthReport;
import org.sicredit.application.port.out.OutboxPort.RecordVersion;
import org.sicredit.application.port.out.OutboxPort.Status;
import org.sicredit.application.port.out.OutboxPort;
import org.sicredit.application.port.out.PlatformGatewayPort;
import org.sicredit.application.port.out.ProviderNotifierPort;
import org.sicredit.application.port.out.TransactionPort;
import org.sicredit.domain.objection.ObjectionId;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link OutboxPort} must do: keep each message whole and once per key, hand a due message to one
 * claimer at a time, let only the current attempt mark it, and never let go of a message that was not delivered.
 * The in-memory fixture passes it, and so must the JDBC adapter on H2 and PostgreSQL.
 */
public abstract class OutboxContract {

    protected static final Instant T0 = Instant.parse("2026-11-26T02:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    /** An empty outbox and the transactions its claims run in. */
    public record Fixture(OutboxPort outbox, TransactionPort transactions) {
    }

    protected abstract Fixture emptyOutbox();

    @Test
    void every_kind_of_message_reads_back_whole_and_is_claimed_once_with_its_first_attempt() {
        Fixture f = emptyOutbox();
        Seq<Message> messages = everyKind();
        messages.forEach(message -> inTransaction(f, () -> f.outbox().enqueue(message, T0)));

        Seq<Envelope> claimed = claim(f, T0, 100);

        assertThat(claimed.map(Envelope::message)).containsExactlyInAnyOrderElementsOf(messages);
        assertThat(claimed.map(Envelope::attempts).distinct()).containsExactly(1);
        assertThat(claimed.map(Envelope::status).distinct()).containsExactly(Status.PENDING);
        assertThat(claimed.map(Envelope::nextAttemptAt).distinct()).containsExactly(T0.plus(LEASE));
        assertThat(claim(f, T0.plus(LEASE).minusSeconds(1), 100)).isEmpty();
    }

    @Test
    void a_message_enqueued_twice_under_one_key_is_stored_once() {
        Fixture f = emptyOutbox();
        Message report = aReport("k-1");

        Envelope first = inTransaction(f, () -> f.outbox().enqueue(report, T0));
        Envelope again = inTransaction(f, () -> f.outbox().enqueue(report, T0.plusSeconds(60)));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(f.outbox().undelivered()).hasSize(1);
    }

    @Test
    void a_message_enqueued_in_a_transaction_that_rolls_back_is_not_kept() {
        Fixture f = emptyOutbox();

        Either<Rejection, Envelope> rolledBack = f.transactions().inTransaction(() -> {
            f.outbox().enqueue(aReport("k-rolled-back"), T0);
            return Either.left(Rejection.of("TEST_ROLLBACK", "test", "", "回滚", "Rolled back"));
        });

        assertThat(rolledBack.isLeft()).isTrue();
        assertThat(f.outbox().undelivered()).isEmpty();
    }

    @Test
    void a_delivered_message_leaves_the_undelivered_list_and_is_never_claimed_again() {
        Fixture f = emptyOutbox();
        inTransaction(f, () -> f.outbox().enqueue(aReport("k-2"), T0));
        Envelope claimed = claim(f, T0, 10).head();

        Envelope delivered = f.outbox().markDelivered(claimed.id(), 1, "PF-42", T0.plusSeconds(3)).get();

        assertThat(delivered.status()).isEqualTo(Status.DELIVERED);
        assertThat(delivered.reference()).isEqualTo(Option.some("PF-42"));
        assertThat(delivered.deliveredAt()).isEqualTo(Option.some(T0.plusSeconds(3)));
        assertThat(f.outbox().findById(claimed.id())).contains(delivered);
        assertThat(f.outbox().undelivered()).isEmpty();
        assertThat(claim(f, T0.plus(Duration.ofDays(1)), 10)).isEmpty();
    }

    @Test
    void a_claim_that_lapsed_is_taken_over_and_the_first_attempt_may_no_longer_mark_the_message() {
        Fixture f = emptyOutbox();
        inTransaction(f, () -> f.outbox().enqueue(aReport("k-3"), T0));
        Envelope first = claim(f, T0, 10).head();

        Envelope second = claim(f, T0.plus(LEASE), 10).head();

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(f.outbox().markDelivered(first.id(), 1, "PF-1", T0).getLeft().code())
                .isEqualTo(RejectionCodes.OUTBOX_CLAIM_LOST);
        assertThat(f.outbox().markRefused(first.id(), 1, "late", Option.none()).getLeft().code())
                .isEqualTo(RejectionCodes.OUTBOX_CLAIM_LOST);
        assertThat(f.outbox().markDelivered(first.id(), 2, "PF-2", T0).get().reference()).contains("PF-2");
        assertThat(f.outbox().markDelivered(first.id(), 2, "PF-3", T0).getLeft().code())
                .isEqualTo(RejectionCodes.OUTBOX_CLAIM_LOST);
    }

    @Test
    void a_refused_message_waits_for_its_next_attempt_and_keeps_the_refusal() {
        Fixture f = emptyOutbox();
        inTransaction(f, () -> f.outbox().enqueue(aReport("k-4"), T0));
        Envelope claimed = claim(f, T0, 10).head();
        Instant retryAt = T0.plusSeconds(60);

        Envelope refused = f.outbox().markRefused(claimed.id(), 1, "PLATFORM_UNAVAILABLE: down", Option.some(retryAt))
                .get();

        assertThat(refused.status()).isEqualTo(Status.PENDING);
        assertThat(refused.nextAttemptAt()).isEqualTo(retryAt);
        assertThat(refused.lastError()).contains("PLATFORM_UNAVAILABLE: down");
        assertThat(claim(f, retryAt.minusSeconds(1), 10)).isEmpty();
        assertThat(claim(f, retryAt, 10).map(Envelope::attempts)).containsExactly(2);
    }

    @Test
    void a_message_that_failed_for_good_stays_listed_unclaimed_until_it_is_queued_again() {
        Fixture f = emptyOutbox();
        Message report = aReport("k-5");
        inTransaction(f, () -> f.outbox().enqueue(report, T0));
        Envelope claimed = claim(f, T0, 10).head();

        Envelope failed = f.outbox().markRefused(claimed.id(), 1, "REPORT_INVALID: bad line", Option.none()).get();

        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(f.outbox().undelivered()).containsExactly(failed);
        assertThat(claim(f, T0.plus(Duration.ofDays(30)), 10)).isEmpty();
        assertThat(f.outbox().requeue(new OutboxPort.MessageId("no-such-message"), T0).getLeft().code())
                .isEqualTo(RejectionCodes.OUTBOX_MESSAGE_NOT_FOUND);

        Envelope queued = f.outbox().requeue(failed.id(), T0.plusSeconds(600)).get();

        assertThat(queued.status()).isEqualTo(Status.PENDING);
        assertThat(queued.attempts()).isZero();
        assertThat(queued.nextAttemptAt()).isEqualTo(T0.plusSeconds(600));
        assertThat(f.outbox().requeue(failed.id(), T0).getLeft().code())
                .isEqualTo(RejectionCodes.OUTBOX_MESSAGE_NOT_FAILED);
        assertThat(claim(f, T0.plusSeconds(600), 10).map(Envelope::attempts)).containsExactly(1);
    }

    @Test
    void enqueuing_the_key_of_a_message_that_failed_for_good_queues_it_again() {
        Fixture f = emptyOutbox();
        Message report = aReport("k-6");
        inTransaction(f, () -> f.outbox().enqueue(report, T0));
        Envelope claimed = claim(f, T0, 10).head();
        f.outbox().markRefused(claimed.id(), 1, "REPORT_INVALID: bad line", Option.none()).get();

        Envelope again = inTransaction(f, () -> f.outbox().enqueue(report, T0.plusSeconds(60)));

        assertThat(again.id()).isEqualTo(claimed.id());
        assertThat(again.status()).isEqualTo(Status.PENDING);
        assertThat(again.nextAttemptAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void undelivered_messages_are_listed_oldest_first_and_claimed_oldest_first() {
        Fixture f = emptyOutbox();
        inTransaction(f, () -> f.outbox().enqueue(aReport("k-late"), T0.plusSeconds(30)));
        inTransaction(f, () -> f.outbox().enqueue(aReport("k-early"), T0));

        assertThat(f.outbox().undelivered().map(e -> e.message().idempotencyKey()))
                .containsExactly("k-early", "k-late");
        assertThat(claim(f, T0.plusSeconds(60), 1).map(e -> e.message().idempotencyKey())).containsExactly("k-early");
    }

    @Test
    void two_claimers_at_once_never_claim_one_message_twice() throws Exception {
        Fixture f = emptyOutbox();
        List.range(0, 60).forEach(i -> inTransaction(f, () -> f.outbox().enqueue(aReport("k-c-" + i), T0)));
        CountDownLatch start = new CountDownLatch(1);
        Callable<Seq<OutboxPort.MessageId>> claimer = () -> {
            start.await();
            Seq<OutboxPort.MessageId> mine = List.empty();
            Seq<Envelope> batch;
            do {
                batch = claim(f, T0, 7);
                mine = mine.appendAll(batch.map(Envelope::id));
            } while (!batch.isEmpty());
            return mine;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Seq<OutboxPort.MessageId>> one = pool.submit(claimer);
            Future<Seq<OutboxPort.MessageId>> two = pool.submit(claimer);
            start.countDown();
            Seq<OutboxPort.MessageId> all = one.get().appendAll(two.get());

            assertThat(all).hasSize(60);
            assertThat(all.distinct()).hasSize(60);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Seq<Envelope> claim(Fixture f, Instant now, int limit) {
        return f.transactions().inTransaction(() -> Either.<Rejection, Seq<Envelope>>right(
                f.outbox().claimDue(now, LEASE, limit))).get();
    }

    private static Envelope inTransaction(Fixture f, java.util.function.Supplier<Envelope> work) {
        return f.transactions().inTransaction(() -> Either.<Rejection, Envelope>right(work.get())).get();
    }

    protected static MonthReport aReport(String key) {
        return new MonthReport(key, YearMonth.of(2019, 4), List.of(
                new RecordVersion(new RecordId(UUID.nameUUIDFromBytes(key.getBytes())), 3),
                new RecordVersion(new RecordId(UUID.nameUUIDFromBytes((key + "/2").getBytes())), 1)));
    }

    private static Seq<Message> everyKind() {
        RecordId record = new RecordId(UUID.fromString("7b1f8e8e-2f36-4d5e-9a57-2b0a7c3f1a10"));
        LocalDate day = LocalDate.of(2026, 11, 26);
        return List.of(
                aReport("sicredit-report-2019-04-abc"),
                new OutboxPort.ObjectionDecisionNotice(new PlatformGatewayPort.ObjectionDecision("OBJ-1", record,
                        "CORRECT", "金额有误，已更正", day)),
                new OutboxPort.RevocationNotice(new PlatformGatewayPort.Revocation(record, "文书被撤销", day,
                        day.plusDays(7))),
                new OutboxPort.RepairProofNotice(new PlatformGatewayPort.RepairNotice("REP-1", record, "SHSI",
                        "XF-2026-001", day, day.plusDays(5))),
                new OutboxPort.RecordUpdateNotice(new PlatformGatewayPort.RecordUpdate(record + "/v4", record,
                        "2026-10-31", true, "SERIOUS", "沪人社监〔2026〕12号", day)),
                new OutboxPort.RecordUpdateNotice(new PlatformGatewayPort.RecordUpdate(record + "/v5", record,
                        "", false, "ORDINARY", "补充说明", day)),
                new OutboxPort.VerificationNotice(new ProviderNotifierPort.VerificationRequest("SHSI",
                        new ObjectionId("OBJ-2"), record, "本人未在该单位工作", day.plusDays(5))));
    }
}
