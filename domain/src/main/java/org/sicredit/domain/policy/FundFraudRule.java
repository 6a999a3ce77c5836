package org.sicredit.domain.policy;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import org.sicredit.domain.rejection.Rejection;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * 第六条第（二）项: "以欺诈、伪造证明材料或者其他手段骗取社会保险基金支出，数额较大，或有其他严重影响社会保险基金安全
 * 行为的" — two findings under one item:
 * <ul>
 *   <li>fraud on the fund in a relatively large amount: a record of the fraud category whose amount is at least
 *       {@code largeAmount};</li>
 *   <li>another act that seriously endangered fund security: the provider's finding ({@code fundSecurityHarm}), on a
 *       record of any category in {@code fundSecurityCategories} — those whose act moves money out of or away from
 *       the fund. The finding on any other category is rejected, never ignored.</li>
 * </ul>
 *
 * <p><b>The large amount.</b> The Measure gives no figure for "数额较大". {@code largeAmount} is a parameter of the
 * policy; the built-in Measure uses CNY 10,000, the line Shanghai's courts applied to social-insurance fraud and the
 * line of MOHRSS's 2019 serious-dishonesty-list rule (社会保险领域严重失信人名单管理暂行办法: benefits obtained by fraud
 * above CNY 10,000). A maintainer who reads it differently builds the Measure with another amount.
 *
 * @param legalBasis the item as the Measure that applies it cites it
 */
public record FundFraudRule(int fraudCategory, BigDecimal largeAmount, Set<Integer> fundSecurityCategories,
                            String legalBasis) implements SeverityRule {

    public static final String FUND_SECURITY_FINDING_NOT_APPLICABLE = "FUND_SECURITY_FINDING_NOT_APPLICABLE";

    public FundFraudRule {
        Objects.requireNonNull(largeAmount, "largeAmount");
        Objects.requireNonNull(fundSecurityCategories, "fundSecurityCategories");
        Objects.requireNonNull(legalBasis, "legalBasis");
        if (largeAmount.signum() <= 0) {
            throw new IllegalArgumentException("a large amount is positive: " + largeAmount);
        }
    }

    @Override
    public Either<Rejection, Classification> classify(SeverityFacts record, Seq<RecordFacts> subjectsOtherRecords) {
        int item = record.category().item();
        if (record.fundSecurityHarm() && !fundSecurityCategories.contains(item)) {
            return Either.left(Rejection.of(FUND_SECURITY_FINDING_NOT_APPLICABLE, "fundSecurityHarm", "true",
                            "“其他严重影响社会保险基金安全行为”不适用于第" + item + "类失信信息（适用于第"
                                    + fundSecurityCategories.toList().sorted().mkString("、") + "类）",
                            "The finding 'otherwise seriously endangered fund security' does not apply to category "
                                    + item + " (it applies to categories "
                                    + fundSecurityCategories.toList().sorted().mkString(", ") + ")")
                    .withLegalBasis(legalBasis));
        }
        boolean large = item == fraudCategory && record.amount().exists(amount -> amount.compareTo(largeAmount) >= 0);
        return Either.right(large || record.fundSecurityHarm()
                ? Classification.serious(SeriousGround.FUND_FRAUD, legalBasis)
                : Classification.ORDINARY);
    }

    @Override
    public Seq<SeriousCriterion> criteria() {
        return io.vavr.collection.List.of(new SeriousCriterion(SeriousGround.FUND_FRAUD,
                fundSecurityCategories.add(fraudCategory).toList().sorted(),
                "以欺诈、伪造证明材料或者其他手段骗取社会保险基金支出数额较大（" + largeAmount.toPlainString()
                        + "元及以上，第" + fraudCategory + "类），或有其他严重影响社会保险基金安全行为",
                "Defrauded fund payments of CNY " + largeAmount.toPlainString() + " or more (category "
                        + fraudCategory + "), or otherwise seriously endangered fund security", legalBasis));
    }
}
