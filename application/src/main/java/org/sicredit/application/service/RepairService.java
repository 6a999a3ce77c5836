package org.sicredit.application.service;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.sicredit.application.access.AccessPolicy;
import org.sicredit.application.access.Caller;
import org.sicredit.application.access.Permission;
import org.sicredit.application.command.PageRequest;
import org.sicredit.application.port.in.AddRepairEvidenceUseCase;
import org.sicredit.application.port.in.ApplyForRepairUseCase;
import org.sicredit.application.port.in.IssueRepairProofUseCase;
import org.sicredit.application.port.in.ListOpenRepairsUseCase;
import org.sicredit.application.port.in.RefuseRepairUseCase;
import org.sicredit.application.port.in.VerifyRepairUseCase;
import org.sicredit.application.port.out.AuditLogPort.Action;
import org.sicredit.application.port.out.OutboxPort;
import org.sicredit.application.port.out.PlatformGatewayPort;
import org.sicredit.application.port.out.RecordStorePort.Save;
import org.sicredit.application.port.out.RecordStorePort;
import org.sicredit.application.port.out.RepairStorePort;
import org.sicredit.application.port.out.TransactionPort;
import org.sicredit.application.view.Page;
import org.sicredit.application.view.RepairView;
import org.sicredit.domain.calendar.ShanghaiTime;
import org.sicredit.domain.calendar.WorkingCalendar;
import org.sicredit.domain.policy.Citations;
import org.sicredit.domain.policy.PolicyBook;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.Provider;
import org.sicredit.domain.record.Providers;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;
import org.sicredit.domain.repair.RepairApplication;
import org.sicredit.domain.repair.RepairApplicationId;
import org.sicredit.domain.repair.RepairStatus;
import org.sicredit.domain.subject.PersonalNumberMask;

import java.time.Clock;
import java.util.UUID;

/** Credit repair (沪人社规〔2018〕30号 第十条; 上海市社会信用条例 第三十八条), from the application to the proof. */
final class RepairService implements ApplyForRepairUseCase, AddRepairEvidenceUseCase, VerifyRepairUseCase,
        IssueRepairProofUseCase, RefuseRepairUseCase, ListOpenRepairsUseCase {

    private final RecordStorePort records;
    private final RepairStorePort repairs;
    private final OutboxPort outbox;
    private final TransactionPort transactions;
    private final PolicyBook book;
    private final WorkingCalendar calendar;
    private final Trail trail;
    private final Clock clock;
    private final CommandCheck check;

    RepairService(RecordStorePort records, RepairStorePort repairs, OutboxPort outbox,
                  TransactionPort transactions, PolicyBook book, WorkingCalendar calendar, Trail trail, Clock clock,
                  CommandCheck check) {
        this.records = records;
        this.repairs = repairs;
        this.outbox = outbox;
        this.transactions = transactions;
        this.book = book;
        this.calendar = calendar;
        this.trail = trail;
        this.clock = clock;
        this.check = check;
    }

    @Override
    public Either<Rejection, RepairView> apply(ApplyForRepairUseCase.Command command) {
        return check.check(command)
                .flatMap(valid -> RecordLookup.find(records, valid.recordId()))
                .flatMap(record -> may(command.caller(), Permission.APPLY_FOR_REPAIR, record))
                .flatMap(record -> transactions.inTransaction(() -> RepairApplication
                        .apply(new RepairApplicationId("REP-" + UUID.randomUUID()), record, command.ground(), command.explanation(),
                                repairs.findByRecord(record.id()), command.caller().actor(), clock)
                        .map(RepairApplication.Changed::application)
                        .flatMap(applied -> withEvidence(applied, List.ofAll(command.evidence()), command.caller()))
                        .flatMap(applied -> repairs.save(applied, 0))
                        .map(saved -> trail.changed(command.caller(), Action.REPAIR_APPLIED,
                                command.ground().nameZh(), record, saved)))).map(RepairView::of);
    }

    @Override
    public Either<Rejection, RepairView> addEvidence(AddRepairEvidenceUseCase.Command command) {
        return check.check(command)
                .flatMap(valid -> application(valid.applicationId()))
                .flatMap(application -> RecordLookup.find(records, application.recordId())
                        .flatMap(record -> may(command.caller(), Permission.ADD_REPAIR_EVIDENCE, record))
                        .flatMap(record -> command.expected().check(record, application.version()))
                        .flatMap(record -> transactions.inTransaction(() -> application
                                .addEvidence(command.description(), command.caller().actor(), clock)
                                .flatMap(changed -> repairs.save(changed.application(), application.version()))
                                .map(saved -> trail.changed(command.caller(), Action.REPAIR_EVIDENCE_ADDED,
                                        command.description(), record, saved))))).map(RepairView::of);
    }

    @Override
    public Either<Rejection, RepairView> verify(VerifyRepairUseCase.Command command) {
        return check.check(command)
                .flatMap(valid -> provider(valid.caller(), Permission.VERIFY_REPAIR))
                .flatMap(provider -> application(command.applicationId())
                        .flatMap(application -> command.expected().check(application, application.version()))
                        .flatMap(application -> RecordLookup.find(records, application.recordId())
                                .flatMap(record -> transactions.inTransaction(() -> application
                                        .verify(provider, command.finding(), command.caller().actor(), clock)
                                        .flatMap(changed -> repairs.save(changed.application(), application.version()))
                                        .map(saved -> trail.changed(command.caller(), Action.REPAIR_VERIFIED,
                                                command.finding(), record, saved)))))).map(RepairView::of);
    }

    @Override
    public Either<Rejection, IssueRepairProofUseCase.Result> issueProof(IssueRepairProofUseCase.Command command) {
        return check.check(command)
                .flatMap(valid -> provider(valid.caller(), Permission.ISSUE_REPAIR_PROOF))
                .flatMap(provider -> application(command.applicationId())
                        .flatMap(application -> mayDecide(provider.code(), application))
                        .flatMap(application -> command.expected().check(application, application.version()))
                        .flatMap(application -> transactions.inTransaction(() ->
                                issueInTransaction(command, provider, application))));
    }

    /** The proof on the application, the record repaired, the Centre told (queued) and audited: one transaction. */
    private Either<Rejection, IssueRepairProofUseCase.Result> issueInTransaction(
            IssueRepairProofUseCase.Command command, Provider provider, RepairApplication application) {
        return RecordLookup.find(records, application.recordId())
                .flatMap(record -> application.issueProof(command.proofNumber(), command.caller().actor(), clock)
                        .flatMap(issued -> repaired(command, provider, record)
                                .flatMap(saved -> repairs.save(issued.application(), application.version())))
                        .flatMap(saved -> tellCentre(saved, command))
                        .map(result -> trail.changed(command.caller(), Action.REPAIR_PROOF_ISSUED,
                                command.proofNumber(), record, result)));
    }

    private Either<Rejection, DishonestyRecord> repaired(IssueRepairProofUseCase.Command command, Provider provider,
                                                       DishonestyRecord record) {
        return record.repair(provider, command.proofNumber(), ShanghaiTime.today(clock), command.caller().actor(),
                        clock)
                .flatMap(changed -> records.saveAll(List.of(new Save(changed.record(), record.version()))))
                .map(Seq::head);
    }

    @Override
    public Either<Rejection, RepairView> refuse(RefuseRepairUseCase.Command command) {
        return check.check(command)
                .flatMap(valid -> provider(valid.caller(), Permission.REFUSE_REPAIR))
                .flatMap(provider -> application(command.applicationId())
                        .flatMap(application -> mayDecide(provider.code(), application))
                        .flatMap(application -> command.expected().check(application, application.version()))
                        .flatMap(application -> RecordLookup.find(records, application.recordId())
                                .flatMap(record -> transactions.inTransaction(() -> application
                                        .refuse(command.reason(), command.caller().actor(), clock)
                                        .flatMap(changed -> repairs.save(changed.application(), application.version()))
                                        .map(saved -> trail.changed(command.caller(), Action.REPAIR_REFUSED,
                                                command.reason(), record, saved)))))).map(RepairView::of);
    }

    @Override
    public Either<Rejection, Seq<RepairView>> list(ListOpenRepairsUseCase.Query query) {
        return check.check(query)
                .flatMap(valid -> allowed(valid.caller(), Permission.LIST_OPEN_REPAIRS))
                .map(caller -> repairs.findOpen(caller.providerCode()).map(RepairView::of));
    }

    @Override
    public Either<Rejection, Page<RepairView>> page(ListOpenRepairsUseCase.Query query, PageRequest page) {
        return list(query).flatMap(all -> Paging.byKey(all, open -> open.id().value(), page));
    }

    /** Queues the proof for the Centre, which stops showing the record by the day 第三十八条 allows. */
    private Either<Rejection, IssueRepairProofUseCase.Result> tellCentre(RepairApplication issued,
                                                                        IssueRepairProofUseCase.Command command) {
        RepairStatus.ProofIssued proof = (RepairStatus.ProofIssued) issued.status();
        return book.regulationsOn(proof.proof().issuedOn())
                .flatMap(law -> issued.delistingDue(law.deadlines(), calendar))
                .map(delistBy -> {
                    outbox.enqueue(new OutboxPort.RepairProofNotice(new PlatformGatewayPort.RepairNotice(issued.id().value(),
                            issued.recordId(), issued.provider().code(), command.proofNumber(),
                            proof.proof().issuedOn(), delistBy)), clock.instant());
                    return new IssueRepairProofUseCase.Result(RepairView.of(issued), issued.recordId(), delistBy);
                });
    }

    private Either<Rejection, RepairApplication> withEvidence(RepairApplication applied, Seq<String> evidence,
                                                              Caller caller) {
        return evidence.foldLeft(Either.right(applied), (so, item) -> so.flatMap(current -> current
                .addEvidence(item, caller.actor(), clock).map(RepairApplication.Changed::application)));
    }

    /** The owning provider's staff, the Centre, or the subject of the record itself — no other subject. */
    private static Either<Rejection, DishonestyRecord> may(Caller caller, Permission permission,
                                                           DishonestyRecord record) {
        return AccessPolicy.check(caller, permission, record.provider().code())
                .flatMap(allowed -> AccessPolicy.checkSubject(allowed, permission,
                        record.content().subject().identifier()))
                .map(allowed -> record)
                .mapLeft(RepairService::cited);
    }

    private Either<Rejection, RepairApplication> mayDecide(String providerCode, RepairApplication application) {
        return application.provider().code().equals(providerCode) ? Either.right(application)
                : Either.left(Rejection.of(RepairApplication.NOT_OWNING_PROVIDER, "provider", providerCode,
                "只有提供该失信信息的单位（" + application.provider().nameZh() + "）可以办理信用修复申请",
                "Only the provider that owns the record (" + application.provider().code()
                        + ") may decide a repair").withLegalBasis(Citations.scr("第三十八条")));
    }

    private static Either<Rejection, Provider> provider(Caller caller, Permission permission) {
        return allowed(caller, permission).flatMap(provider -> Providers.byCode(provider.providerCode().get()));
    }

    private static Either<Rejection, Caller> allowed(Caller caller, Permission permission) {
        return AccessPolicy.check(caller, permission).mapLeft(RepairService::cited);
    }

    private Either<Rejection, RepairApplication> application(RepairApplicationId id) {
        return repairs.findById(id).toEither(() -> Rejection.of(RejectionCodes.REPAIR_NOT_FOUND, "applicationId",
                PersonalNumberMask.maskWithin(id.value()),
                "没有这件信用修复申请", "No such repair application"));
    }

    private static Rejection cited(Rejection refused) {
        return refused.withLegalBasis(Citations.scr("第三十八条"));
    }
}
