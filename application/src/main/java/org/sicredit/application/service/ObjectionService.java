package org.sicredit.application.service;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.sicredit.application.access.AccessPolicy;
import org.sicredit.application.access.Caller;
import org.sicredit.application.access.Permission;
import org.sicredit.application.command.ExpectedVersion;
import org.sicredit.application.command.PageRequest;
import org.sicredit.application.port.in.DecideObjectionUseCase;
import org.sicredit.application.port.in.ForwardObjectionUseCase;
import org.sicredit.application.port.in.ListOpenObjectionsUseCase;
import org.sicredit.application.port.in.MarkObjectionUseCase;
import org.sicredit.application.port.in.NotifyProviderUseCase;
import org.sicredit.application.port.in.ReceiveObjectionUseCase;
import org.sicredit.application.port.in.VerifyObjectionUseCase;
import org.sicredit.application.port.out.AuditLogPort.Action;
import org.sicredit.application.port.out.ObjectionStorePort;
import org.sicredit.application.port.out.OutboxPort;
import org.sicredit.application.port.out.PlatformGatewayPort;
import org.sicredit.application.port.out.ProviderNotifierPort;
import org.sicredit.application.port.out.RecordStorePort.Save;
import org.sicredit.application.port.out.RecordStorePort;
import org.sicredit.application.port.out.TransactionPort;
import org.sicredit.application.view.ObjectionView;
import org.sicredit.application.view.Page;
import org.sicredit.domain.calendar.PlausibleDates;
import org.sicredit.domain.calendar.ShanghaiTime;
import org.sicredit.domain.calendar.WorkingCalendar;
import org.sicredit.domain.objection.Decision;
import org.sicredit.domain.objection.Objection;
import org.sicredit.domain.objection.ObjectionId;
import org.sicredit.domain.objection.ObjectionStep;
import org.sicredit.domain.policy.Citations;
import org.sicredit.domain.policy.Deadlines;
import org.sicredit.domain.policy.PolicyBook;
import org.sicredit.domain.record.Changed;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.Providers;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;
import org.sicredit.domain.subject.PersonalNumberMask;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

/** The objection flow of 沪人社规〔2018〕30号 第九条 and 上海市社会信用条例 第三十六条, step by step. */
final class ObjectionService implements ReceiveObjectionUseCase, MarkObjectionUseCase, ForwardObjectionUseCase,
        NotifyProviderUseCase, VerifyObjectionUseCase, DecideObjectionUseCase, ListOpenObjectionsUseCase {

    private final RecordStorePort records;
    private final ObjectionStorePort objections;
    private final OutboxPort outbox;
    private final TransactionPort transactions;
    private final PolicyBook book;
    private final WorkingCalendar calendar;
    private final Trail trail;
    private final Clock clock;
    private final CommandCheck check;

    ObjectionService(RecordStorePort records, ObjectionStorePort objections, OutboxPort outbox,
                     TransactionPort transactions, PolicyBook book,
                     WorkingCalendar calendar, Trail trail, Clock clock, CommandCheck check) {
        this.trail = trail;
        this.records = records;
        this.objections = objections;
        this.outbox = outbox;
        this.transactions = transactions;
        this.book = book;
        this.calendar = calendar;
        this.clock = clock;
        this.check = check;
    }

    @Override
    public Either<Rejection, ObjectionView> receive(ReceiveObjectionUseCase.Command command) {
        return check.check(command).flatMap(valid -> allowed(valid.caller(), Permission.RECEIVE_OBJECTION))
                .flatMap(caller -> record(command.recordId()))
                .flatMap(record -> transactions.inTransaction(() -> Objection.receive(
                                new ObjectionId("OBJ-" + UUID.randomUUID()), record, command.grounds(),
                                objections.findByRecord(record.id()), command.caller().actor(), clock)
                        .flatMap(stepped -> objections.save(stepped.objection(), 0))
                        .map(saved -> trail.changed(command.caller(), Action.OBJECTION_RECEIVED, command.grounds(),
                                record, saved)))).map(ObjectionView::of);
    }

    @Override
    public Either<Rejection, ObjectionView> mark(MarkObjectionUseCase.Command command) {
        return check.check(command).flatMap(valid -> allowed(valid.caller(), Permission.MARK_OBJECTION))
                .flatMap(caller -> objection(command.objectionId(), command.expected()))
                .flatMap(objection -> transactions.inTransaction(() -> record(objection.recordId())
                        .flatMap(record -> record.markObjection(objection.id().value(), command.caller().actor(), clock)
                                .flatMap(changed -> saveRecord(changed, record)))
                        .flatMap(marked -> objection.mark(command.caller().actor(), clock)
                                .flatMap(stepped -> objections.save(stepped.objection(), objection.version()))
                                .map(saved -> trail.changed(command.caller(), Action.OBJECTION_MARKED,
                                        objection.id().value(), marked, saved))))).map(ObjectionView::of);
    }

    @Override
    public Either<Rejection, ObjectionView> forward(ForwardObjectionUseCase.Command command) {
        return check.check(command).flatMap(valid -> allowed(valid.caller(), Permission.FORWARD_OBJECTION))
                .flatMap(caller -> objection(command.objectionId(), command.expected()).flatMap(objection -> step(caller,
                        Action.OBJECTION_FORWARDED, objection, o -> o.forward(caller.actor(), clock)))).map(ObjectionView::of);
    }

    @Override
    public Either<Rejection, ObjectionView> notifyProvider(NotifyProviderUseCase.Command command) {
        return check.check(command).flatMap(valid -> allowed(valid.caller(), Permission.NOTIFY_PROVIDER))
                .flatMap(caller -> objection(command.objectionId(), command.expected()))
                .flatMap(objection -> decisionDue(objection).flatMap(due -> step(command.caller(),
                        Action.PROVIDER_NOTIFIED, objection, o -> o.notifyProvider(command.caller().actor(), clock)
                                .peek(stepped -> requestVerification(objection, due)))))
                .map(ObjectionView::of);
    }

    private Either<Rejection, LocalDate> decisionDue(Objection objection) {
        return deadlines(objection).flatMap(deadlines -> objection.deadlines(today(), deadlines, calendar))
                .map(all -> all.find(d -> d.step() == ObjectionStep.DECIDED).get().due());
    }

    /** Queued in the step's transaction ("requested"); the relay records it delivered. */
    private void requestVerification(Objection objection, LocalDate due) {
        outbox.enqueue(new OutboxPort.VerificationNotice(new ProviderNotifierPort.VerificationRequest(
                objection.provider().code(), objection.id(), objection.recordId(), objection.grounds(), due)),
                clock.instant());
    }

    @Override
    public Either<Rejection, ObjectionView> verify(VerifyObjectionUseCase.Command command) {
        return check.check(command).flatMap(valid -> allowed(valid.caller(), Permission.VERIFY_OBJECTION))
                .flatMap(caller -> Providers.byCode(caller.providerCode().get()))
                .flatMap(provider -> objection(command.objectionId(), command.expected()).flatMap(objection -> step(command.caller(),
                        Action.OBJECTION_VERIFIED, objection, o -> o.recordVerification(provider, command.finding(),
                                command.caller().actor(), clock)))).map(ObjectionView::of);
    }

    @Override
    public Either<Rejection, ObjectionView> decide(DecideObjectionUseCase.Command command) {
        return check.check(command).flatMap(valid -> allowed(valid.caller(), Permission.DECIDE_OBJECTION))
                .flatMap(caller -> objection(command.objectionId(), command.expected()))
                .flatMap(objection -> transactions.inTransaction(() -> decideInTransaction(command, objection)))
                .map(ObjectionView::of);
    }

    /** The record changed as decided, the Centre told (queued), the objection closed and audited: one transaction. */
    private Either<Rejection, Objection> decideInTransaction(DecideObjectionUseCase.Command command,
                                                             Objection objection) {
        return record(objection.recordId())
                .flatMap(record -> decided(command, objection, record).flatMap(changed -> saveRecord(changed, record)))
                .flatMap(record -> tellCentre(command, objection, record)
                        .flatMap(told -> closed(command, objection))
                        .map(saved -> trail.changed(command.caller(), Action.OBJECTION_DECIDED,
                                command.decision().name() + "：" + command.reason(), record, saved)));
    }

    private Either<Rejection, Objection> closed(DecideObjectionUseCase.Command command, Objection objection) {
        return objection.decide(command.decision(), command.reason(), command.caller().actor(), clock)
                .flatMap(decided -> decided.objection().informCentre(command.caller().actor(), clock))
                .flatMap(informed -> objections.save(informed.objection(), objection.version()));
    }

    /** Queues the decision for the Centre and, when it deletes the record, the revocation for the Platform. */
    private Either<Rejection, DishonestyRecord> tellCentre(DecideObjectionUseCase.Command command, Objection objection,
                                                         DishonestyRecord record) {
        outbox.enqueue(new OutboxPort.ObjectionDecisionNotice(new PlatformGatewayPort.ObjectionDecision(
                objection.id().value(), objection.recordId(), command.decision().name(),
                PersonalNumberMask.maskWithin(command.reason()), today())),
                clock.instant());
        if (command.decision() != Decision.DELETE) {
            return Either.right(record);
        }
        return book.regulationsOn(today()).flatMap(law -> record.deletionDue(law.deadlines(), calendar))
                .map(deleteBy -> {
                    outbox.enqueue(new OutboxPort.RevocationNotice(new PlatformGatewayPort.Revocation(record.id(),
                            PersonalNumberMask.maskWithin(command.reason()), today(), deleteBy)), clock.instant());
                    return record;
                });
    }

    @Override
    public Either<Rejection, Seq<OpenObjection>> list(ListOpenObjectionsUseCase.Query query) {
        return check.check(query).flatMap(valid -> allowed(valid.caller(), Permission.LIST_OPEN_OBJECTIONS)
                        .map(caller -> valid))
                .flatMap(valid -> PlausibleDates.check(valid.on(), "on").map(ignored -> valid))
                .flatMap(valid -> Either.traverseRight(objections.findOpen(), objection -> deadlines(objection)
                        .flatMap(d -> objection.deadlines(valid.on(), d, calendar))
                        .map(all -> new OpenObjection(objection.id(), objection.recordId(),
                                objection.provider().code(), all)))
                        .map(open -> valid.overdueOnly() ? open.filter(OpenObjection::isOverdue) : open));
    }

    @Override
    public Either<Rejection, Page<OpenObjection>> page(ListOpenObjectionsUseCase.Query query, PageRequest page) {
        return list(query).flatMap(all -> Paging.byKey(all, open -> open.id().value(), page));
    }

    private Either<Rejection, Changed> decided(DecideObjectionUseCase.Command command, Objection objection,
                                               DishonestyRecord record) {
        if (command.decision() == Decision.UPHOLD) {
            return record.uphold(objection.id().value(), command.caller().actor(), clock);
        }
        if (command.decision() == Decision.DELETE) {
            return record.revoke(command.reason(), command.caller().actor(), clock);
        }
        if (command.correction() == null) {
            return Either.left(Rejection.of(RejectionCodes.OBJECTION_CORRECTION_REQUIRED, "correction", "",
                    "决定更正时须给出更正后的失信信息", "A decision to correct gives the corrected record"));
        }
        Seq<org.sicredit.domain.policy.RecordFacts> others = DishonestyRecord.severityHistory(records.findBySubject(
                        record.content().subject().identifier())
                .filter(other -> !other.id().equals(record.id())));
        Validation<Seq<Rejection>, Changed> corrected = record.correct(command.correction(),
                Option.some(objection.id().value()), book, others, command.caller().actor(), clock);
        return corrected.isValid() ? Either.right(corrected.get()) : Either.left(corrected.getError().head());
    }

    /** One step on a loaded objection: taken, saved against the loaded version, and audited, in one transaction. */
    private Either<Rejection, Objection> step(Caller caller, Action action, Objection objection,
                                              Function<Objection, Either<Rejection, Objection.Changed>> step) {
        return record(objection.recordId()).flatMap(record -> transactions.inTransaction(() -> step.apply(objection)
                .flatMap(stepped -> objections.save(stepped.objection(), objection.version()))
                .map(saved -> trail.changed(caller, action, objection.id().value(), record, saved))));
    }

    private Either<Rejection, DishonestyRecord> saveRecord(Changed changed, DishonestyRecord loaded) {
        return records.saveAll(List.of(new Save(changed.record(), loaded.version()))).map(Seq::head);
    }

    private Either<Rejection, Deadlines> deadlines(Objection objection) {
        return book.regulationsOn(objection.done().get(ObjectionStep.RECEIVED).get()).map(law -> law.deadlines());
    }

    private Either<Rejection, Objection> objection(ObjectionId id, ExpectedVersion expected) {
        return objections.findById(id).toEither(() -> Rejection.of(RejectionCodes.OBJECTION_NOT_FOUND, "objectionId",
                PersonalNumberMask.maskWithin(id.value()), "没有这件异议申请", "No such objection"))
                .flatMap(objection -> expected.check(objection, objection.version()));
    }

    private Either<Rejection, DishonestyRecord> record(org.sicredit.domain.record.RecordId id) {
        return RecordLookup.find(records, id);
    }

    private static Either<Rejection, Caller> allowed(Caller caller, Permission permission) {
        return AccessPolicy.check(caller, permission)
                .mapLeft(refused -> refused.withLegalBasis(Citations.scr("第三十六条")));
    }

    private LocalDate today() {
        return ShanghaiTime.today(clock);
    }

}
