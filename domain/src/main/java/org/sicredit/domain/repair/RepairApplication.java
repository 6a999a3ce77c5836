package org.sicredit.domain.repair;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.domain.calendar.ShanghaiTime;
import org.sicredit.domain.calendar.WorkingCalendar;
import org.sicredit.domain.policy.Citations;
import org.sicredit.domain.policy.Deadlines;
import org.sicredit.domain.record.Actor;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.Provider;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.record.RecordState;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.repair.RepairEvent.EvidenceAdded;
import org.sicredit.domain.repair.RepairEvent.RepairApplied;
import org.sicredit.domain.repair.RepairEvent.RepairProofIssued;
import org.sicredit.domain.repair.RepairEvent.RepairRefused;
import org.sicredit.domain.repair.RepairEvent.RepairVerified;
import org.sicredit.domain.repair.RepairStatus.Applied;
import org.sicredit.domain.repair.RepairStatus.ProofIssued;
import org.sicredit.domain.repair.RepairStatus.Refused;
import org.sicredit.domain.repair.RepairStatus.Verified;
import org.sicredit.domain.subject.PersonalNumberMask;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A subject's application for credit repair (沪人社规〔2018〕30号 第十条; 上海市社会信用条例 第三十八条).
 *
 * <p>It guarantees: it is made inside the record's query period for a record on the Platform; evidence is added
 * until it is verified; only the provider that owns the record verifies it, and only with evidence; it ends in a
 * written proof or a refusal with its reason; every change returns one event. After a proof the Platform must stop
 * showing the record within the policy's working days ({@link #delistingDue}).
 */
public final class RepairApplication {

    public static final String OUTSIDE_QUERY_PERIOD = "REPAIR_OUTSIDE_QUERY_PERIOD";
    public static final String RECORD_NOT_ON_PLATFORM = "REPAIR_RECORD_NOT_ON_PLATFORM";
    public static final String NOT_OWNING_PROVIDER = "REPAIR_NOT_OWNING_PROVIDER";
    public static final String EVIDENCE_REQUIRED = "REPAIR_EVIDENCE_REQUIRED";
    public static final String ILLEGAL_STEP = "REPAIR_ILLEGAL_STEP";
    public static final String ALREADY_OPEN = "REPAIR_ALREADY_OPEN";

    private final RepairApplicationId id;
    private final RecordId recordId;
    private final Provider provider;
    private final RepairGround ground;
    private final String explanation;
    private final LocalDate appliedOn;
    private final List<Evidence> evidence;
    private final RepairStatus status;
    private final List<RepairEvent> history;
    private final long version;

    private RepairApplication(RepairApplicationId id, RecordId recordId, Provider provider, RepairGround ground,
                              String explanation, LocalDate appliedOn, List<Evidence> evidence, RepairStatus status,
                              List<RepairEvent> history, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.recordId = Objects.requireNonNull(recordId, "recordId");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.ground = Objects.requireNonNull(ground, "ground");
        this.explanation = Objects.requireNonNull(explanation, "explanation");
        this.appliedOn = Objects.requireNonNull(appliedOn, "appliedOn");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.status = Objects.requireNonNull(status, "status");
        this.history = Objects.requireNonNull(history, "history");
        this.version = version;
    }

    /** The application after a change, and the event that says what changed. */
    public record Changed(RepairApplication application, RepairEvent event) {
    }

    /**
     * A subject applies, inside the query period, to repair a record on the Platform. {@code others} are the
     * record's earlier applications: while one is still open, there is no second.
     */
    public static Either<Rejection, Changed> apply(RepairApplicationId id, DishonestyRecord record, RepairGround ground,
                                                   String explanation, Seq<RepairApplication> others, Actor actor,
                                                   Clock clock) {
        explanation = PersonalNumberMask.maskWithin(explanation);
        LocalDate today = ShanghaiTime.today(clock);
        Option<RepairApplication> open = others.find(RepairApplication::isOpen);
        if (open.isDefined()) {
            return Either.left(Rejection.of(ALREADY_OPEN, "recordId", record.id().toString(),
                    "该失信信息已有正在办理的信用修复申请（" + open.get().id() + "）",
                    "The record already has an open repair application (" + open.get().id() + ")")
                    .withLegalBasis(Citations.scr("第三十八条")));
        }
        boolean onPlatform = record.state() instanceof RecordState.Reported
                || record.state() instanceof RecordState.UnderObjection;
        if (!onPlatform) {
            return Either.left(Rejection.of(RECORD_NOT_ON_PLATFORM, "recordId", record.id().toString(),
                    "只能对已纳入市公共信用信息服务平台的失信信息申请信用修复（当前：" + record.state().nameZh() + "）",
                    "Only a record on the Platform can be repaired").withLegalBasis(Citations.scr("第三十八条")));
        }
        if (!record.isWithinQueryPeriodOn(today)) {
            return Either.left(Rejection.of(OUTSIDE_QUERY_PERIOD, "appliedOn", today.toString(),
                    "已超过失信信息查询期限（至" + record.lastDayOfQueryPeriod().get() + "），不能申请信用修复",
                    "The record's query period ended on " + record.lastDayOfQueryPeriod().get()
                            + "; repair can no longer be applied for")
                    .withLegalBasis(Citations.scr("第三十八条")));
        }
        RepairEvent event = new RepairApplied(id, record.id(), clock.instant(), actor, ground);
        return Either.right(new Changed(new RepairApplication(id, record.id(), record.provider(), ground,
                explanation == null ? "" : explanation.strip(), today, List.empty(), new Applied(), List.of(event), 1),
                event));
    }

    /**
     * An application as it was stored: for store adapters only. The history is what the application did; nothing
     * is checked again.
     */
    public static RepairApplication restore(RepairApplicationId id, RecordId recordId, Provider provider,
                                            RepairGround ground, String explanation, LocalDate appliedOn,
                                            Seq<Evidence> evidence, RepairStatus status, Seq<RepairEvent> history,
                                            long version) {
        if (version < 1) {
            throw new IllegalArgumentException("a stored application has a version of at least 1");
        }
        return new RepairApplication(id, recordId, provider, ground, explanation, appliedOn, List.ofAll(evidence),
                status, List.ofAll(history), version);
    }

    /** Open until the provider issues its proof or refuses. */
    public boolean isOpen() {
        return status instanceof Applied || status instanceof Verified;
    }

    /** More evidence, until the application is verified. */
    public Either<Rejection, Changed> addEvidence(String description, Actor actor, Clock clock) {
        description = PersonalNumberMask.maskWithin(description);
        if (!(status instanceof Applied)) {
            return illegal("add evidence to");
        }
        Evidence item = new Evidence(description, ShanghaiTime.today(clock));
        RepairEvent event = new EvidenceAdded(id, recordId, clock.instant(), actor, item);
        return Either.right(next(evidence.append(item), status, event));
    }

    /** The owning provider verified the evidence (第十条 提供相关证据经核实). */
    public Either<Rejection, Changed> verify(Provider verifier, String finding, Actor actor, Clock clock) {
        finding = PersonalNumberMask.maskWithin(finding);
        if (!verifier.equals(provider)) {
            return Either.left(Rejection.of(NOT_OWNING_PROVIDER, "provider", verifier.code(),
                    "只有提供该失信信息的单位（" + provider.nameZh() + "）可以核实信用修复申请",
                    "Only the provider that owns the record (" + provider.code() + ") may verify a repair")
                    .withLegalBasis(Citations.scr("第三十八条")));
        }
        if (!(status instanceof Applied)) {
            return illegal("verify");
        }
        if (evidence.isEmpty()) {
            return Either.left(Rejection.of(EVIDENCE_REQUIRED, "evidence", "",
                    "信用修复须提供相关证据并经核实", "Repair needs evidence, verified")
                    .withLegalBasis(Citations.scr("第三十八条")));
        }
        RepairEvent event = new RepairVerified(id, recordId, clock.instant(), actor, finding);
        return Either.right(next(evidence, new Verified(ShanghaiTime.today(clock), finding), event));
    }

    /** The owning provider issues its written proof to the Centre. */
    public Either<Rejection, Changed> issueProof(String proofNumber, Actor actor, Clock clock) {
        if (!(status instanceof Verified)) {
            return illegal("issue a proof for");
        }
        RepairProof proof = new RepairProof(proofNumber, ShanghaiTime.today(clock), provider);
        RepairEvent event = new RepairProofIssued(id, recordId, clock.instant(), actor, proof);
        return Either.right(next(evidence, new ProofIssued(proof), event));
    }

    /** The provider refuses, with its reason. */
    public Either<Rejection, Changed> refuse(String reason, Actor actor, Clock clock) {
        reason = PersonalNumberMask.maskWithin(reason);
        if (!(status instanceof Applied || status instanceof Verified)) {
            return illegal("refuse");
        }
        RepairEvent event = new RepairRefused(id, recordId, clock.instant(), actor, reason);
        return Either.right(next(evidence, new Refused(ShanghaiTime.today(clock), reason), event));
    }

    /** The last day the Platform may still show the record after the proof (上海市社会信用条例 第三十八条). */
    public Either<Rejection, LocalDate> delistingDue(Deadlines deadlines, WorkingCalendar calendar) {
        if (!(status instanceof ProofIssued issued)) {
            return illegal("count the delisting of");
        }
        return calendar.plusWorkingDays(issued.proof().issuedOn(), deadlines.repairDelisting());
    }

    public RepairApplicationId id() {
        return id;
    }

    public RecordId recordId() {
        return recordId;
    }

    public Provider provider() {
        return provider;
    }

    public RepairGround ground() {
        return ground;
    }

    public String explanation() {
        return explanation;
    }

    public LocalDate appliedOn() {
        return appliedOn;
    }

    public List<Evidence> evidence() {
        return evidence;
    }

    public RepairStatus status() {
        return status;
    }

    public List<RepairEvent> history() {
        return history;
    }

    public long version() {
        return version;
    }

    private Changed next(List<Evidence> nextEvidence, RepairStatus nextStatus, RepairEvent event) {
        return new Changed(new RepairApplication(id, recordId, provider, ground, explanation, appliedOn, nextEvidence,
                nextStatus, history.append(event), version + 1), event);
    }

    private <T> Either<Rejection, T> illegal(String action) {
        String name = status.getClass().getSimpleName();
        return Either.left(Rejection.of(ILLEGAL_STEP, "status", name,
                "信用修复申请当前状态不允许此操作", "Cannot " + action + " a repair application that is " + name));
    }

}
