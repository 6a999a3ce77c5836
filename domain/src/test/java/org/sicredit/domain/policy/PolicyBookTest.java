package org.sicredit.domain.policy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.subject.SubjectKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PolicyBookTest {

    private static final Measure MEASURE = Policies.HU_RENSHE_GUI_2018_30;
    private static final Regulations SCR = Policies.SHANGHAI_SOCIAL_CREDIT_REGULATIONS;

    private final PolicyBook book = Policies.defaultBook();

    @Test
    void the_2018_measure_governs_from_its_first_to_its_last_day_and_not_a_day_more() {
        assertThat(book.measureOn(LocalDate.of(2018, 7, 31)).getLeft().code()).isEqualTo("NO_POLICY_IN_FORCE");
        assertThat(book.measureOn(LocalDate.of(2018, 8, 1)).get()).isSameAs(MEASURE);
        assertThat(book.measureOn(LocalDate.of(2023, 7, 31)).get()).isSameAs(MEASURE);
        assertThat(book.measureOn(LocalDate.of(2023, 8, 1)).getLeft().code()).isEqualTo("NO_POLICY_IN_FORCE");
    }

    @Test
    void the_regulations_are_in_force_from_2017_10_01_without_end() {
        assertThat(book.regulationsOn(LocalDate.of(2017, 9, 30)).getLeft().code()).isEqualTo("NO_REGULATIONS_IN_FORCE");
        assertThat(book.regulationsOn(LocalDate.of(2017, 10, 1)).get()).isSameAs(SCR);
        assertThat(book.regulationsOn(LocalDate.of(2023, 8, 1)).get()).isSameAs(SCR);
        assertThat(book.regulationsOn(LocalDate.of(2099, 12, 31)).get()).isSameAs(SCR);
    }

    @Test
    void no_measure_in_force_names_every_configured_measure_and_its_period_and_no_other_date() {
        Rejection after = book.measureOn(LocalDate.of(2026, 11, 26)).getLeft();

        assertThat(after.value()).isEqualTo("2026-11-26");
        assertThat(after.messageZh()).isEqualTo("2026-11-26没有生效的社会保险失信信息管理办法（已配置：沪人社规〔2018〕30号 "
                + "2018-08-01至2023-07-31），请配置适用的办法");
        Rejection withTwo = book.with(FollowUpMeasure.from2023(new BigDecimal("20000.00")))
                .measureOn(LocalDate.of(2030, 1, 1)).getLeft();
        assertThat(withTwo.messageEn()).contains("configured: 沪人社规〔2018〕30号 2018-08-01 to 2023-07-31; "
                + "示例规定〔2023〕1号 2023-08-01 to 2028-07-31");
    }

    @Test
    void a_book_without_measures_or_regulations_says_so() {
        PolicyBook empty = new PolicyBook(List.empty(), List.empty());

        assertThat(empty.measureOn(LocalDate.of(2020, 1, 1)).getLeft().messageEn()).contains("configured: —");
        assertThat(empty.regulationsOn(LocalDate.of(2020, 1, 1)).getLeft().messageZh())
                .isEqualTo("2020-01-01没有生效的社会信用条例（已配置：—）");
    }

    @Test
    void a_gap_between_two_measures_stays_a_gap() {
        Measure from2024 = Policies.continuationOf2018Rules("later", "后续", "示例〔2024〕1号",
                LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), Policies.DEFAULT_LARGE_AMOUNT);
        PolicyBook gapped = book.with(from2024);

        assertThat(gapped.measureOn(LocalDate.of(2023, 12, 31)).isLeft()).isTrue();
        assertThat(gapped.measureOn(LocalDate.of(2024, 1, 1)).get()).isSameAs(from2024);
        assertThat(gapped.measureOn(LocalDate.of(2026, 1, 1)).isLeft()).isTrue();
    }

    @Test
    void refuses_measures_that_overlap_even_by_one_day() {
        assertThatIllegalArgumentException().isThrownBy(() -> PolicyBook.of(MEASURE,
                Policies.huRensheGui2018No30(new BigDecimal("5000.00"))));
        assertThatIllegalArgumentException().isThrownBy(() -> book.with(Policies.continuationOf2018Rules("x", "x",
                "x", LocalDate.of(2023, 7, 31), LocalDate.of(2024, 7, 31), Policies.DEFAULT_LARGE_AMOUNT)));
    }

    @Test
    void an_amendment_of_the_regulations_takes_over_from_its_day_and_overlaps_are_refused() {
        Regulations until2024 = new Regulations(SCR.id(), SCR.title(), SCR.citation(), SCR.effectiveFrom(),
                Option.some(LocalDate.of(2024, 12, 31)), SCR.queryPeriod(), SCR.deadlines());
        Regulations amended = new Regulations("scr-2025", "上海市社会信用条例（修正）", "上海市社会信用条例（2025修正）",
                LocalDate.of(2025, 1, 1), Option.none(), Period.ofYears(3), SCR.deadlines());
        PolicyBook two = new PolicyBook(List.of(amended, until2024), List.of(MEASURE));

        assertThat(two.regulationsOn(LocalDate.of(2024, 12, 31)).get()).isSameAs(until2024);
        assertThat(two.regulationsOn(LocalDate.of(2025, 1, 1)).get()).isSameAs(amended);
        assertThat(amended.article("第三十五条")).isEqualTo("上海市社会信用条例（2025修正） 第三十五条");
        assertThat(new PolicyBook(List.of(until2024), List.empty()).with(amended).regulationsOn(LocalDate.of(2025, 1, 1))
                .get()).isSameAs(amended);
        Rejection before = two.regulationsOn(LocalDate.of(2017, 9, 30)).getLeft();
        assertThat(before.messageZh()).isEqualTo("2017-09-30没有生效的社会信用条例（已配置：上海市社会信用条例 "
                + "2017-10-01至2024-12-31；上海市社会信用条例（2025修正） 2025-01-01起）");
        assertThat(before.messageEn()).isEqualTo("No social credit regulations are in force on 2017-09-30 (configured: "
                + "上海市社会信用条例 2017-10-01 to 2024-12-31; 上海市社会信用条例（2025修正） 2025-01-01 onwards)");
        assertThatIllegalArgumentException().isThrownBy(() -> book.with(amended));
        assertThatIllegalArgumentException().isThrownBy(() -> new PolicyBook(List.of(amended,
                new Regulations("y", "y", "y", LocalDate.of(2026, 1, 1), Option.none(), Period.ofYears(5),
                        SCR.deadlines())), List.empty()));
    }

    @Test
    void a_procedural_citation_names_the_measure_in_force_or_the_last_before_or_the_first() {
        PolicyBook two = book.with(FollowUpMeasure.from2023(Policies.DEFAULT_LARGE_AMOUNT));

        assertThat(book.cite(LocalDate.of(2020, 1, 1), "第四条")).isEqualTo("沪人社规〔2018〕30号 第四条");
        assertThat(book.cite(LocalDate.of(2026, 11, 26), "第四条")).isEqualTo("沪人社规〔2018〕30号 第四条");
        assertThat(two.cite(LocalDate.of(2026, 11, 26), "第四条")).isEqualTo("示例规定〔2023〕1号 第四条");
        assertThat(two.cite(LocalDate.of(2030, 1, 1), "第七条第二款")).isEqualTo("示例规定〔2023〕1号 第七条第二款");
        assertThat(two.cite(LocalDate.of(2017, 1, 1), "第四条")).isEqualTo("沪人社规〔2018〕30号 第四条");
        assertThat(new PolicyBook(List.of(SCR), List.empty()).cite(LocalDate.of(2020, 1, 1), "第四条"))
                .isEqualTo("沪人社规〔2018〕30号 第四条");
    }

    @Test
    void a_category_cites_articles_of_the_measure_that_defined_it() {
        Measure continued = FollowUpMeasure.from2023(Policies.DEFAULT_LARGE_AMOUNT);

        assertThat(continued.category(1).get().instrumentArticle("第四条")).isEqualTo("示例规定〔2023〕1号 第四条");
        assertThat(new Category(7, "x", "x", io.vavr.collection.HashSet.of(SubjectKind.INDIVIDUAL), AmountKind.NONE,
                false, "某规定").instrumentArticle("第四条")).isEqualTo("某规定 第四条");
    }

    @Test
    void the_2018_measure_has_six_categories_of_which_the_first_three_concern_organisations_only() {
        assertThat(MEASURE.categories().map(Category::item)).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(MEASURE.categories().filter(c -> !c.allows(SubjectKind.INDIVIDUAL)).map(Category::item))
                .containsExactly(1, 2, 3);
        assertThat(MEASURE.category(7).getLeft().code()).isEqualTo("CATEGORY_UNKNOWN");
        assertThat(MEASURE.category(7).getLeft().legalBasis()).contains("沪人社规〔2018〕30号 第五条");
        assertThat(MEASURE.category(4).get().legalBasis()).isEqualTo("沪人社规〔2018〕30号 第五条第（四）项");
    }

    @Test
    void the_query_period_is_five_years_from_the_day_the_act_ended() {
        assertThat(SCR.lastDayOfQueryPeriod(LocalDate.of(2019, 3, 10))).isEqualTo(LocalDate.of(2024, 3, 10));
        assertThat(SCR.lastDayOfQueryPeriod(LocalDate.of(2020, 2, 29))).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void the_deadlines_are_those_of_the_social_credit_regulations() {
        assertThat(SCR.deadlines()).isEqualTo(new Deadlines(1, 2, 0, 5, 3, 3));
        assertThat(SCR.article("第三十六条")).isEqualTo("上海市社会信用条例 第三十六条");
    }

    @Test
    void a_measure_ends_after_it_starts_and_numbers_its_categories_once() {
        Measure p = MEASURE;
        assertThatIllegalArgumentException().isThrownBy(() -> new Measure(p.id(), p.title(), p.citation(),
                p.effectiveUntil(), p.effectiveFrom(), p.categories(), p.severityRules(), p.sanctionMeasures(),
                p.duties(), true));
        assertThatIllegalArgumentException().isThrownBy(() -> new Measure(p.id(), p.title(), p.citation(),
                p.effectiveFrom(), p.effectiveUntil(), p.categories().append(p.categories().head()),
                p.severityRules(), p.sanctionMeasures(), p.duties(), true));
        assertThat(new Measure(p.id(), p.title(), p.citation(), p.effectiveFrom(), p.effectiveFrom(),
                p.categories(), p.severityRules(), p.sanctionMeasures(), p.duties(), true).governs(p.effectiveFrom()))
                .isTrue();
    }

    @Test
    void regulations_end_after_they_start_and_have_a_query_period() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Regulations("r", "r", "r", LocalDate.of(2020, 1, 2),
                Option.some(LocalDate.of(2020, 1, 1)), Period.ofYears(5), SCR.deadlines()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Regulations("r", "r", "r", LocalDate.of(2020, 1, 1),
                Option.none(), Period.ZERO, SCR.deadlines()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Regulations("r", "r", "r", LocalDate.of(2020, 1, 1),
                Option.none(), Period.ofYears(-1), SCR.deadlines()));
        Regulations oneDay = new Regulations("r", "r", "r", LocalDate.of(2020, 1, 1),
                Option.some(LocalDate.of(2020, 1, 1)), Period.ofDays(1), SCR.deadlines());
        assertThat(oneDay.inForceOn(LocalDate.of(2020, 1, 1))).isTrue();
        assertThat(oneDay.inForceOn(LocalDate.of(2020, 1, 2))).isFalse();
        assertThat(oneDay.inForceOn(LocalDate.of(2019, 12, 31))).isFalse();
    }

    @Test
    void a_deadline_is_a_count_of_working_days_and_never_negative() {
        org.sicredit.domain.calendar.WorkingCalendar calendar = org.sicredit.domain.calendar.HolidayCn.calendar();
        LocalDate forwarded = LocalDate.of(2020, 9, 30);
        assertThat(calendar.plusWorkingDays(forwarded, SCR.deadlines().providerNotification()).get())
                .as("即时: the provider is notified the day the Bureau receives the objection").isEqualTo(forwarded);
        assertThat(calendar.plusWorkingDays(forwarded, SCR.deadlines().objectionDecision()).get())
                .as("five working days across National Day 2020").isEqualTo(LocalDate.of(2020, 10, 14));
        assertThatIllegalArgumentException().isThrownBy(() -> new Deadlines(-1, 0, 0, 0, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Deadlines(0, -1, 0, 0, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Deadlines(0, 0, -1, 0, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Deadlines(0, 0, 0, -1, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Deadlines(0, 0, 0, 0, -1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Deadlines(0, 0, 0, 0, 0, -1));
    }

    @Test
    void a_continuation_cites_its_own_document_everywhere_and_keeps_the_rules() {
        Measure continued = Policies.continuationOf2018Rules("cont-2023", "上海市社会保险失信信息管理办法（延续）",
                "沪人社规〔2023〕99号", LocalDate.of(2023, 8, 1), LocalDate.of(2028, 7, 31),
                Policies.DEFAULT_LARGE_AMOUNT);

        assertThat(continued.categories().map(Category::legalBasis)).allMatch(b -> b.startsWith("沪人社规〔2023〕99号 "));
        assertThat(continued.sanctionMeasures().map(SanctionMeasure::legalBasis))
                .allMatch(b -> b.startsWith("沪人社规〔2023〕99号 "));
        assertThat(Catalogue.of(continued, SCR).seriousList().map(SeriousCriterion::legalBasis)).containsExactly(
                "沪人社规〔2023〕99号 第六条第（一）项", "沪人社规〔2023〕99号 第六条第（二）项",
                "沪人社规〔2023〕99号 第六条第（三）项");
        assertThat(continued.categories().map(Category::nameZh)).isEqualTo(MEASURE.categories().map(Category::nameZh));
        assertThat(continued.sanctionMeasures().map(SanctionMeasure::code))
                .isEqualTo(MEASURE.sanctionMeasures().map(SanctionMeasure::code));
    }

    @Test
    void grounds_amount_kinds_and_facilitations_have_names_in_both_languages() {
        assertThat(SeriousGround.FUND_FRAUD.item()).isEqualTo(2);
        assertThat(SeriousGround.OBSTRUCTION.article()).isEqualTo("第六条第（三）项");
        assertThat(SeriousGround.OBSTRUCTION.nameZh()).contains("阻挠");
        assertThat(SeriousGround.PUBLIC_NOTICE.nameEn()).contains("publicly notified");
        assertThat(AmountKind.ARREARS.nameZh()).isEqualTo("欠缴社会保险费");
        assertThat(AmountKind.OVERPAID_BENEFITS.nameEn()).isEqualTo("overpaid benefits");
    }
}
