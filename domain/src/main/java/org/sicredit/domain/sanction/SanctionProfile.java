package org.sicredit.domain.sanction;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.domain.policy.Facilitation;
import org.sicredit.domain.policy.MeasureScope;
import org.sicredit.domain.policy.Policy;
import org.sicredit.domain.policy.PolicyBook;
import org.sicredit.domain.policy.SanctionMeasure;
import org.sicredit.domain.policy.Severity;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.rejection.Rejection;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What 沪人社规〔2018〕30号 第八条 makes of a subject on a date: its active records (reported, not revoked, not repaired,
 * inside the query period — computed now, never stored), the measures the policy in force that day attaches to
 * them (items 1–4 for any active record, joint punishment for an active serious one), and for each measure the
 * records that cause it and its legal basis.
 */
public record SanctionProfile(LocalDate asOf, Policy policy, Seq<DishonestyRecord> activeRecords,
                              Seq<AppliedMeasure> measures) {

    public SanctionProfile {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(activeRecords, "activeRecords");
        Objects.requireNonNull(measures, "measures");
    }

    /** The profile of a subject from all its records; a date no policy governs is {@code NO_POLICY_IN_FORCE}. */
    public static Either<Rejection, SanctionProfile> of(Seq<DishonestyRecord> subjectsRecords, LocalDate asOf,
                                                        PolicyBook book) {
        return book.governing(asOf).map(policy -> {
            Seq<DishonestyRecord> active = subjectsRecords.filter(record -> record.isActiveOn(asOf));
            Seq<AppliedMeasure> measures = policy.sanctionMeasures().flatMap(measure -> applied(measure, active));
            return new SanctionProfile(asOf, policy, active, measures);
        });
    }

    public boolean isSanctioned() {
        return !measures.isEmpty();
    }

    /** Serious when any active record is (第八条第二款). */
    public Severity severity() {
        return activeRecords.exists(DishonestyRecord::isSerious) ? Severity.SERIOUS : Severity.ORDINARY;
    }

    /** "May this subject use notification-and-commitment / online handling / the green channel today?" */
    public FacilitationAnswer mayUse(Facilitation facilitation) {
        return new FacilitationAnswer(facilitation, asOf,
                measures.find(applied -> applied.measure().restricts().contains(facilitation)));
    }

    private static Option<AppliedMeasure> applied(SanctionMeasure measure,
                                                                   Seq<DishonestyRecord> active) {
        Seq<DishonestyRecord> causes = measure.scope() == MeasureScope.SERIOUS_ACTIVE_RECORD
                ? active.filter(DishonestyRecord::isSerious)
                : active;
        return causes.isEmpty()
                ? Option.none()
                : Option.some(new AppliedMeasure(measure, causes.map(DishonestyRecord::id)));
    }
}
