package org.sicredit.domain.sanction;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.domain.policy.Facilitation;
import org.sicredit.domain.policy.Measure;
import org.sicredit.domain.policy.PolicyBook;
import org.sicredit.domain.policy.RecordFacts;
import org.sicredit.domain.policy.SanctionMeasure;
import org.sicredit.domain.policy.Severity;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.RecordState;
import org.sicredit.domain.rejection.Rejection;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a subject's records mean on a date. Two layers answer: the Regulations say which records are active —
 * reported, not revoked, not repaired, inside the query period of 上海市社会信用条例 第三十五条, computed now and never
 * stored — and they stay visible whether or not a Measure is in force; the Measure in force that day (第八条) says
 * which sanction measures those records bring, each with the records that cause it and its legal basis. On a date
 * no Measure covers, the profile still lists the active records, applies no measure, and says why
 * ({@link #measureInForce} holds the reason).
 */
public record SanctionProfile(LocalDate asOf, Either<Rejection, Measure> measureInForce,
                              Seq<DishonestyRecord> activeRecords, Seq<AppliedMeasure> measures) {

    public SanctionProfile {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(measureInForce, "measureInForce");
        Objects.requireNonNull(activeRecords, "activeRecords");
        Objects.requireNonNull(measures, "measures");
    }

    /** The profile of a subject from all its records, as of a date. */
    public static SanctionProfile of(Seq<DishonestyRecord> subjectsRecords, LocalDate asOf, PolicyBook book) {
        Seq<DishonestyRecord> active = subjectsRecords.filter(record -> record.isActiveOn(asOf));
        Either<Rejection, Measure> measure = book.measureOn(asOf);
        Seq<AppliedMeasure> measures = measure.map(m -> applied(m, active)).getOrElse(io.vavr.collection.List.empty());
        return new SanctionProfile(asOf, measure, active, measures);
    }

    /** The Measure whose 第八条 applied, if one was in force. */
    public Option<Measure> measure() {
        return measureInForce.toOption();
    }

    public boolean isSanctioned() {
        return !measures.isEmpty();
    }

    /** Serious when any active record is (第八条第二款). */
    public Severity severity() {
        return activeRecords.exists(DishonestyRecord::isSerious) ? Severity.SERIOUS : Severity.ORDINARY;
    }

    /** On what basis measures apply, or why none does. */
    public String basisZh() {
        return measureInForce.fold(none -> "不适用惩戒措施：" + none.messageZh(),
                m -> "惩戒措施依据" + m.article("第八条"));
    }

    public String basisEn() {
        return measureInForce.fold(none -> "No sanction measure applies: " + none.messageEn(),
                m -> "Sanction measures under " + m.article("第八条"));
    }

    /** "May this subject use notification-and-commitment / online handling / the green channel today?" */
    public FacilitationAnswer mayUse(Facilitation facilitation) {
        return new FacilitationAnswer(facilitation, asOf,
                measures.find(applied -> applied.measure().restricts().contains(facilitation)),
                measureInForce.swap().toOption());
    }

    private static Seq<AppliedMeasure> applied(Measure measure, Seq<DishonestyRecord> active) {
        Seq<DishonestyRecord> sanctioning = measure.sanctionsWhileUnderObjection()
                ? active
                : active.filter(record -> !(record.state() instanceof RecordState.UnderObjection));
        Seq<RecordFacts> facts = sanctioning.map(DishonestyRecord::facts);
        return measure.sanctionMeasures().flatMap(sanction -> applied(sanction, sanctioning, facts));
    }

    private static Option<AppliedMeasure> applied(SanctionMeasure measure, Seq<DishonestyRecord> sanctioning,
                                                  Seq<RecordFacts> facts) {
        Seq<String> keys = measure.scope().causes(facts).map(RecordFacts::key);
        Seq<DishonestyRecord> causes = sanctioning.filter(record -> keys.contains(record.id().toString()));
        return causes.isEmpty()
                ? Option.none()
                : Option.some(new AppliedMeasure(measure, causes.map(DishonestyRecord::id)));
    }
}
