package org.sicredit.domain.policy;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.sicredit.domain.subject.SubjectKind;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SeverityRulesTest {

    private final Policy policy = Policies.HU_RENSHE_GUI_2018_30;

    @Test
    void arrears_publicly_notified_are_serious_under_item_one() {
        Classification c = policy.classify(facts(1, "52000.00", true, false, false), List.empty()).get();

        assertThat(c.grounds()).containsExactly(SeriousGround.PUBLIC_NOTICE);
        assertThat(c.legalBasis()).containsExactly("沪人社规〔2018〕30号 第六条第（一）项");
    }

    @Test
    void arrears_without_a_public_notice_are_not_serious() {
        assertThat(policy.classify(facts(2, "52000.00", false, false, false), List.empty()).get())
                .isEqualTo(Classification.ORDINARY);
    }

    @Test
    void a_public_notice_on_a_record_that_is_not_about_arrears_is_rejected() {
        assertThat(policy.classify(facts(5, "900.00", true, false, false), List.empty()).getLeft().code())
                .isEqualTo("PUBLIC_NOTICE_WITHOUT_ARREARS");
    }

    @Test
    void fraud_of_the_large_amount_or_more_is_serious_under_item_two() {
        assertThat(policy.classify(facts(4, "10000.00", false, false, false), List.empty()).get().grounds())
                .containsExactly(SeriousGround.FUND_FRAUD);
        assertThat(policy.classify(facts(4, "9999.99", false, false, false), List.empty()).get().isSerious())
                .isFalse();
    }

    @Test
    void fraud_with_no_amount_is_serious_only_when_it_otherwise_seriously_endangered_the_fund() {
        assertThat(policy.classify(facts(4, null, false, false, false), List.empty()).get().isSerious()).isFalse();
        assertThat(policy.classify(facts(4, null, false, false, true), List.empty()).get().grounds())
                .containsExactly(SeriousGround.FUND_FRAUD);
    }

    @Test
    void overpaid_benefits_are_never_fund_fraud_whatever_the_amount() {
        assertThat(policy.classify(facts(5, "500000.00", false, false, false), List.empty()).get().isSerious())
                .isFalse();
    }

    @Test
    void obstruction_in_serious_circumstances_is_serious_under_item_three() {
        assertThat(policy.classify(facts(6, null, false, true, false), List.empty()).get().grounds())
                .containsExactly(SeriousGround.OBSTRUCTION);
        assertThat(policy.classify(facts(6, null, false, false, true), List.empty()).get().grounds())
                .containsExactly(SeriousGround.OBSTRUCTION);
        assertThat(policy.classify(facts(6, null, false, false, false), List.empty()).get().isSerious()).isFalse();
    }

    @Test
    void serious_obstruction_on_another_category_is_rejected() {
        assertThat(policy.classify(facts(1, "100.00", false, true, false), List.empty()).getLeft().code())
                .isEqualTo("OBSTRUCTION_WITHOUT_NON_COOPERATION");
    }

    @Test
    void the_large_amount_is_a_parameter_of_the_policy() {
        Policy stricter = Policies.huRensheGui2018No30(new BigDecimal("50000.00"));

        assertThat(stricter.classify(facts(4, "20000.00", false, false, false), List.empty()).get().isSerious())
                .isFalse();
        assertThat(stricter.severityRule(FundFraudRule.class).get().largeAmount()).isEqualByComparingTo("50000");
        assertThatIllegalArgumentException().isThrownBy(() -> new FundFraudRule(4, BigDecimal.ZERO));
    }

    @Test
    void a_maintainer_adds_a_rule_in_one_place_and_the_grounds_are_united() {
        SeverityRule everythingIsFraud = (record, others) -> io.vavr.control.Either.right(
                Classification.serious(SeriousGround.FUND_FRAUD));
        Policy p = policy;
        Policy extended = new Policy(p.id(), p.title(), p.citation(), p.effectiveFrom(), p.effectiveUntil(),
                p.categories(), p.severityRules().append(everythingIsFraud), p.sanctionMeasures(), p.queryPeriod(),
                p.deadlines());

        assertThat(extended.classify(facts(1, "100.00", true, false, false), List.empty()).get().grounds())
                .containsExactly(SeriousGround.PUBLIC_NOTICE, SeriousGround.FUND_FRAUD);
    }

    @Test
    void a_rule_may_read_the_subjects_other_records() {
        SeverityRule repeatedFraud = (record, others) -> io.vavr.control.Either.right(
                others.count(o -> o.category().item() == 4) >= 2
                        ? Classification.serious(SeriousGround.FUND_FRAUD) : Classification.ORDINARY);
        SeverityFacts fraud = facts(4, "10.00", false, false, false);

        assertThat(repeatedFraud.classify(fraud, List.of(fraud)).get().isSerious()).isFalse();
        assertThat(repeatedFraud.classify(fraud, List.of(fraud, fraud)).get().isSerious()).isTrue();
    }

    @Test
    void a_category_is_consistent_about_its_amount_and_subjects() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Category(7, "x", "x",
                HashSet.of(SubjectKind.INDIVIDUAL), AmountKind.NONE, true, "basis"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Category(7, "x", "x",
                HashSet.empty(), AmountKind.NONE, false, "basis"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Category(0, "x", "x",
                HashSet.of(SubjectKind.INDIVIDUAL), AmountKind.NONE, false, "basis"));
    }

    private SeverityFacts facts(int item, String amount, boolean notice, boolean obstruction, boolean otherHarm) {
        Category category = policy.category(item).get();
        SubjectKind kind = category.allows(SubjectKind.INDIVIDUAL) ? SubjectKind.INDIVIDUAL : SubjectKind.ORGANISATION;
        return new SeverityFacts(category, kind, Option.of(amount).map(BigDecimal::new), notice, obstruction, otherHarm);
    }
}
