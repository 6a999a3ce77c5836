package org.sicredit.domain.policy;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.subject.SubjectKind;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SeverityRulesTest {

    private final Measure measure = Policies.HU_RENSHE_GUI_2018_30;

    @Test
    void arrears_publicly_notified_are_serious_under_item_one() {
        Classification c = classify(facts(1, "52000.00").notice()).get();

        assertThat(c.grounds()).containsExactly(SeriousGround.PUBLIC_NOTICE);
        assertThat(c.legalBasis()).containsExactly("沪人社规〔2018〕30号 第六条第（一）项");
    }

    @Test
    void arrears_without_a_public_notice_or_finding_are_ordinary() {
        assertThat(classify(facts(2, "52000.00")).get()).isEqualTo(Classification.ORDINARY);
    }

    @Test
    void a_public_notice_on_a_record_that_is_not_about_arrears_is_rejected_with_its_item() {
        Rejection rejection = classify(facts(5, "900.00").notice()).getLeft();

        assertThat(rejection.code()).isEqualTo("PUBLIC_NOTICE_WITHOUT_ARREARS");
        assertThat(rejection.legalBasis()).contains("沪人社规〔2018〕30号 第六条第（一）项");
    }

    @Test
    void fraud_of_the_large_amount_or_more_is_serious_under_item_two_and_a_cent_less_is_not() {
        assertThat(classify(facts(4, "10000.00")).get().legalBasis())
                .containsExactly("沪人社规〔2018〕30号 第六条第（二）项");
        assertThat(classify(facts(4, "9999.99")).get().isSerious()).isFalse();
    }

    @Test
    void overpaid_benefits_of_any_amount_are_ordinary_without_a_finding() {
        assertThat(classify(facts(5, "500000.00")).get().isSerious()).isFalse();
    }

    @Test
    void overpaid_benefits_found_to_endanger_fund_security_are_serious_under_item_two() {
        Classification c = classify(facts(5, "500000.00").fundSecurity()).get();

        assertThat(c.grounds()).containsExactly(SeriousGround.FUND_FRAUD);
        assertThat(c.legalBasis()).containsExactly("沪人社规〔2018〕30号 第六条第（二）项");
    }

    @Test
    void the_fund_security_finding_applies_to_categories_one_to_five_and_is_refused_on_six() {
        for (int item = 1; item <= 5; item++) {
            String amount = measure.category(item).get().hasAmount() ? "100.00" : null;
            assertThat(classify(facts(item, amount).fundSecurity()).get().grounds())
                    .containsExactly(SeriousGround.FUND_FRAUD);
        }
        Rejection refused = classify(facts(6, null).fundSecurity()).getLeft();
        assertThat(refused.code()).isEqualTo("FUND_SECURITY_FINDING_NOT_APPLICABLE");
        assertThat(refused.field()).isEqualTo("fundSecurityHarm");
        assertThat(refused.messageZh()).contains("不适用于第6类", "适用于第1、2、3、4、5类");
    }

    @Test
    void the_administration_finding_is_serious_under_item_three_on_categories_four_to_six_and_refused_elsewhere() {
        for (int item = 4; item <= 6; item++) {
            String amount = measure.category(item).get().amountRequired() ? "100.00" : null;
            assertThat(classify(facts(item, amount).administration()).get().legalBasis())
                    .containsExactly("沪人社规〔2018〕30号 第六条第（三）项");
        }
        for (int item = 1; item <= 3; item++) {
            assertThat(classify(facts(item, "100.00").administration()).getLeft().code())
                    .isEqualTo("ADMINISTRATION_FINDING_NOT_APPLICABLE");
        }
    }

    @Test
    void the_two_other_harm_findings_are_different_and_both_count() {
        Classification both = classify(facts(4, "100.00").fundSecurity().administration()).get();

        assertThat(both.grounds()).containsExactly(SeriousGround.FUND_FRAUD, SeriousGround.OBSTRUCTION);
    }

    @Test
    void obstruction_in_serious_circumstances_is_serious_under_item_three_only_on_category_six() {
        assertThat(classify(facts(6, null).obstruction()).get().grounds()).containsExactly(SeriousGround.OBSTRUCTION);
        assertThat(classify(facts(6, null)).get().isSerious()).isFalse();
        assertThat(classify(facts(1, "100.00").obstruction()).getLeft().code())
                .isEqualTo("OBSTRUCTION_WITHOUT_NON_COOPERATION");
    }

    @Test
    void the_large_amount_is_a_parameter_of_the_measure() {
        Measure stricter = Policies.huRensheGui2018No30(new BigDecimal("50000.00"));

        assertThat(stricter.classify(facts(4, "20000.00").build(), List.empty()).get().isSerious()).isFalse();
        assertThat(stricter.classify(facts(4, "50000.00").build(), List.empty()).get().isSerious()).isTrue();
        assertThat(stricter.severityRule(FundFraudRule.class).get().largeAmount()).isEqualByComparingTo("50000");
        assertThatIllegalArgumentException().isThrownBy(() -> new FundFraudRule(4, BigDecimal.ZERO,
                HashSet.of(4), "basis"));
    }

    @Test
    void a_rule_added_to_the_measure_is_applied_with_the_others_and_its_findings_united() {
        SeverityRule largeArrears = (record, others) -> io.vavr.control.Either.right(
                record.amount().exists(a -> a.compareTo(new BigDecimal("1000000")) >= 0)
                        ? Classification.serious(SeriousGround.FUND_FRAUD, "示例 第一条") : Classification.ORDINARY);
        Measure extended = measure.withSeverityRules(measure.severityRules().append(largeArrears));

        assertThat(extended.classify(facts(1, "2000000.00").notice().build(), List.empty()).get().legalBasis())
                .containsExactly("沪人社规〔2018〕30号 第六条第（一）项", "示例 第一条");
        assertThat(extended.classify(facts(1, "999999.99").build(), List.empty()).get().isSerious()).isFalse();
        assertThat(measure.classify(facts(1, "2000000.00").build(), List.empty()).get().isSerious()).isFalse();
    }

    @Test
    void the_first_contradiction_among_the_rules_is_the_rejection() {
        Rejection first = classify(facts(5, "100.00").notice().obstruction()).getLeft();

        assertThat(first.code()).isEqualTo("PUBLIC_NOTICE_WITHOUT_ARREARS");
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

    private io.vavr.control.Either<Rejection, Classification> classify(Facts facts) {
        return measure.classify(facts.build(), List.empty());
    }

    private Facts facts(int item, String amount) {
        return new Facts(measure.category(item).get(), amount);
    }

    private static final class Facts {
        private final Category category;
        private final String amount;
        private boolean notice;
        private boolean obstruction;
        private boolean fundSecurity;
        private boolean administration;

        Facts(Category category, String amount) {
            this.category = category;
            this.amount = amount;
        }

        Facts notice() {
            notice = true;
            return this;
        }

        Facts obstruction() {
            obstruction = true;
            return this;
        }

        Facts fundSecurity() {
            fundSecurity = true;
            return this;
        }

        Facts administration() {
            administration = true;
            return this;
        }

        SeverityFacts build() {
            SubjectKind kind = category.allows(SubjectKind.INDIVIDUAL) ? SubjectKind.INDIVIDUAL
                    : SubjectKind.ORGANISATION;
            return new SeverityFacts(category, kind, LocalDate.of(2020, 1, 1), Option.of(amount).map(BigDecimal::new),
                    notice, obstruction, fundSecurity, administration);
        }
    }
}
