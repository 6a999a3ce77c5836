package org.sicredit.domain.policy;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.sicredit.domain.rejection.Rejection;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * 第六条第（二）项: defrauding the fund (a record of the fraud category) in a relatively large amount — at least
 * {@code largeAmount} — or otherwise seriously endangering fund security, is serious. The threshold is a policy
 * parameter: Shanghai's courts and MOHRSS's 2019 serious-list rule both used CNY 10,000.
 */
public record FundFraudRule(int fraudCategory, BigDecimal largeAmount) implements SeverityRule {

    public FundFraudRule {
        Objects.requireNonNull(largeAmount, "largeAmount");
        if (largeAmount.signum() <= 0) {
            throw new IllegalArgumentException("a large amount is positive: " + largeAmount);
        }
    }

    @Override
    public Either<Rejection, Classification> classify(SeverityFacts record, Seq<SeverityFacts> subjectsOtherRecords) {
        if (record.category().item() != fraudCategory) {
            return Either.right(Classification.ORDINARY);
        }
        boolean large = record.amount().exists(amount -> amount.compareTo(largeAmount) >= 0);
        return Either.right(large || record.otherSeriousHarm()
                ? Classification.serious(SeriousGround.FUND_FRAUD)
                : Classification.ORDINARY);
    }

    @Override
    public Seq<SeriousCriterion> criteria() {
        return io.vavr.collection.List.of(new SeriousCriterion(SeriousGround.FUND_FRAUD,
                io.vavr.collection.List.of(fraudCategory),
                "骗取社会保险基金支出数额较大（" + largeAmount.toPlainString() + "元及以上），或有其他严重影响社会保险基金安全行为",
                "Defrauded fund payments of CNY " + largeAmount.toPlainString()
                        + " or more, or otherwise seriously endangered the fund"));
    }
}
