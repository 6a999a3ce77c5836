package org.sicredit.domain.policy;

import org.junit.jupiter.api.Test;
import org.sicredit.domain.subject.SubjectKind;

import java.math.BigDecimal;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueTest {

    private final Catalogue catalogue = Catalogue.of(Policies.HU_RENSHE_GUI_2018_30,
            Policies.SHANGHAI_SOCIAL_CREDIT_REGULATIONS);

    @Test
    void lists_the_six_items_of_article_five_with_their_subjects_and_basis() {
        assertThat(catalogue.items().map(item -> item.category().item())).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(catalogue.items().get(0).subjects()).containsExactly(SubjectKind.ORGANISATION);
        assertThat(catalogue.items().get(3).subjects()).containsExactlyInAnyOrder(SubjectKind.ORGANISATION,
                SubjectKind.INDIVIDUAL);
        assertThat(catalogue.items().get(5).legalBasis()).isEqualTo("沪人社规〔2018〕30号 第五条第（六）项");
        assertThat(catalogue.items().map(CatalogueItem::queryPeriod).distinct()).containsExactly(Period.ofYears(5));
    }

    @Test
    void names_the_fields_each_item_must_report() {
        assertThat(catalogue.items().get(0).requiredFields()).containsExactly("cause", "actDate", "documentNumber",
                "subject.name", "subject.identifier", "legalRepresentative.name",
                "legalRepresentative.residentIdNumber", "amount");
        assertThat(catalogue.items().get(5).requiredFields()).doesNotContain("amount");
        assertThat(catalogue.items().get(3).requiredFields()).doesNotContain("amount");
    }

    @Test
    void says_what_makes_each_item_serious() {
        assertThat(catalogue.items().get(0).seriousWhen().map(SeriousCriterion::ground))
                .containsExactly(SeriousGround.PUBLIC_NOTICE, SeriousGround.FUND_FRAUD);
        assertThat(catalogue.items().get(3).seriousWhen().map(SeriousCriterion::criterionZh).head())
                .contains("10000.00元");
        assertThat(catalogue.items().get(4).seriousWhen().map(SeriousCriterion::ground))
                .containsExactly(SeriousGround.FUND_FRAUD, SeriousGround.OBSTRUCTION);
        assertThat(catalogue.items().get(5).seriousWhen().map(SeriousCriterion::ground))
                .containsExactly(SeriousGround.OBSTRUCTION);
    }

    @Test
    void the_serious_list_follows_the_rules_and_their_parameters() {
        Catalogue stricter = Catalogue.of(Policies.huRensheGui2018No30(new BigDecimal("50000.00")),
                Policies.SHANGHAI_SOCIAL_CREDIT_REGULATIONS);

        assertThat(catalogue.seriousList().map(SeriousCriterion::legalBasis)).containsExactly(
                "沪人社规〔2018〕30号 第六条第（一）项", "沪人社规〔2018〕30号 第六条第（二）项",
                "沪人社规〔2018〕30号 第六条第（三）项");
        assertThat(catalogue.seriousList().get(0).categories()).containsExactly(1, 2, 3);
        assertThat(stricter.seriousList().get(1).criterionEn()).contains("CNY 50000.00");
    }

    @Test
    void a_rule_added_without_a_description_adds_nothing_to_the_serious_list() {
        Measure measure = Policies.HU_RENSHE_GUI_2018_30;
        SeverityRule silent = (record, others) -> io.vavr.control.Either.right(Classification.ORDINARY);
        Catalogue extended = Catalogue.of(measure.withSeverityRules(measure.severityRules().append(silent)),
                Policies.SHANGHAI_SOCIAL_CREDIT_REGULATIONS);

        assertThat(extended.seriousList()).isEqualTo(catalogue.seriousList());
    }

    @Test
    void the_catalogue_on_a_date_is_that_of_the_measure_in_force_or_no_policy_in_force() {
        PolicyBook book = Policies.defaultBook();

        assertThat(Catalogue.on(book, java.time.LocalDate.of(2023, 7, 31)).get()).isEqualTo(catalogue);
        assertThat(Catalogue.on(book, java.time.LocalDate.of(2023, 8, 1)).getLeft().code())
                .isEqualTo("NO_POLICY_IN_FORCE");
    }
}
