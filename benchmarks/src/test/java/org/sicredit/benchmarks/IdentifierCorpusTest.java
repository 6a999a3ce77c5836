package org.sicredit.benchmarks;

import org.junit.jupiter.api.Test;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.subject.ResidentIdNumber;
import org.sicredit.domain.subject.UnifiedSocialCreditCode;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The inputs the identifier benchmark and the disagreement list are built from. */
class IdentifierCorpusTest {

    private static final Clock CLOCK = Clocks.on(2026, 11, 27);

    @Test
    void one_input_in_eight_of_each_mix_is_a_typo() {
        String[] codes = IdentifierCorpus.creditCodeMix(1024);
        String[] numbers = IdentifierCorpus.residentIdMix(1024);

        assertThat(Arrays.stream(codes).filter(code -> UnifiedSocialCreditCode.parse(code).isRight())).hasSize(896);
        assertThat(Arrays.stream(numbers).filter(n -> ResidentIdNumber.parse(n, CLOCK).isRight())).hasSize(896);
    }

    @Test
    void the_cases_built_valid_are_those_sicredit_accepts_but_the_one_before_1900_hutool_refuses() {
        List<IdentifierCorpus.Verdict> verdicts = IdentifierCorpus.verdicts(CLOCK);

        assertThat(verdicts).filteredOn(verdict -> verdict.tried().standardValid())
                .allMatch(IdentifierCorpus.Verdict::sicredit);
        assertThat(verdicts).filteredOn(verdict -> verdict.tried().why().startsWith("born 1 January 1890"))
                .singleElement().matches(verdict -> verdict.sicredit() && !verdict.hutool());
    }

    @Test
    void a_disagreement_is_where_the_libraries_differ_or_either_differs_from_the_standard() {
        IdentifierCorpus.Case invalid = new IdentifierCorpus.Case("x", "x", false, "x");

        assertThat(new IdentifierCorpus.Verdict(invalid, false, false).disagreement()).isFalse();
        assertThat(new IdentifierCorpus.Verdict(invalid, false, true).disagreement()).isTrue();
        assertThat(new IdentifierCorpus.Verdict(invalid, true, true).disagreement()).isTrue();
    }

    @Test
    void foreign_identity_cards_are_cases_the_standard_and_sicredit_refuse_and_hutool_accepts() {
        assertThat(IdentifierCorpus.verdicts(CLOCK)).filteredOn(verdict -> verdict.tried().why().contains("identity card"))
                .hasSize(3).allMatch(verdict -> !verdict.sicredit() && verdict.hutool());
    }
}
