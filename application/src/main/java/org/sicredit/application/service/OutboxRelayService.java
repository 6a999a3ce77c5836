package org.sicredit.application.service;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import org.sicredit.application.access.AccessPolicy;
import org.sicredit.application.access.Caller;
import org.sicredit.application.access.Permission;
import org.sicredit.application.command.PageRequest;
import org.sicredit.application.port.in.ListUndeliveredMessagesUseCase;
import org.sicredit.application.port.in.RelayOutboxUseCase.RetrySchedule;
import org.sicredit.application.port.in.RelayOutboxUseCase;
import org.sicredit.application.port.in.RequeueMessageUseCase;
import org.sicredit.application.port.out.AuditLogPort.Action;
import org.sicredit.application.port.out.OutboxPort.Envelope;
import org.sicredit.application.port.out.OutboxPort.Message;
import org.sicredit.application.port.out.OutboxPort.MonthReport;
import org.sicredit.application.port.out.OutboxPort.RecordVersion;
import org.sicredit.application.port.out.OutboxPort;
import org.sicredit.application.port.out.PlatformGatewayPort.PlatformReport;
import org.sicredit.application.port.out.PlatformGatewayPort.Receipt;
import org.sicredit.application.port.out.PlatformGatewayPort;
import org.sicredit.application.port.out.ProviderNotifierPort;
import org.sicredit.application.port.out.RecordStorePort.Save;
import org.sicredit.application.port.out.RecordStorePort;
import org.sicredit.application.port.out.TransactionPort;
import org.sicredit.application.view.OutboxMessageView;
import org.sicredit.application.view.Page;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;
import org.sicredit.domain.rejection.RejectionKind;

import java.time.Clock;
import java.time.Instant;

/** The outbox's relay and its lists: deliver after commit, retry with backoff, give up visibly. */
final class OutboxRelayService implements RelayOutboxUseCase, ListUndeliveredMessagesUseCase, RequeueMessageUseCase {

    private final OutboxPort outbox;
    private final RecordStorePort records;
    private final PlatformGatewayPort platform;
    private final ProviderNotifierPort notifier;
    private final TransactionPort transactions;
    private final RetrySchedule schedule;
    private final Trail trail;
    private final Clock clock;
    private final CommandCheck check;

    OutboxRelayService(OutboxPort outbox, RecordStorePort records, PlatformGatewayPort platform,
                       ProviderNotifierPort notifier, TransactionPort transactions, RetrySchedule schedule,
                       Trail trail, Clock clock, CommandCheck check) {
        this.outbox = outbox;
        this.records = records;
        this.platform = platform;
        this.notifier = notifier;
        this.transactions = transactions;
        this.schedule = schedule;
        this.trail = trail;
        this.clock = clock;
        this.check = check;
    }

    @Override
    public Either<Rejection, Result> relay(RelayOutboxUseCase.Command command) {
        return check.check(command).flatMap(valid -> AccessPolicy.check(valid.caller(), Permission.RELAY_OUTBOX))
                .flatMap(this::drain);
    }

    private Either<Rejection, Result> drain(Caller caller) {
        Result result = new Result(List.empty(), List.empty(), List.empty(), List.empty());
        Seq<Envelope> claimed;
        do {
            Either<Rejection, Seq<Envelope>> claim = transactions.inTransaction(() -> Either.right(
                    outbox.claimDue(clock.instant(), schedule.lease(), schedule.batch())));
            if (claim.isLeft()) {
                return Either.left(claim.getLeft());
            }
            claimed = claim.get();
            for (Envelope envelope : claimed) {
                result = delivered(caller, envelope, result);
            }
        } while (claimed.size() == schedule.batch());
        return Either.right(result);
    }

    /** Sends one claimed message with no transaction open, then records the answer in a transaction of its own. */
    private Result delivered(Caller caller, Envelope envelope, Result so) {
        Either<Rejection, Sent> sent = send(envelope.message());
        Either<Rejection, Envelope> marked = sent.isRight()
                ? transactions.inTransaction(() -> acknowledged(caller, envelope, sent.get()))
                : transactions.inTransaction(() -> refused(envelope, sent.getLeft()));
        if (marked.isLeft()) {
            return new Result(so.delivered(), so.retrying(), so.failed(), so.claimLost().append(envelope.id()));
        }
        return switch (marked.get().status()) {
            case DELIVERED -> new Result(so.delivered().append(envelope.id()), so.retrying(), so.failed(),
                    so.claimLost());
            case PENDING -> new Result(so.delivered(), so.retrying().append(envelope.id()), so.failed(),
                    so.claimLost());
            case FAILED -> new Result(so.delivered(), so.retrying(), so.failed().append(envelope.id()),
                    so.claimLost());
        };
    }

    /** What the receiver acknowledged; for a month's report, also the records it was built from. */
    private record Sent(String reference, Seq<RecordVersion> reported) {
    }

    /** A receiver that throws is taken as one that refused: the message is kept and tried again. */
    private Either<Rejection, Sent> send(Message message) {
        return Try.of(() -> sendNow(message)).getOrElseGet(thrown -> Either.left(Rejection.of(
                RejectionCodes.PLATFORM_UNAVAILABLE, "receiver", "", "接收方出错：" + thrown.getClass().getSimpleName(),
                "The receiver failed: " + thrown.getClass().getSimpleName())));
    }

    private Either<Rejection, Sent> sendNow(Message message) {
        if (message instanceof MonthReport report) {
            return sendReport(report);
        }
        if (message instanceof OutboxPort.VerificationNotice notice) {
            return notifier.requestVerification(notice.request())
                    .map(at -> new Sent("delivered " + at, List.empty()));
        }
        return platformCall(message).map(receipt -> new Sent(receipt.platformReference(), List.empty()));
    }

    private Either<Rejection, Receipt> platformCall(Message message) {
        if (message instanceof OutboxPort.ObjectionDecisionNotice notice) {
            return platform.informObjectionDecision(notice.decision());
        }
        if (message instanceof OutboxPort.RevocationNotice notice) {
            return platform.informRevocation(notice.revocation());
        }
        if (message instanceof OutboxPort.RepairProofNotice notice) {
            return platform.informRepair(notice.notice());
        }
        return platform.informRecordUpdate(((OutboxPort.RecordUpdateNotice) message).update());
    }

    /**
     * A month's report is built when it is sent, from the records still submitted at the versions it was queued with:
     * a record changed since is left out, and is reported with its new content in a later run.
     */
    private Either<Rejection, Sent> sendReport(MonthReport report) {
        Seq<DishonestyRecord> current = stillQueued(report);
        if (current.isEmpty()) {
            return Either.right(new Sent("nothing left to report", List.empty()));
        }
        return platform.submit(new PlatformReport(report.idempotencyKey(), report.period(),
                        current.map(ReportLines::line)))
                .map(receipt -> new Sent(receipt.platformReference(),
                        current.map(record -> new RecordVersion(record.id(), record.version()))));
    }

    private Seq<DishonestyRecord> stillQueued(MonthReport report) {
        Set<RecordVersion> queued = report.records().toSet();
        return transactions.inTransaction(() -> Either.<Rejection, Seq<DishonestyRecord>>right(
                        records.claimSubmittedFor(report.period())))
                .getOrElse(List.empty())
                .filter(record -> queued.contains(new RecordVersion(record.id(), record.version())));
    }

    private Either<Rejection, Envelope> acknowledged(Caller caller, Envelope envelope, Sent sent) {
        return outbox.markDelivered(envelope.id(), envelope.attempts(), sent.reference(), clock.instant())
                .flatMap(delivered -> markReported(caller, envelope.message(), sent).map(reported -> delivered));
    }

    /** Marks reported the records the Platform acknowledged, those still at the versions it was sent. */
    private Either<Rejection, Seq<DishonestyRecord>> markReported(Caller caller, Message message, Sent sent) {
        if (!(message instanceof MonthReport report) || sent.reported().isEmpty()) {
            return Either.right(List.empty());
        }
        Set<RecordVersion> acknowledged = sent.reported().toSet();
        Seq<DishonestyRecord> still = records.claimSubmittedFor(report.period())
                .filter(record -> acknowledged.contains(new RecordVersion(record.id(), record.version())));
        Either<Rejection, Seq<Save>> saves = Either.traverseRight(still, record -> record
                .report(caller.actor(), clock).map(changed -> new Save(changed.record(), record.version())));
        return saves.flatMap(records::saveAll).map(reported -> trail.bulk(caller, Action.MONTH_REPORT_ACKNOWLEDGED,
                report.period() + "：平台确认" + reported.size() + "条，回执" + sent.reference(), reported));
    }

    private Either<Rejection, Envelope> refused(Envelope envelope, Rejection refusal) {
        boolean worthRetrying = refusal.kind() == RejectionKind.UNAVAILABLE
                && envelope.attempts() < schedule.maxAttempts();
        Option<Instant> retryAt = worthRetrying
                ? Option.some(clock.instant().plus(schedule.waitAfter(envelope.attempts())))
                : Option.none();
        return outbox.markRefused(envelope.id(), envelope.attempts(), refusal.code() + ": " + refusal.message(),
                retryAt);
    }

    @Override
    public Either<Rejection, Seq<OutboxMessageView>> list(ListUndeliveredMessagesUseCase.Query query) {
        return check.check(query).flatMap(valid -> AccessPolicy.check(valid.caller(), Permission.LIST_OUTBOX))
                .map(caller -> outbox.undelivered()
                        .filter(envelope -> !query.failedOnly() || envelope.status() == OutboxPort.Status.FAILED)
                        .map(OutboxMessageView::of));
    }

    @Override
    public Either<Rejection, Page<OutboxMessageView>> page(ListUndeliveredMessagesUseCase.Query query,
                                                          PageRequest page) {
        return list(query).flatMap(all -> Paging.byKey(all, message -> message.id().value(), page));
    }

    @Override
    public Either<Rejection, OutboxMessageView> requeue(RequeueMessageUseCase.Command command) {
        return check.check(command).flatMap(valid -> AccessPolicy.check(valid.caller(), Permission.REQUEUE_MESSAGE))
                .flatMap(caller -> transactions.inTransaction(() -> outbox.requeue(command.messageId(),
                                clock.instant())
                        .map(queued -> trail.bulk(caller, Action.MESSAGE_REQUEUED,
                                queued.message().kind() + " " + queued.id(), queued))))
                .map(OutboxMessageView::of);
    }
}
