package org.sicredit.domain.record;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.fixtures.RecordFixture;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.policy.ProviderKind;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.subject.SubjectDraft;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

class RecordDraftTest {

    private static final LocalDate COLLECTED = LocalDate.of(2019, 4, 2);

    @Test
    void a_valid_draft_becomes_content_with_its_policy_and_classification() {
        RecordDraft.Vetted vetted = validate(aRecord().serious()).get();

        assertThat(vetted.measure()).isSameAs(Policies.HU_RENSHE_GUI_2018_30);
        assertThat(vetted.regulations()).isSameAs(Policies.SHANGHAI_SOCIAL_CREDIT_REGULATIONS);
        assertThat(vetted.classification().isSerious()).isTrue();
        assertThat(vetted.content().amount()).contains(new BigDecimal("52000.00"));
        assertThat(vetted.content().actEndedOn()).isEmpty();
    }

    @Test
    void categories_one_to_three_are_for_organisations_only() {
        assertThat(codes(aRecord().ofAnIndividual().category(2).amount(new BigDecimal("100"))))
                .containsExactly("CATEGORY_NOT_FOR_SUBJECT");
        assertThat(validate(aRecord().ofAnIndividual().category(5).amount(new BigDecimal("100"))).isValid()).isTrue();
    }

    @Test
    void the_act_date_is_not_after_the_collection_date() {
        assertThat(codes(aRecord().actDate(COLLECTED.plusDays(1)))).containsExactly("ACT_DATE_AFTER_COLLECTION");
        assertThat(validate(aRecord().actDate(COLLECTED)).isValid()).isTrue();
    }

    @Test
    void an_act_date_or_end_in_year_0001_is_out_of_range_named_by_its_field() {
        var early = validate(aRecord().actDate(LocalDate.of(1, 1, 1)));

        assertThat(early.getError().filter(r -> r.code().equals("DATE_OUT_OF_RANGE")).map(Rejection::field))
                .containsExactly("actDate");
        var endedEarly = validate(aRecord().actDate(LocalDate.of(1, 1, 1)).endedOn(LocalDate.of(1, 2, 1)));
        assertThat(endedEarly.getError().filter(r -> r.code().equals("DATE_OUT_OF_RANGE")).map(Rejection::field))
                .containsExactly("actDate", "actEndedOn");
    }

    @Test
    void a_nul_or_control_character_or_an_unpaired_surrogate_is_a_rejection_of_its_field() {
        assertThat(validate(aRecord().cause("欠费\u0000")).getError().map(Rejection::field)).containsExactly("cause");
        assertThat(codes(aRecord().cause("欠费\u0007"))).containsExactly("TEXT_FORBIDDEN_CHARACTER");
        assertThat(codes(aRecord().documentNumber("沪\uD800号"))).containsExactly("TEXT_FORBIDDEN_CHARACTER");
        assertThat(validate(aRecord().cause("欠费\n未补缴\t")).isValid()).as("line breaks and tabs").isTrue();
        assertThat(validate(aRecord().cause("欠费😀")).isValid()).as("a surrogate pair").isTrue();
    }

    @Test
    void an_amount_beyond_sixteen_digits_is_too_large_and_the_largest_is_accepted() {
        assertThat(codes(aRecord().amount(new BigDecimal("1E+20")))).containsExactly("AMOUNT_TOO_LARGE");
        assertThat(codes(aRecord().amount(new BigDecimal("10000000000000000")))).containsExactly("AMOUNT_TOO_LARGE");
        assertThat(validate(aRecord().amount(new BigDecimal("9999999999999999.99"))).isValid()).isTrue();
    }

    @Test
    void the_act_ends_neither_before_its_date_nor_after_the_collection() {
        assertThat(codes(aRecord().endedOn(LocalDate.of(2019, 3, 14)))).containsExactly("ACT_ENDED_BEFORE_ACT_DATE");
        assertThat(codes(aRecord().endedOn(COLLECTED.plusDays(1)))).containsExactly("ACT_ENDED_AFTER_COLLECTION");
        assertThat(validate(aRecord().endedOn(LocalDate.of(2019, 3, 15))).isValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1.00", "0.00"})
    void an_amount_is_positive(String yuan) {
        assertThat(codes(aRecord().amount(new BigDecimal(yuan)))).containsExactly("AMOUNT_NOT_POSITIVE");
    }

    @Test
    void an_amount_has_at_most_two_decimals_and_is_kept_with_two() {
        assertThat(codes(aRecord().amount(new BigDecimal("100.005")))).containsExactly("AMOUNT_SCALE");
        assertThat(validate(aRecord().amount(new BigDecimal("100.500"))).get().content().amount())
                .contains(new BigDecimal("100.50"));
        assertThat(validate(aRecord().amount(new BigDecimal("100"))).get().content().amount().get().scale())
                .isEqualTo(2);
    }

    @Test
    void arrears_and_overpaid_benefits_state_an_amount_and_non_cooperation_has_none() {
        assertThat(codes(aRecord().amount(null))).containsExactly("AMOUNT_REQUIRED");
        assertThat(codes(aRecord().category(5).amount(null))).containsExactly("AMOUNT_REQUIRED");
        assertThat(codes(aRecord().obstruction(false).amount(new BigDecimal("1.00"))))
                .containsExactly("AMOUNT_NOT_APPLICABLE");
        assertThat(validate(aRecord().fraudOf("1.00").amount(null)).isValid()).as("fraud with no payout").isTrue();
    }

    @Test
    void the_cause_and_the_document_number_are_required_and_bounded() {
        assertThat(codes(aRecord().cause(" "))).containsExactly("CAUSE_REQUIRED");
        assertThat(codes(aRecord().documentNumber(null))).containsExactly("DOCUMENT_NUMBER_REQUIRED");
        assertThat(codes(aRecord().cause("因".repeat(501)))).containsExactly("CAUSE_TOO_LONG");
        assertThat(codes(aRecord().documentNumber("号".repeat(101)))).containsExactly("DOCUMENT_NUMBER_TOO_LONG");
    }

    @Test
    void the_category_and_scheme_are_required_and_the_category_must_exist() {
        assertThat(codes(aRecord().category(null))).containsExactly("CATEGORY_REQUIRED");
        assertThat(codes(aRecord().category(7))).containsExactly("CATEGORY_UNKNOWN");
        assertThat(codes(aRecord().scheme(null))).containsExactly("SCHEME_REQUIRED");
    }

    @Test
    void a_record_needs_a_subject_and_a_date() {
        assertThat(codes(aRecord().of(null))).containsExactly("SUBJECT_REQUIRED");
        assertThat(codes(aRecord().actDate(null))).containsExactly("ACT_DATE_REQUIRED");
    }

    @Test
    void an_act_outside_every_policy_is_rejected_plainly() {
        Seq<Rejection> errors = validate(aRecord().actDate(LocalDate.of(2018, 7, 31))).getError();

        assertThat(errors.map(Rejection::code)).containsExactly("NO_POLICY_IN_FORCE");
        assertThat(errors.head().field()).isEqualTo("actDate");
    }

    @Test
    void contradicting_facts_are_rejected_by_the_severity_rules() {
        assertThat(codes(aRecord().category(5).publicNotice(true))).containsExactly("PUBLIC_NOTICE_WITHOUT_ARREARS");
    }

    @Test
    void a_row_with_ten_errors_gets_ten_rejections_at_once() {
        RecordFixture row = aRecord()
                .of(SubjectDraft.organisation("", "9131000013221158XD", "", "110105194912310021"))
                .cause("")
                .documentNumber("")
                .actDate(COLLECTED.plusDays(3))
                .endedOn(COLLECTED.plusDays(1))
                .amount(new BigDecimal("-1.001"))
                .scheme(null);

        assertThat(codes(row)).containsExactly(
                "NAME_REQUIRED", "USCC_CHECK_CHARACTER", "NAME_REQUIRED", "ID_CHECK_CHARACTER",
                "CAUSE_REQUIRED", "DOCUMENT_NUMBER_REQUIRED",
                "ACT_DATE_AFTER_COLLECTION", "ACT_ENDED_BEFORE_ACT_DATE", "ACT_ENDED_AFTER_COLLECTION",
                "SCHEME_REQUIRED", "AMOUNT_NOT_POSITIVE", "AMOUNT_SCALE");
    }

    private static io.vavr.control.Validation<Seq<Rejection>, RecordDraft.Vetted> validate(RecordFixture fixture) {
        return fixture.draft().validate(Policies.defaultBook(), COLLECTED, ProviderKind.SOCIAL_INSURANCE_CENTRE, List.empty(),
                Clocks.on(COLLECTED));
    }

    private static Seq<String> codes(RecordFixture fixture) {
        var validation = validate(fixture);
        assertThat(validation.isInvalid()).as("expected rejections").isTrue();
        return validation.getError().map(Rejection::code);
    }

    @Test
    void the_bounds_themselves_are_allowed() {
        assertThat(validate(aRecord().cause("因".repeat(500)).documentNumber("号".repeat(100))
                .amount(new BigDecimal("0.01"))).isValid()).isTrue();
    }
}
