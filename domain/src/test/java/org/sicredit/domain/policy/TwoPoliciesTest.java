package org.sicredit.domain.policy;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.sicredit.domain.fixtures.RecordFixture;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.sanction.SanctionProfile;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/**
 * A maintainer adds a successor policy from 2023-08-01 with a larger "large amount" by writing it in this package
 * ({@link FollowUpMeasure}); the same scenarios run under both and each date gets its own rules.
 */
class TwoPoliciesTest {

    private final PolicyBook book = Policies.defaultBook().with(FollowUpMeasure.from2023(new BigDecimal("20000.00")));

    @Test
    void the_same_fraud_is_serious_under_the_2018_measure_and_not_under_its_successor() {
        DishonestyRecord in2022 = fraudOf15000(LocalDate.of(2022, 5, 10)).build();
        DishonestyRecord in2024 = fraudOf15000(LocalDate.of(2024, 5, 10)).build();

        assertThat(in2022.isSerious()).isTrue();
        assertThat(in2024.isSerious()).isFalse();
    }

    @Test
    void a_fraud_above_both_thresholds_is_serious_under_both() {
        assertThat(fraud("25000.00", LocalDate.of(2022, 5, 10)).build().isSerious()).isTrue();
        assertThat(fraud("25000.00", LocalDate.of(2024, 5, 10)).build().isSerious()).isTrue();
    }

    @Test
    void sanctions_on_a_date_follow_the_policy_in_force_that_day() {
        DishonestyRecord record = fraudOf15000(LocalDate.of(2022, 5, 10)).reportedOn(LocalDate.of(2022, 6, 10)).build();

        SanctionProfile lastDay = SanctionProfile.of(List.of(record), LocalDate.of(2023, 7, 31), book);
        SanctionProfile firstDayAfter = SanctionProfile.of(List.of(record), LocalDate.of(2023, 8, 1), book);

        assertThat(lastDay.measure().get().id()).isEqualTo("hu-renshe-gui-2018-30");
        assertThat(lastDay.measures().map(m -> m.legalBasis())).contains("沪人社规〔2018〕30号 第八条第（一）项");
        assertThat(firstDayAfter.measure().get().id()).isEqualTo("follow-up-2023");
        assertThat(firstDayAfter.measures().map(m -> m.legalBasis())).containsExactly(
                "示例规定〔2023〕1号 第八条第（一）项", "示例规定〔2023〕1号 第八条第（二）项",
                "示例规定〔2023〕1号 第八条第（三）项", "示例规定〔2023〕1号 第八条第（四）项",
                "示例规定〔2023〕1号 第八条第二款");
        assertThat(SanctionProfile.of(List.of(record), LocalDate.of(2023, 8, 1), Policies.defaultBook()).measures())
                .isEmpty();
    }

    @Test
    void the_catalogue_of_each_policy_states_its_own_threshold() {
        assertThat(Catalogue.on(book, LocalDate.of(2022, 1, 1)).get().seriousList().get(1).criterionEn())
                .contains("10000.00");
        assertThat(Catalogue.on(book, LocalDate.of(2024, 1, 1)).get().seriousList().get(1).criterionEn())
                .contains("20000.00");
    }

    private RecordFixture fraudOf15000(LocalDate actDate) {
        return fraud("15000.00", actDate);
    }

    private RecordFixture fraud(String amount, LocalDate actDate) {
        return aRecord().ofAnIndividual().fraudOf(amount).actDate(actDate).collectedOn(actDate.plusDays(20)).under(book);
    }
}
