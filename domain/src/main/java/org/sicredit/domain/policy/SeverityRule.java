package org.sicredit.domain.policy;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.sicredit.domain.rejection.Rejection;

/**
 * One item of 第六条 as a function: from a record's facts and the subject's other records (revoked and expired ones
 * already left out, each with its category, severity, state and dates) to a classification, or a rejection where
 * the facts contradict the item. A Measure composes its rules in a list; add or remove one there.
 */
@FunctionalInterface
public interface SeverityRule {

    Either<Rejection, Classification> classify(SeverityFacts record, Seq<RecordFacts> subjectsOtherRecords);

    /** What the rule tests, for the catalogue and the serious list; a rule that says nothing lists nothing. */
    default Seq<SeriousCriterion> criteria() {
        return io.vavr.collection.List.empty();
    }
}
