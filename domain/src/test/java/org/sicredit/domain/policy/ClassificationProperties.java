package org.sicredit.domain.policy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.sicredit.domain.subject.SubjectKind;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ClassificationProperties {

    private final Measure policy = Policies.HU_RENSHE_GUI_2018_30;

    @Property
    void a_fraud_is_serious_exactly_when_its_amount_reaches_the_large_amount(
            @ForAll @BigRange(min = "0.01", max = "1000000") @Scale(2) BigDecimal amount) {
        Classification c = policy.classify(facts(4, amount, false, false, false), List.empty()).get();

        assertThat(c.isSerious()).isEqualTo(amount.compareTo(Policies.DEFAULT_LARGE_AMOUNT) >= 0);
    }

    @Property
    void without_any_finding_of_article_6_no_record_is_serious_whatever_its_category(
            @ForAll @IntRange(min = 1, max = 6) int item) {
        BigDecimal smallAmount = policy.category(item).get().hasAmount() ? new BigDecimal("100.00") : null;

        assertThat(policy.classify(facts(item, smallAmount, false, false, false), List.empty()).get())
                .isEqualTo(Classification.ORDINARY);
    }

    @Property
    void a_classification_is_serious_exactly_when_it_names_a_ground(
            @ForAll @IntRange(min = 1, max = 3) int arrearsItem, @ForAll boolean notice) {
        Classification c = policy.classify(facts(arrearsItem, new BigDecimal("100.00"), notice, false, false),
                List.empty()).get();

        assertThat(c.isSerious()).isEqualTo(notice);
        assertThat(c.isSerious()).isEqualTo(!c.grounds().isEmpty());
        assertThat(c.legalBasis().size()).isEqualTo(c.grounds().size());
    }

    private SeverityFacts facts(int item, BigDecimal amount, boolean notice, boolean obstruction, boolean harm) {
        Category category = policy.category(item).get();
        SubjectKind kind = category.allows(SubjectKind.INDIVIDUAL) ? SubjectKind.INDIVIDUAL : SubjectKind.ORGANISATION;
        return new SeverityFacts(category, kind, java.time.LocalDate.of(2020, 1, 1), Option.of(amount), notice, obstruction,
                harm, false);
    }
}
