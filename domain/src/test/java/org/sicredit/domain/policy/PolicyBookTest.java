package org.sicredit.domain.policy;

import org.junit.jupiter.api.Test;
import org.sicredit.domain.rejection.Rejection;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PolicyBookTest {

    private final PolicyBook book = Policies.defaultBook();

    @Test
    void the_2018_measure_governs_its_first_and_last_day() {
        assertThat(book.governing(LocalDate.of(2018, 8, 1)).get()).isSameAs(Policies.HU_RENSHE_GUI_2018_30);
        assertThat(book.governing(LocalDate.of(2023, 7, 31)).get()).isSameAs(Policies.HU_RENSHE_GUI_2018_30);
    }

    @Test
    void says_plainly_that_no_policy_is_in_force_outside_the_measures_period() {
        Rejection before = book.governing(LocalDate.of(2018, 7, 31)).getLeft();
        Rejection after = book.governing(LocalDate.of(2023, 8, 1)).getLeft();

        assertThat(before.code()).isEqualTo("NO_POLICY_IN_FORCE");
        assertThat(after.code()).isEqualTo("NO_POLICY_IN_FORCE");
        assertThat(after.value()).isEqualTo("2023-08-01");
        assertThat(after.messageZh()).contains("沪人社规〔2018〕30号", "请配置");
    }

    @Test
    void applies_a_policy_a_deployment_configured_for_a_later_period() {
        PolicyBook extended = book.with(FollowUpPolicy.from2023(new BigDecimal("20000.00")));

        assertThat(extended.governing(LocalDate.of(2024, 1, 1)).get().id()).isEqualTo("follow-up-2023");
        assertThat(extended.governing(LocalDate.of(2020, 1, 1)).get().id()).isEqualTo("hu-renshe-gui-2018-30");
    }

    @Test
    void refuses_policies_that_overlap() {
        assertThatIllegalArgumentException().isThrownBy(() -> PolicyBook.of(Policies.HU_RENSHE_GUI_2018_30,
                Policies.huRensheGui2018No30(new BigDecimal("5000.00"))));
    }

    @Test
    void the_2018_measure_has_six_categories_of_which_the_first_three_concern_organisations_only() {
        Policy policy = Policies.HU_RENSHE_GUI_2018_30;

        assertThat(policy.categories().map(Category::item)).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(policy.categories().filter(c -> !c.allows(org.sicredit.domain.subject.SubjectKind.INDIVIDUAL))
                .map(Category::item)).containsExactly(1, 2, 3);
        assertThat(policy.category(7).getLeft().code()).isEqualTo("CATEGORY_UNKNOWN");
        assertThat(policy.category(4).get().legalBasis()).isEqualTo("沪人社规〔2018〕30号 第五条第（四）项");
    }

    @Test
    void the_query_period_is_five_years_from_the_day_the_act_ended() {
        assertThat(Policies.HU_RENSHE_GUI_2018_30.lastDayOfQueryPeriod(LocalDate.of(2019, 3, 10)))
                .isEqualTo(LocalDate.of(2024, 3, 10));
    }

    @Test
    void the_deadlines_are_those_of_the_social_credit_regulations() {
        Deadlines deadlines = Policies.HU_RENSHE_GUI_2018_30.deadlines();

        assertThat(deadlines).isEqualTo(new Deadlines(1, 2, 0, 5, 3, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new Deadlines(1, 2, 0, -5, 3, 3));
    }

    @Test
    void a_policy_ends_after_it_starts_and_numbers_its_categories_once() {
        Policy p = Policies.HU_RENSHE_GUI_2018_30;
        assertThatIllegalArgumentException().isThrownBy(() -> new Policy(p.id(), p.title(), p.citation(),
                p.effectiveUntil(), p.effectiveFrom(), p.categories(), p.severityRules(), p.sanctionMeasures(),
                p.queryPeriod(), p.deadlines()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Policy(p.id(), p.title(), p.citation(),
                p.effectiveFrom(), p.effectiveUntil(), p.categories().append(p.categories().head()),
                p.severityRules(), p.sanctionMeasures(), p.queryPeriod(), p.deadlines()));
    }

    @Test
    void a_deadline_of_zero_working_days_means_the_same_day() {
        assertThat(new Deadlines(0, 0, 0, 0, 0, 0).providerNotification()).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> new Deadlines(-1, 0, 0, 0, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Deadlines(0, -1, 0, 0, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Deadlines(0, 0, -1, 0, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Deadlines(0, 0, 0, 0, -1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Deadlines(0, 0, 0, 0, 0, -1));
    }

    @Test
    void grounds_amount_kinds_and_facilitations_have_names_in_both_languages() {
        assertThat(SeriousGround.FUND_FRAUD.item()).isEqualTo(2);
        assertThat(SeriousGround.OBSTRUCTION.nameZh()).contains("阻挠");
        assertThat(SeriousGround.PUBLIC_NOTICE.nameEn()).contains("publicly notified");
        assertThat(AmountKind.ARREARS.nameZh()).isEqualTo("欠缴社会保险费");
        assertThat(AmountKind.OVERPAID_BENEFITS.nameEn()).isEqualTo("overpaid benefits");
    }
}
