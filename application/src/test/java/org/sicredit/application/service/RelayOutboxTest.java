package org.sicredit.application.service;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.sicredit.application.access.Caller;
import org.sicredit.application.fixtures.Application;
import org.sicredit.application.fixtures.MutableClock;
import org.sicredit.application.port.in.ListUndeliveredMessagesUseCase;
import org.sicredit.application.port.in.RelayOutboxUseCase;
import org.sicredit.application.port.in.RequeueMessageUseCase;
import org.sicredit.application.port.out.AuditLogPort;
import org.sicredit.application.port.out.OutboxPort.MessageId;
import org.sicredit.application.port.out.OutboxPort;
import org.sicredit.application.port.out.PlatformGatewayPort;
import org.sicredit.application.view.OutboxMessageView;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RelayOutboxTest {

    private static final Caller RELAY = Caller.system("outbox-relay");
    private static final Caller OFFICER = Caller.bureau("officer-001");

    private final MutableClock clock = new MutableClock(LocalDate.of(2026, 11, 26));
    private final Application app = new Application(clock);

    @Test
    void a_refused_message_waits_twice_as_long_each_time_and_is_listed_as_failed_after_the_tenth_attempt() {
        MessageId id = queueRevocation();
        app.platform.refuseNext(100);

        Seq<Duration> waits = List.empty();
        for (int attempt = 1; attempt < 10; attempt++) {
            assertThat(relay(RELAY).get().retrying()).containsExactly(id);
            Duration wait = Duration.between(clock.instant(), app.outbox.findById(id).get().nextAttemptAt());
            waits = waits.append(wait);
            clock.advance(wait);
        }
        assertThat(relay(RELAY).get().failed()).containsExactly(id);

        assertThat(waits.map(Duration::toMinutes)).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
        clock.advance(Duration.ofDays(7));
        assertThat(relay(RELAY).get().delivered()).as("never tried again by itself").isEmpty();
        OutboxMessageView failed = list(OFFICER, true).get().single();
        assertThat(failed.id()).isEqualTo(id);
        assertThat(failed.status()).isEqualTo(OutboxPort.Status.FAILED);
        assertThat(failed.attempts()).isEqualTo(10);
        assertThat(failed.kind()).isEqualTo("REVOCATION");
        assertThat(failed.lastError().get()).startsWith("PLATFORM_UNAVAILABLE");
        assertThat(app.platform.revocations()).isEmpty();
    }

    @Test
    void a_message_that_failed_for_good_is_delivered_once_it_is_queued_again_and_the_requeue_is_audited() {
        MessageId id = queueRevocation();
        app.platform.rejectNext();
        assertThat(relay(RELAY).get().failed()).as("a refusal of the content is not retried").containsExactly(id);
        assertThat(app.outbox.findById(id).get().attempts()).isEqualTo(1);

        OutboxMessageView queued = app.sicredit.requeueMessage().requeue(new RequeueMessageUseCase.Command(OFFICER,
                id)).get();

        assertThat(queued.status()).isEqualTo(OutboxPort.Status.PENDING);
        assertThat(relay(RELAY).get().delivered()).containsExactly(id);
        assertThat(app.platform.revocations()).hasSize(1);
        assertThat(list(OFFICER, false).get()).isEmpty();
        assertThat(app.audit.entriesByActor("officer-001").map(AuditLogPort.AuditEntry::action))
                .containsExactly(AuditLogPort.Action.MESSAGE_REQUEUED);
    }

    @Test
    void a_receiver_that_throws_is_taken_as_an_outage_and_the_message_is_kept() {
        MessageId id = queueRevocation();
        app.platform.throwNext();

        RelayOutboxUseCase.Result result = relay(RELAY).get();

        assertThat(result.retrying()).containsExactly(id);
        assertThat(app.outbox.findById(id).get().lastError().get()).contains("IllegalStateException");
        clock.advance(Duration.ofMinutes(1));
        assertThat(relay(RELAY).get().delivered()).containsExactly(id);
    }

    @Test
    void the_undelivered_list_holds_pending_and_failed_messages_and_never_their_personal_content() {
        MessageId pending = queueRevocation();
        Seq<OutboxMessageView> listed = list(OFFICER, false).get();

        assertThat(listed.map(OutboxMessageView::id)).containsExactly(pending);
        assertThat(listed.single().records()).hasSize(1);
        assertThat(listed.single().toString()).doesNotContain("文书被撤销");
        assertThat(list(OFFICER, true).get()).isEmpty();
    }

    @Test
    void only_a_system_job_or_the_bureau_relays_and_only_the_bureau_queues_a_message_again() {
        MessageId id = queueRevocation();

        assertThat(relay(Caller.provider("clerk", "SHSI")).getLeft().code()).isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(list(Caller.subject("someone", org.sicredit.domain.subject.UnifiedSocialCreditCode.parse("9131000013221158XC").get()), false).getLeft().code()).isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(app.sicredit.requeueMessage().requeue(new RequeueMessageUseCase.Command(RELAY, id)).getLeft()
                .code()).isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(app.sicredit.requeueMessage().requeue(new RequeueMessageUseCase.Command(OFFICER, id)).getLeft()
                .code()).isEqualTo("OUTBOX_MESSAGE_NOT_FAILED");
        assertThat(app.sicredit.requeueMessage().requeue(new RequeueMessageUseCase.Command(OFFICER,
                new MessageId("MSG-404"))).getLeft().code()).isEqualTo("OUTBOX_MESSAGE_NOT_FOUND");
        assertThat(relay(OFFICER).get().delivered()).containsExactly(id);
    }

    private MessageId queueRevocation() {
        RecordId record = new RecordId(UUID.fromString("7b1f8e8e-2f36-4d5e-9a57-2b0a7c3f1a10"));
        OutboxPort.Message message = new OutboxPort.RevocationNotice(new PlatformGatewayPort.Revocation(record,
                "文书被撤销", LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 1)));
        return app.outbox.enqueue(message, clock.instant()).id();
    }

    private Either<Rejection, RelayOutboxUseCase.Result> relay(Caller caller) {
        return app.sicredit.relayOutbox().relay(new RelayOutboxUseCase.Command(caller));
    }

    private Either<Rejection, Seq<OutboxMessageView>> list(Caller caller, boolean failedOnly) {
        return app.sicredit.listUndeliveredMessages().list(new ListUndeliveredMessagesUseCase.Query(caller,
                failedOnly));
    }
}
