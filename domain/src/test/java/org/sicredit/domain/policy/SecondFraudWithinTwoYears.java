package org.sicredit.domain.policy;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.sicredit.domain.rejection.Rejection;

/**
 * Test fixture: a severity rule a maintainer might add, which reads the subject's history with dates — a fraud
 * (category 4) is serious when the subject has another fraud whose act fell within two years before this one.
 */
public record SecondFraudWithinTwoYears(String legalBasis) implements SeverityRule {

    @Override
    public Either<Rejection, Classification> classify(SeverityFacts record, Seq<RecordFacts> subjectsOtherRecords) {
        boolean repeated = record.category().item() == 4 && subjectsOtherRecords.exists(other -> other.category() == 4
                && !other.actDate().isAfter(record.actDate())
                && !other.actDate().isBefore(record.actDate().minusYears(2)));
        return Either.right(repeated ? Classification.serious(SeriousGround.FUND_FRAUD, legalBasis)
                : Classification.ORDINARY);
    }
}
