package org.sicredit.domain.subject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sicredit.domain.rejection.Rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.sicredit.domain.EitherAssert.assertThat;

class OrganisationCodeTest {

    /** The legacy codes of real organisations, as embedded in their published credit codes. */
    @ParameterizedTest
    @ValueSource(strings = {"13221158-X", "10000396-2", "71092609-4", "19220382-1", "71526726-X", "71610585-2"})
    void accepts_the_published_codes_of_real_organisations(String published) {
        assertThat(OrganisationCode.parse(published).get().formatted()).isEqualTo(published);
    }

    @ParameterizedTest
    @ValueSource(strings = {"13221158-0", "13221185-X", "31221158-X", "1322115-X", "132211580-X"})
    void rejects_corrupted_copies_of_a_real_code(String corrupted) {
        assertThat(OrganisationCode.parse(corrupted)).isLeft();
    }

    @Test
    void accepts_a_code_with_or_without_its_hyphen_and_prints_it_with_one() {
        OrganisationCode code = OrganisationCode.parse("13221158X").get();

        assertThat(code).isEqualTo(OrganisationCode.parse("13221158-X").get());
        assertThat(code.value()).isEqualTo("13221158X");
        assertThat(code).hasToString("13221158-X");
        assertThat(code.checkCharacter()).isEqualTo('X');
    }

    @Test
    void cleans_a_code_the_way_people_type_it() {
        assertThat(OrganisationCode.parse(" １３２２１１５８－ｘ ").get().formatted()).isEqualTo("13221158-X");
    }

    @Test
    void rejects_a_missing_code() {
        assertThat(OrganisationCode.parse("").getLeft().code()).isEqualTo("ORGANISATION_CODE_REQUIRED");
        assertThat(OrganisationCode.parse(null).getLeft().code()).isEqualTo("ORGANISATION_CODE_REQUIRED");
    }

    @Test
    void rejects_a_code_of_the_wrong_length() {
        Rejection rejection = OrganisationCode.parse("1322115").getLeft();

        assertThat(rejection.code()).isEqualTo("ORGANISATION_CODE_LENGTH");
        assertThat(rejection.field()).isEqualTo("organisationCode");
        assertThat(rejection.legalBasis()).contains("GB 11714-1997《全国组织机构代码编制规则》");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1322115*-X", "13221158-A", "13221158-Y", "1322115.X"})
    void rejects_characters_the_standard_does_not_allow_where_they_stand(String code) {
        assertThat(OrganisationCode.parse(code).getLeft().code()).isEqualTo("ORGANISATION_CODE_CHARACTER");
    }

    @Test
    void rejects_a_hyphen_anywhere_but_before_the_check_character() {
        assertThat(OrganisationCode.parse("1322-1158X").getLeft().code()).isEqualTo("ORGANISATION_CODE_LENGTH");
    }

    @Test
    void rejects_a_code_whose_check_character_is_wrong() {
        assertThat(OrganisationCode.parse("13221158-1").getLeft().code()).isEqualTo("ORGANISATION_CODE_CHECK_CHARACTER");
    }

    @Test
    void writes_a_remainder_of_ten_as_x_and_of_eleven_as_zero() {
        assertThat(OrganisationCode.checkCharacterOf("13221158")).isEqualTo('X');
        String elevenBody = findBodyWhoseCheckIs('0');
        assertThat(OrganisationCode.checkCharacterOf(elevenBody)).isEqualTo('0');
    }

    @Test
    void cannot_be_constructed_invalid_even_by_a_programming_error() {
        assertThatIllegalArgumentException().isThrownBy(() -> new OrganisationCode("13221158-X"));
    }

    private static String findBodyWhoseCheckIs(char check) {
        for (int n = 0; ; n++) {
            String body = String.format("%08d", n);
            if (ReferenceCheck.organisationCode(body) == check) {
                return body;
            }
        }
    }

    @Test
    void names_the_position_of_a_character_it_does_not_allow() {
        assertThat(OrganisationCode.parse("1322115*-X").getLeft().messageZh()).contains("第8位");
        assertThat(OrganisationCode.parse("1322115*-X").getLeft().messageEn()).contains("Character 8");
    }
}
