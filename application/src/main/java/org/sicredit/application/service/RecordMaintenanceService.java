package org.sicredit.application.service;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.application.access.AccessPolicy;
import org.sicredit.application.access.Caller;
import org.sicredit.application.access.Permission;
import org.sicredit.application.port.in.AddLaterFactsUseCase;
import org.sicredit.application.port.in.ExpireRecordsUseCase;
import org.sicredit.application.port.in.RevokeRecordUseCase;
import org.sicredit.application.port.out.AuditLogPort.Action;
import org.sicredit.application.port.out.OutboxPort;
import org.sicredit.application.port.out.PlatformGatewayPort;
import org.sicredit.application.port.out.RecordStorePort.Save;
import org.sicredit.application.port.out.RecordStorePort;
import org.sicredit.application.port.out.TransactionPort;
import org.sicredit.domain.calendar.ShanghaiTime;
import org.sicredit.domain.calendar.WorkingCalendar;
import org.sicredit.domain.policy.Citations;
import org.sicredit.domain.policy.PolicyBook;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.Provider;
import org.sicredit.domain.record.Providers;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;
import org.sicredit.domain.subject.PersonalNumberMask;

import java.time.Clock;
import java.time.LocalDate;

/** Facts added after the report, revocation (SCR Art. 37) and the expiry sweep (SCR Art. 35). */
final class RecordMaintenanceService implements AddLaterFactsUseCase, RevokeRecordUseCase, ExpireRecordsUseCase {

    static final int SWEEP_BATCH = 500;

    private final RecordStorePort records;
    private final OutboxPort outbox;
    private final TransactionPort transactions;
    private final PolicyBook book;
    private final WorkingCalendar calendar;
    private final Trail trail;
    private final Clock clock;
    private final CommandCheck check;

    RecordMaintenanceService(RecordStorePort records, OutboxPort outbox, TransactionPort transactions,
                             PolicyBook book, WorkingCalendar calendar, Trail trail, Clock clock, CommandCheck check) {
        this.trail = trail;
        this.records = records;
        this.outbox = outbox;
        this.transactions = transactions;
        this.book = book;
        this.calendar = calendar;
        this.clock = clock;
        this.check = check;
    }

    @Override
    public Either<Rejection, RevokeRecordUseCase.Result> revoke(RevokeRecordUseCase.Command command) {
        return check.check(command)
                .flatMap(valid -> RecordLookup.find(records, valid.recordId()))
                .flatMap(record -> mayRevoke(command.caller(), record))
                .flatMap(record -> command.expected().check(record, record.version()))
                .flatMap(record -> transactions.inTransaction(() -> revokeInTransaction(command, record)));
    }

    /** The record revoked, the Platform told to delete it (queued) and audited: one transaction. */
    private Either<Rejection, RevokeRecordUseCase.Result> revokeInTransaction(RevokeRecordUseCase.Command command,
                                                                             DishonestyRecord record) {
        return record.revoke(command.reason(), command.caller().actor(), clock)
                .flatMap(changed -> saved(changed.record(), record))
                .flatMap(revoked -> book.regulationsOn(today())
                        .flatMap(law -> revoked.deletionDue(law.deadlines(), calendar))
                        .peek(deleteBy -> outbox.enqueue(new OutboxPort.RevocationNotice(
                                new PlatformGatewayPort.Revocation(revoked.id(),
                                        PersonalNumberMask.maskWithin(command.reason()), today(), deleteBy)),
                                clock.instant()))
                        .map(deleteBy -> trail.changed(command.caller(), Action.RECORD_REVOKED, command.reason(),
                                record, new RevokeRecordUseCase.Result(revoked.id(), today(), deleteBy, revoked.version()))));
    }

    @Override
    public Either<Rejection, AddLaterFactsUseCase.Result> add(AddLaterFactsUseCase.Command command) {
        return check.check(command)
                .flatMap(valid -> ownProvider(valid.caller()))
                .flatMap(provider -> RecordLookup.find(records, command.recordId())
                        .flatMap(record -> command.expected().check(record, record.version())).flatMap(record ->
                        transactions.inTransaction(() -> addInTransaction(command, provider, record))));
    }

    /** The facts added, the record reclassified, the Platform told (queued) and audited: one transaction. */
    private Either<Rejection, AddLaterFactsUseCase.Result> addInTransaction(AddLaterFactsUseCase.Command command,
                                                                           Provider provider, DishonestyRecord record) {
        return record.addLaterFacts(provider, Option.of(command.actEndedOn()), command.publicNoticeIssued(),
                        command.evidenceReference(), book, othersOf(record), command.caller().actor(), clock)
                .flatMap(changed -> saved(changed.record(), record))
                .peek(updated -> outbox.enqueue(new OutboxPort.RecordUpdateNotice(update(updated, command)),
                        clock.instant()))
                .map(updated -> trail.changed(command.caller(), Action.RECORD_FACTS_ADDED,
                        command.evidenceReference().strip(), record, new AddLaterFactsUseCase.Result(updated.id(),
                                updated.version(), updated.lastDayOfQueryPeriod(),
                                updated.classification().severity(), updated.classification().legalBasis())));
    }

    private Either<Rejection, DishonestyRecord> saved(DishonestyRecord changed, DishonestyRecord loaded) {
        return records.saveAll(List.of(new Save(changed, loaded.version()))).map(Seq::head);
    }

    private PlatformGatewayPort.RecordUpdate update(DishonestyRecord updated, AddLaterFactsUseCase.Command command) {
        return new PlatformGatewayPort.RecordUpdate(updated.id() + "/v" + updated.version(), updated.id(),
                updated.content().actEndedOn().map(LocalDate::toString).getOrElse(""),
                updated.content().publicNoticeIssued(), updated.classification().severity().name(),
                PersonalNumberMask.maskWithin(command.evidenceReference().strip()), today());
    }

    private Seq<org.sicredit.domain.policy.RecordFacts> othersOf(DishonestyRecord record) {
        return DishonestyRecord.severityHistory(records.findBySubject(record.content().subject().identifier())
                .filter(other -> !other.id().equals(record.id())));
    }

    private Either<Rejection, Provider> ownProvider(Caller caller) {
        return AccessPolicy.check(caller, Permission.ADD_LATER_FACTS)
                .mapLeft(refused -> refused.withLegalBasis(book.cite(today(), "第四条")))
                .flatMap(provider -> Providers.byCode(provider.providerCode().get()));
    }

    @Override
    public Either<Rejection, ExpireRecordsUseCase.Result> expire(ExpireRecordsUseCase.Command command) {
        return check.check(command).flatMap(RecordMaintenanceService::maySweep).flatMap(valid -> {
            Sweep sweep = new Sweep(List.empty(), 0, 0);
            do {
                Sweep before = sweep;
                Either<Rejection, Sweep> next = transactions.inTransaction(() -> batch(valid.caller(), before));
                if (next.isLeft()) {
                    return Either.left(next.getLeft());
                }
                sweep = next.get();
            } while (sweep.lastClaimed() == SWEEP_BATCH);
            Sweep done = sweep;
            return transactions.inTransaction(() -> Either.right(trail.bulk(valid.caller(), Action.RECORDS_EXPIRED,
                    "超过查询期限：" + done.expired().size() + "条，由其他进程处理：" + done.skipped() + "条",
                    new ExpireRecordsUseCase.Result(done.expired(), done.skipped()))));
        });
    }

    /** One claimed batch of the sweep: records another sweep changed first are skipped, never expired twice. */
    private Either<Rejection, Sweep> batch(Caller caller, Sweep sweep) {
        Seq<DishonestyRecord> claimed = records.claimExpirable(today(), SWEEP_BATCH);
        List<RecordId> expired = sweep.expired();
        int skipped = sweep.skipped();
        for (DishonestyRecord record : claimed) {
            Either<Rejection, Seq<DishonestyRecord>> saved = record.expire(caller.actor(), clock)
                    .flatMap(changed -> records.saveAll(List.of(new Save(changed.record(), record.version()))));
            if (saved.isRight()) {
                expired = expired.append(record.id());
            } else if (RejectionCodes.STALE_VERSION.equals(saved.getLeft().code())) {
                skipped++;
            } else {
                return Either.left(saved.getLeft());
            }
        }
        return Either.right(new Sweep(expired, skipped, claimed.size()));
    }

    private static Either<Rejection, ExpireRecordsUseCase.Command> maySweep(ExpireRecordsUseCase.Command command) {
        return AccessPolicy.check(command.caller(), Permission.EXPIRE_RECORDS).map(allowed -> command);
    }

    private record Sweep(List<RecordId> expired, int skipped, int lastClaimed) {
    }

    private Either<Rejection, DishonestyRecord> mayRevoke(Caller caller, DishonestyRecord record) {
        return AccessPolicy.check(caller, Permission.REVOKE_RECORD, record.provider().code())
                .map(allowed -> record)
                .mapLeft(refused -> refused.withLegalBasis(Citations.scr("第三十七条")));
    }

    private LocalDate today() {
        return ShanghaiTime.today(clock);
    }
}
