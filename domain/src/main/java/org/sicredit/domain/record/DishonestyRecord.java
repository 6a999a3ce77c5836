package org.sicredit.domain.record;

import io.vavr.Lazy;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.sicredit.domain.calendar.ShanghaiTime;
import org.sicredit.domain.calendar.WorkingCalendar;
import org.sicredit.domain.policy.Citations;
import org.sicredit.domain.policy.Classification;
import org.sicredit.domain.policy.Deadlines;
import org.sicredit.domain.policy.PolicyBook;
import org.sicredit.domain.policy.RecordFacts;
import org.sicredit.domain.record.RecordEvent.ObjectionMarked;
import org.sicredit.domain.record.RecordEvent.RecordCollected;
import org.sicredit.domain.record.RecordEvent.RecordCorrected;
import org.sicredit.domain.record.RecordEvent.RecordExpired;
import org.sicredit.domain.record.RecordEvent.RecordRepaired;
import org.sicredit.domain.record.RecordEvent.RecordReported;
import org.sicredit.domain.record.RecordEvent.RecordRevoked;
import org.sicredit.domain.record.RecordEvent.RecordSubmitted;
import org.sicredit.domain.record.RecordEvent.RecordUpheld;
import org.sicredit.domain.record.RecordState.Collected;
import org.sicredit.domain.record.RecordState.Expired;
import org.sicredit.domain.record.RecordState.Repaired;
import org.sicredit.domain.record.RecordState.Reported;
import org.sicredit.domain.record.RecordState.Revoked;
import org.sicredit.domain.record.RecordState.Submitted;
import org.sicredit.domain.record.RecordState.UnderObjection;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.subject.PersonalNumberMask;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A dishonesty record (失信信息): the aggregate a provider collects and maintains (沪人社规〔2018〕30号 第四条、第七条).
 *
 * <p>It guarantees: its content is valid as a whole; its classification is the one the governing policy gives that
 * content; every change is a method that returns either a rejection (an illegal transition, never an exception)
 * or the changed record with exactly one event; its history holds every event, so a correction keeps the old
 * content; its version grows by one with each change, for optimistic locking. Whether it is active — sanctions
 * and is provided — is computed from dates when asked ({@link #isActiveOn}), never stored.
 */
public final class DishonestyRecord {

    public static final String ILLEGAL_TRANSITION = "RECORD_ILLEGAL_TRANSITION";
    public static final String QUERY_PERIOD_NOT_OVER = "RECORD_QUERY_PERIOD_NOT_OVER";
    public static final String OUTSIDE_QUERY_PERIOD = "RECORD_OUTSIDE_QUERY_PERIOD";
    public static final String NOT_OWNING_PROVIDER = "RECORD_NOT_OWNING_PROVIDER";

    private final RecordId id;
    private final Provider provider;
    private final RecordContent content;
    private final Classification classification;
    private final Period queryPeriod;
    private final LocalDate collectedOn;
    private final RecordState state;
    private final Option<LocalDate> reportedOn;
    private final Lazy<List<RecordEvent>> history;
    private final long version;

    private DishonestyRecord(RecordId id, Provider provider, RecordContent content, Classification classification,
                             Period queryPeriod, LocalDate collectedOn, RecordState state,
                             Option<LocalDate> reportedOn, Lazy<List<RecordEvent>> history, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.content = Objects.requireNonNull(content, "content");
        this.classification = Objects.requireNonNull(classification, "classification");
        this.queryPeriod = Objects.requireNonNull(queryPeriod, "queryPeriod");
        this.collectedOn = Objects.requireNonNull(collectedOn, "collectedOn");
        this.state = Objects.requireNonNull(state, "state");
        this.reportedOn = Objects.requireNonNull(reportedOn, "reportedOn");
        this.history = Objects.requireNonNull(history, "history");
        this.version = version;
    }

    /**
     * A provider collects a record: every rule of Art. 5–7 runs, and a row with ten errors gets ten rejections.
     * {@code subjectsOtherRecords} are the facts of the subject's other records, for severity rules that read them:
     * build them with {@link #severityHistory}, which leaves out what must not count.
     */
    public static Validation<Seq<Rejection>, Changed> collect(
            RecordId id, Provider provider, RecordDraft draft, PolicyBook book,
            Seq<RecordFacts> subjectsOtherRecords, Actor actor, Clock clock) {
        LocalDate today = ShanghaiTime.today(clock);
        return draft.validate(book, today, provider.kind(), subjectsOtherRecords, clock)
                .map(vetted -> collect(id, provider, vetted, actor, clock));
    }

    /**
     * Collects a draft already vetted for this provider and classified against the subject's other records (see
     * {@link RecordDraft.Vetted#classifiedWith}), collected today.
     */
    public static Changed collect(RecordId id, Provider provider, RecordDraft.Vetted vetted, Actor actor,
                                  Clock clock) {
        RecordEvent event = new RecordCollected(id, clock.instant(), actor, vetted.content());
        DishonestyRecord record = new DishonestyRecord(id, provider, vetted.content(), vetted.classification(),
                vetted.regulations().queryPeriod(), ShanghaiTime.today(clock), new Collected(), Option.none(),
                Lazy.of(() -> List.of(event)), 1);
        return new Changed(record, event);
    }

    /** Rebuilds a stored record; for adapters. The content was validated when it was collected or corrected. */
    public static DishonestyRecord restore(RecordId id, Provider provider, RecordContent content,
                                           Classification classification, Period queryPeriod, LocalDate collectedOn,
                                           RecordState state, Option<LocalDate> reportedOn,
                                           Seq<RecordEvent> history, long version) {
        List<RecordEvent> events = List.ofAll(history);
        return restore(id, provider, content, classification, queryPeriod, collectedOn, state, reportedOn,
                () -> events, version);
    }

    /**
     * Rebuilds a stored record whose history is read only when first asked for (then kept): a lookup, a report
     * run or a sweep needs the state and content, not every event, so an adapter may leave decoding it until
     * {@link #history()} or a change needs it.
     */
    public static DishonestyRecord restore(RecordId id, Provider provider, RecordContent content,
                                           Classification classification, Period queryPeriod, LocalDate collectedOn,
                                           RecordState state, Option<LocalDate> reportedOn,
                                           Supplier<? extends Seq<RecordEvent>> history, long version) {
        Objects.requireNonNull(history, "history");
        return new DishonestyRecord(id, provider, content, classification, queryPeriod, collectedOn, state,
                reportedOn, Lazy.of(() -> List.ofAll(Objects.requireNonNull(history.get(), "history"))), version);
    }

    /** Into the provider's monthly submission to the Bureau (第七条第一款). */
    public Either<Rejection, Changed> submit(YearMonth period, Actor actor, Clock clock) {
        if (!(state instanceof Collected || state instanceof Submitted)) {
            return illegal("submit");
        }
        return Either.right(change(new Submitted(period), reportedOn,
                new RecordSubmitted(id, clock.instant(), actor, period)));
    }

    /** The Bureau reported it to the Platform, which acknowledged it (第七条第二款). */
    public Either<Rejection, Changed> report(Actor actor, Clock clock) {
        if (!(state instanceof Submitted submitted)) {
            return illegal("report");
        }
        LocalDate today = ShanghaiTime.today(clock);
        return Either.right(change(new Reported(submitted.period()), Option.some(today),
                new RecordReported(id, clock.instant(), actor, today)));
    }

    /** The Centre marked it as under objection (上海市社会信用条例 第三十六条); one open objection at a time. */
    public Either<Rejection, Changed> markObjection(String objectionId, Actor actor, Clock clock) {
        if (!(state instanceof Reported reported)) {
            return illegal("mark an objection on");
        }
        return Either.right(change(new UnderObjection(reported.period(), objectionId), reportedOn,
                new ObjectionMarked(id, clock.instant(), actor, objectionId)));
    }

    /** The Bureau decided the record stands as it is (第九条). */
    public Either<Rejection, Changed> uphold(String objectionId, Actor actor, Clock clock) {
        return underObjection(objectionId).map(objection -> change(new Reported(objection.period()), reportedOn,
                new RecordUpheld(id, clock.instant(), actor, objectionId)));
    }

    /**
     * Replaces the content: by its provider before it is reported, or on the Bureau's decision to correct an
     * objection (第九条). The old content stays in the history; the record is classified anew.
     */
    public Validation<Seq<Rejection>, Changed> correct(RecordDraft corrected, Option<String> objectionId,
                                                       PolicyBook book, Seq<RecordFacts> subjectsOtherRecords,
                                                       Actor actor, Clock clock) {
        Either<Rejection, RecordState> after = objectionId
                .map(objection -> underObjection(objection).<RecordState>map(o -> new Reported(o.period())))
                .getOrElse(() -> state instanceof Collected || state instanceof Submitted
                        ? Either.right(state) : illegal("correct"));
        if (after.isLeft()) {
            return Validation.invalid(List.of(after.getLeft()));
        }
        return corrected.validate(book, collectedOn, provider.kind(), subjectsOtherRecords, clock).map(vetted -> {
            RecordEvent event = new RecordCorrected(id, clock.instant(), actor, content, vetted.content(), objectionId);
            return new Changed(new DishonestyRecord(id, provider, vetted.content(), vetted.classification(),
                    vetted.regulations().queryPeriod(), collectedOn, after.get(), reportedOn, appended(event),
                    version + 1), event);
        });
    }

    /**
     * The owning provider records, on a reported record, facts that arrived after the report (沪人社规〔2018〕30号
     * 第七条; 上海市社会信用条例 第三十五条): the day the act ended — from which the query period now runs — and a
     * public notice issued later, which 第六条第（一）项 makes serious. The record is classified anew by the Measure
     * that governs its act date; the old content stays in the history. A fact already recorded is not changed here
     * (an error in it is an objection's matter), and a call that adds nothing new is refused.
     */
    public Either<Rejection, Changed> addLaterFacts(Provider issuer, Option<LocalDate> actEnded, boolean publicNotice,
                                                    String evidenceReference, PolicyBook book,
                                                    Seq<RecordFacts> subjectsOtherRecords, Actor actor, Clock clock) {
        String evidence = PersonalNumberMask.maskWithin(evidenceReference);
        if (!issuer.equals(provider)) {
            return Either.left(notOwningProvider(issuer));
        }
        if (!(state instanceof Reported)) {
            return illegal("add later facts to");
        }
        LocalDate today = ShanghaiTime.today(clock);
        return LaterFacts.check(this, actEnded, publicNotice, evidence, today)
                .flatMap(updated -> book.measureOn(content.actDate())
                        .flatMap(measure -> measure.classify(updated.severityFacts(), subjectsOtherRecords))
                        .map(reclassified -> {
                            RecordEvent event = new RecordEvent.RecordFactsAdded(id, clock.instant(), actor, content,
                                    updated, evidence.strip());
                            return new Changed(new DishonestyRecord(id, provider, updated, reclassified, queryPeriod,
                                    collectedOn, state, reportedOn, appended(event), version + 1), event);
                        }));
    }

    /** The act behind it was annulled; it stops sanctioning at once (上海市社会信用条例 第三十七条). */
    public Either<Rejection, Changed> revoke(String reason, Actor actor, Clock clock) {
        reason = PersonalNumberMask.maskWithin(reason);
        if (state.isFinal()) {
            return illegal("revoke");
        }
        LocalDate today = ShanghaiTime.today(clock);
        return Either.right(change(new Revoked(today, reason), reportedOn,
                new RecordRevoked(id, clock.instant(), actor, today, reason)));
    }

    /**
     * The owning provider issued its written proof of credit repair, inside the query period (第十条;
     * 上海市社会信用条例 第三十八条); the record stops sanctioning on the day of the proof.
     */
    public Either<Rejection, Changed> repair(Provider issuer, String proofNumber, LocalDate proofDate, Actor actor,
                                             Clock clock) {
        if (!issuer.equals(provider)) {
            return Either.left(notOwningProvider(issuer));
        }
        if (!(state instanceof Reported || state instanceof UnderObjection)) {
            return illegal("repair");
        }
        if (!isWithinQueryPeriodOn(proofDate)) {
            return Either.left(outsideQueryPeriod(proofDate));
        }
        return Either.right(change(new Repaired(proofDate, proofNumber), reportedOn,
                new RecordRepaired(id, clock.instant(), actor, proofDate, proofNumber)));
    }

    /** The sweep moves a record past its query period out of every answer (上海市社会信用条例 第三十五条). */
    public Either<Rejection, Changed> expire(Actor actor, Clock clock) {
        LocalDate today = ShanghaiTime.today(clock);
        if (state.isFinal()) {
            return illegal("expire");
        }
        if (isWithinQueryPeriodOn(today)) {
            return Either.left(Rejection.of(QUERY_PERIOD_NOT_OVER, "recordId", id.toString(),
                    "失信信息仍在查询期限内" + lastDayOfQueryPeriod().map(d -> "（至" + d + "）").getOrElse("（行为尚未终止）"),
                    "The record is still inside its query period"
                            + lastDayOfQueryPeriod().map(d -> " (until " + d + ")").getOrElse(" (the act goes on)"))
                    .withLegalBasis(Citations.scr("第三十五条")));
        }
        return Either.right(change(new Expired(today), reportedOn,
                new RecordExpired(id, clock.instant(), actor, today)));
    }

    /** The last day a revoked record may still be held on the Platform (上海市社会信用条例 第三十七条). */
    public Either<Rejection, LocalDate> deletionDue(Deadlines deadlines, WorkingCalendar calendar) {
        if (!(state instanceof Revoked revoked)) {
            return illegal("count the deletion of");
        }
        return calendar.plusWorkingDays(revoked.revokedOn(), deadlines.revocationDeletion());
    }

    /**
     * Active on a date: reported by then, not revoked or repaired by then, and inside its query period. Only an
     * active record is provided and sanctions (第八条).
     */
    public boolean isActiveOn(LocalDate date) {
        boolean reported = reportedOn.exists(day -> !day.isAfter(date));
        boolean ended = state instanceof Revoked revoked && !revoked.revokedOn().isAfter(date)
                || state instanceof Repaired repaired && !repaired.repairedOn().isAfter(date);
        return reported && !ended && isWithinQueryPeriodOn(date);
    }

    /** 查询期限: five years from the day the act ended; a record whose act goes on stays inside it. */
    public boolean isWithinQueryPeriodOn(LocalDate date) {
        return lastDayOfQueryPeriod().forAll(last -> !date.isAfter(last));
    }

    /** The last day it may be provided; none while the act goes on. */
    public Option<LocalDate> lastDayOfQueryPeriod() {
        return content.actEndedOn().map(ended -> ended.plus(queryPeriod));
    }

    public boolean isSerious() {
        return classification.isSerious();
    }

    /**
     * Since when the record has been in its state, for a reader: the day it was reported, marked under objection
     * (read from the history), revoked, repaired or expired; none before it was reported.
     */
    public Option<LocalDate> stateSince() {
        if (state instanceof UnderObjection objection) {
            return history().reverse().find(event -> event instanceof ObjectionMarked marked
                            && marked.objectionId().equals(objection.objectionId()))
                    .map(event -> dayOf(event.at()));
        }
        if (state instanceof Revoked revoked) {
            return Option.some(revoked.revokedOn());
        }
        if (state instanceof Repaired repaired) {
            return Option.some(repaired.repairedOn());
        }
        if (state instanceof Expired expired) {
            return Option.some(expired.expiredOn());
        }
        return reportedOn;
    }

    /**
     * The day its content was last corrected, if ever. A record's history holds exactly {@link #version()} events; a
     * reported record at version 3 holds only its collection, submission and report, so its history is not read.
     */
    public Option<LocalDate> lastCorrectedOn() {
        if (state instanceof Reported && version == 3) {
            return Option.none();
        }
        return history().reverse().find(RecordCorrected.class::isInstance).map(event -> dayOf(event.at()));
    }

    /** What a rule of a Measure may read of this record (第六条 history rules, 第八条 measure scopes). */
    public RecordFacts facts() {
        return new RecordFacts(id.toString(), content.category().item(), classification.severity(), state.code(),
                content.actDate(), content.actEndedOn(), content.amount(), reportedOn);
    }

    /**
     * The facts of a subject's other records that a severity rule may read: revoked records (the act was annulled,
     * 第三十七条) and expired ones (past their query period, 第三十五条) are left out — neither may be held against
     * the subject any more.
     */
    public static Seq<RecordFacts> severityHistory(Seq<DishonestyRecord> others) {
        return others.filter(other -> !(other.state instanceof Revoked || other.state instanceof Expired))
                .map(DishonestyRecord::facts);
    }

    public RecordId id() {
        return id;
    }

    public Provider provider() {
        return provider;
    }

    public RecordContent content() {
        return content;
    }

    public Classification classification() {
        return classification;
    }

    public Period queryPeriod() {
        return queryPeriod;
    }

    public LocalDate collectedOn() {
        return collectedOn;
    }

    public RecordState state() {
        return state;
    }

    public Option<LocalDate> reportedOn() {
        return reportedOn;
    }

    public List<RecordEvent> history() {
        return history.get();
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "DishonestyRecord[" + id + ", " + provider.code() + ", " + content.subject() + ", category "
                + content.category().item() + ", " + classification.severity() + ", "
                + state.getClass().getSimpleName() + ", v" + version + "]";
    }

    private Changed change(RecordState next, Option<LocalDate> nextReportedOn, RecordEvent event) {
        return new Changed(new DishonestyRecord(id, provider, content, classification, queryPeriod, collectedOn, next,
                nextReportedOn, appended(event), version + 1), event);
    }

    private Lazy<List<RecordEvent>> appended(RecordEvent event) {
        List<RecordEvent> events = history.get().append(event);
        return Lazy.of(() -> events);
    }

    private Either<Rejection, UnderObjection> underObjection(String objectionId) {
        return state instanceof UnderObjection objection && objection.objectionId().equals(objectionId)
                ? Either.right(objection)
                : illegal("decide objection " + objectionId + " on");
    }

    private <T> Either<Rejection, T> illegal(String action) {
        String stateName = state.getClass().getSimpleName();
        return Either.left(Rejection.of(ILLEGAL_TRANSITION, "state", stateName,
                "失信信息当前状态（" + state.nameZh() + "）不允许此操作",
                "Cannot " + action + " a record that is " + stateName));
    }

    private Rejection notOwningProvider(Provider other) {
        return Rejection.of(NOT_OWNING_PROVIDER, "provider", other.code(),
                        "只有提供该失信信息的单位（" + provider.nameZh() + "）可以办理",
                        "Only the provider that owns the record (" + provider.code() + ") may do this")
                .withLegalBasis(content.category().instrumentArticle("第四条"));
    }

    private Rejection outsideQueryPeriod(LocalDate date) {
        return Rejection.of(OUTSIDE_QUERY_PERIOD, "date", date.toString(),
                        "已超过失信信息查询期限" + lastDayOfQueryPeriod().map(d -> "（" + d + "）").getOrElse(""),
                        "The record's query period is over" + lastDayOfQueryPeriod().map(d -> " (" + d + ")").getOrElse(""))
                .withLegalBasis(Citations.scr("第三十八条"));
    }

    private static LocalDate dayOf(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, ShanghaiTime.ZONE);
    }


}
