package org.sicredit.domain.objection;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
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
import org.sicredit.domain.subject.PersonalNumberMask;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An objection (异议申请) to a record on the Platform: 沪人社规〔2018〕30号 第九条 and 上海市社会信用条例 第三十六条.
 *
 * <p>It guarantees that its steps happen in the order of {@link ObjectionStep}, each once, each an event; that
 * only the provider owning the record verifies it; that a record has at most one open objection (an objection is
 * open until decided); and that it can say on any date, for every step, the due date and how many working days
 * late the step was or is. Illegal steps are rejections, never exceptions.
 */
public final class Objection {

    public static final String ILLEGAL_STEP = "OBJECTION_ILLEGAL_STEP";
    public static final String ALREADY_OPEN = "OBJECTION_ALREADY_OPEN";
    public static final String RECORD_NOT_ON_PLATFORM = "OBJECTION_RECORD_NOT_ON_PLATFORM";
    public static final String GROUNDS_REQUIRED = "OBJECTION_GROUNDS_REQUIRED";
    public static final String NOT_OWNING_PROVIDER = "OBJECTION_NOT_OWNING_PROVIDER";

    private final ObjectionId id;
    private final RecordId recordId;
    private final Provider provider;
    private final String grounds;
    private final Map<ObjectionStep, LocalDate> done;
    private final Option<Decision> decision;
    private final List<ObjectionEvent> history;
    private final long version;

    private Objection(ObjectionId id, RecordId recordId, Provider provider, String grounds,
                      Map<ObjectionStep, LocalDate> done, Option<Decision> decision, List<ObjectionEvent> history,
                      long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.recordId = Objects.requireNonNull(recordId, "recordId");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.grounds = Objects.requireNonNull(grounds, "grounds");
        this.done = Objects.requireNonNull(done, "done");
        this.decision = Objects.requireNonNull(decision, "decision");
        this.history = Objects.requireNonNull(history, "history");
        this.version = version;
    }

    /** The result of a step: the objection after it and the event it returns. */
    public record Changed(Objection objection, ObjectionEvent event) {
    }

    /**
     * The Centre receives an objection to a record it shows. {@code openObjections} are the record's objections
     * not yet decided: there may be none.
     */
    public static Either<Rejection, Changed> receive(ObjectionId id, DishonestyRecord record, String grounds,
                                                     Seq<Objection> openObjections, Actor actor, Clock clock) {
        grounds = PersonalNumberMask.maskWithin(grounds);
        if (grounds == null || grounds.isBlank()) {
            return Either.left(Rejection.of(GROUNDS_REQUIRED, "grounds", "", "异议申请须说明理由",
                    "An objection states its grounds").withLegalBasis(Citations.scr("第三十六条")));
        }
        if (!(record.state() instanceof RecordState.Reported)) {
            boolean underObjection = record.state() instanceof RecordState.UnderObjection;
            return Either.left(underObjection || openObjections.exists(Objection::isOpen)
                    ? alreadyOpen(record.id())
                    : Rejection.of(RECORD_NOT_ON_PLATFORM, "recordId", record.id().toString(),
                            "只能对已纳入市公共信用信息服务平台的失信信息提出异议（当前：" + record.state().nameZh() + "）",
                            "Only a record on the Platform can be objected to").withLegalBasis(Citations.scr("第三十六条")));
        }
        if (openObjections.exists(Objection::isOpen)) {
            return Either.left(alreadyOpen(record.id()));
        }
        LocalDate today = ShanghaiTime.today(clock);
        ObjectionEvent event = new ObjectionEvent(id, record.id(), ObjectionStep.RECEIVED, today, clock.instant(), actor,
                Option.some(grounds.strip()));
        return Either.right(new Changed(new Objection(id, record.id(), record.provider(), grounds.strip(),
                LinkedHashMap.of(ObjectionStep.RECEIVED, today), Option.none(), List.of(event), 1), event));
    }

    /**
     * An objection as it was stored: for store adapters only. {@code done} is every step taken and its day; the
     * history is what the objection did; nothing is checked again.
     */
    public static Objection restore(ObjectionId id, RecordId recordId, Provider provider, String grounds,
                                    Map<ObjectionStep, LocalDate> done, Option<Decision> decision,
                                    Seq<ObjectionEvent> history, long version) {
        if (version < 1 || !done.containsKey(ObjectionStep.RECEIVED)) {
            throw new IllegalArgumentException("a stored objection was received and has a version of at least 1");
        }
        return new Objection(id, recordId, provider, grounds, LinkedHashMap.ofEntries(done.toList()
                .sortBy(entry -> entry._1.ordinal())), decision, List.ofAll(history), version);
    }

    /** The Centre marked the record (within 1 working day of receipt). */
    public Either<Rejection, Changed> mark(Actor actor, Clock clock) {
        return step(ObjectionStep.MARKED, Option.none(), Option.none(), actor, clock);
    }

    /** The Centre forwarded the objection; the Bureau's receipt starts its five working days. */
    public Either<Rejection, Changed> forward(Actor actor, Clock clock) {
        return step(ObjectionStep.FORWARDED, Option.none(), Option.none(), actor, clock);
    }

    /** The Bureau notified the owning provider to verify (at once). */
    public Either<Rejection, Changed> notifyProvider(Actor actor, Clock clock) {
        return step(ObjectionStep.PROVIDER_NOTIFIED, Option.none(), Option.none(), actor, clock);
    }

    /** The owning provider — and no other — records what its verification found. */
    public Either<Rejection, Changed> recordVerification(Provider verifier, String finding, Actor actor, Clock clock) {
        finding = PersonalNumberMask.maskWithin(finding);
        if (!verifier.equals(provider)) {
            return Either.left(Rejection.of(NOT_OWNING_PROVIDER, "provider", verifier.code(),
                    "只有提供该失信信息的单位（" + provider.nameZh() + "）可以核查",
                    "Only the provider that owns the record (" + provider.code() + ") may verify it")
                    .withLegalBasis(Citations.scr("第三十六条")));
        }
        return step(ObjectionStep.VERIFIED, Option.of(finding), Option.none(), actor, clock);
    }

    /** The Bureau decided whether to correct (within 5 working days of its receipt). */
    public Either<Rejection, Changed> decide(Decision outcome, String reason, Actor actor, Clock clock) {
        reason = PersonalNumberMask.maskWithin(reason);
        return step(ObjectionStep.DECIDED, Option.of(outcome + ": " + reason), Option.some(outcome), actor, clock);
    }

    /** The Bureau told the Centre its decision. */
    public Either<Rejection, Changed> informCentre(Actor actor, Clock clock) {
        return step(ObjectionStep.CENTRE_INFORMED, Option.none(), Option.none(), actor, clock);
    }

    /** Open until decided: a record has at most one open objection. */
    public boolean isOpen() {
        return !done.containsKey(ObjectionStep.DECIDED);
    }

    /**
     * Every step's due date and lateness on {@code on}: marking and forwarding count from the Centre's receipt; the
     * provider's notification, the verification, the decision and informing the Centre from the Bureau's receipt
     * (or, before it, from the day forwarding is due).
     */
    public Either<Rejection, Seq<StepDeadline>> deadlines(LocalDate on, Deadlines deadlines, WorkingCalendar calendar) {
        LocalDate received = done.get(ObjectionStep.RECEIVED).get();
        return calendar.plusWorkingDays(received, deadlines.objectionMarking()).flatMap(markDue ->
                calendar.plusWorkingDays(received, deadlines.objectionForwarding()).flatMap(forwardDue -> {
                    LocalDate bureauReceipt = done.get(ObjectionStep.FORWARDED).getOrElse(forwardDue);
                    return calendar.plusWorkingDays(bureauReceipt, deadlines.providerNotification()).flatMap(notifyDue ->
                            calendar.plusWorkingDays(bureauReceipt, deadlines.objectionDecision()).flatMap(decideDue ->
                                    Either.sequence(List.of(
                                                    deadline(ObjectionStep.MARKED, markDue, on, calendar),
                                                    deadline(ObjectionStep.FORWARDED, forwardDue, on, calendar),
                                                    deadline(ObjectionStep.PROVIDER_NOTIFIED, notifyDue, on, calendar),
                                                    deadline(ObjectionStep.VERIFIED, decideDue, on, calendar),
                                                    deadline(ObjectionStep.DECIDED, decideDue, on, calendar),
                                                    deadline(ObjectionStep.CENTRE_INFORMED, decideDue, on, calendar)))
                                            .mapLeft(Seq::head)));
                }));
    }

    /** The steps overdue on {@code on}, each with its lateness in working days. */
    public Either<Rejection, Seq<StepDeadline>> overdue(LocalDate on, Deadlines deadlines, WorkingCalendar calendar) {
        return deadlines(on, deadlines, calendar).map(all -> all.filter(StepDeadline::isOverdue));
    }

    public ObjectionId id() {
        return id;
    }

    public RecordId recordId() {
        return recordId;
    }

    public Provider provider() {
        return provider;
    }

    public String grounds() {
        return grounds;
    }

    public Map<ObjectionStep, LocalDate> done() {
        return done;
    }

    public Option<Decision> decision() {
        return decision;
    }

    public ObjectionStep lastStep() {
        return done.keySet().max().get();
    }

    public List<ObjectionEvent> history() {
        return history;
    }

    public long version() {
        return version;
    }

    private Either<Rejection, StepDeadline> deadline(ObjectionStep step, LocalDate due, LocalDate on,
                                                     WorkingCalendar calendar) {
        Option<LocalDate> doneOn = done.get(step);
        LocalDate measuredTo = doneOn.getOrElse(on);
        if (!measuredTo.isAfter(due)) {
            return Either.right(new StepDeadline(step, due, doneOn, 0));
        }
        return calendar.workingDaysBetween(due, measuredTo).map(late -> new StepDeadline(step, due, doneOn, late));
    }

    private Either<Rejection, Changed> step(ObjectionStep next, Option<String> detail, Option<Decision> outcome,
                                            Actor actor, Clock clock) {
        ObjectionStep last = lastStep();
        if (next.ordinal() != last.ordinal() + 1) {
            return Either.left(Rejection.of(ILLEGAL_STEP, "step", next.name(),
                    "异议处理当前为“" + last.nameZh() + "”，下一步不能是“" + next.nameZh() + "”",
                    "The objection is at '" + last.nameEn() + "'; '" + next.nameEn() + "' cannot come next"));
        }
        LocalDate today = ShanghaiTime.today(clock);
        ObjectionEvent event = new ObjectionEvent(id, recordId, next, today, clock.instant(), actor, detail);
        return Either.right(new Changed(new Objection(id, recordId, provider, grounds, done.put(next, today),
                outcome.orElse(decision), history.append(event), version + 1), event));
    }

    private static Rejection alreadyOpen(RecordId recordId) {
        return Rejection.of(ALREADY_OPEN, "recordId", recordId.toString(),
                "该失信信息已有一件异议正在处理", "The record already has an objection being handled")
                .withLegalBasis(Citations.scr("第三十六条"));
    }

}
