package org.sicredit.domain.rejection;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RejectionTest {

    private final Rejection rejection = Rejection.of("USCC_LENGTH", "unifiedSocialCreditCode", "9131",
            "统一社会信用代码应为18位", "A unified social credit code has 18 characters");

    @Test
    void reads_chinese_first_then_english() {
        assertThat(rejection.message()).isEqualTo("统一社会信用代码应为18位 / A unified social credit code has 18 characters");
    }

    @Test
    void carries_a_legal_basis_only_when_given_one() {
        assertThat(rejection.legalBasis()).isEmpty();
        assertThat(rejection.withLegalBasis("GB 32100-2015").legalBasis()).contains("GB 32100-2015");
    }

    @Test
    void can_be_moved_to_the_field_a_caller_knows_it_by() {
        Rejection moved = rejection.atField("subject.unifiedSocialCreditCode");

        assertThat(moved.field()).isEqualTo("subject.unifiedSocialCreditCode");
        assertThat(moved.code()).isEqualTo(rejection.code());
        assertThat(moved.value()).isEqualTo(rejection.value());
    }

    @Test
    void prints_its_code_field_value_message_and_basis_on_one_line() {
        assertThat(rejection.withLegalBasis("GB 32100-2015").toString()).isEqualTo(
                "USCC_LENGTH [unifiedSocialCreditCode=9131] 统一社会信用代码应为18位 / "
                        + "A unified social credit code has 18 characters (GB 32100-2015)");
    }

    @Test
    void insists_on_a_stable_upper_snake_case_code() {
        assertThatIllegalArgumentException().isThrownBy(() -> Rejection.of("uscc length", "f", "", "中", "en"));
        assertThatIllegalArgumentException().isThrownBy(() -> Rejection.of("USCC__LENGTH", "f", "", "中", "en"));
    }

    @Test
    void insists_on_a_field_and_a_message_in_both_languages() {
        assertThatIllegalArgumentException().isThrownBy(() -> Rejection.of("X", " ", "", "中", "en"));
        assertThatIllegalArgumentException().isThrownBy(() -> Rejection.of("X", "f", "", "", "en"));
        assertThatIllegalArgumentException().isThrownBy(() -> Rejection.of("X", "f", "", "中", " "));
    }

    @Test
    void a_legal_basis_is_a_citation_not_a_blank() {
        assertThatIllegalArgumentException().isThrownBy(() -> rejection.withLegalBasis(" "));
    }
}
