package org.sicredit.domain.subject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sicredit.domain.rejection.Rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.sicredit.domain.EitherAssert.assertThat;

class UnifiedSocialCreditCodeTest {

    /** Codes published by the organisations themselves (annual reports, licences on their web sites). */
    @ParameterizedTest
    @ValueSource(strings = {
            "9131000013221158XC", // 上海浦东发展银行股份有限公司
            "91100000100003962T", // 中国工商银行股份有限公司
            "91110000710926094P", // 中国石油化工股份有限公司
            "914403001922038216", // 华为技术有限公司
            "9144030071526726XG", // 腾讯科技（深圳）有限公司
            "91330100716105852F", // 阿里巴巴（中国）有限公司
            "91110000802100433B", // 百度在线网络技术（北京）有限公司
            "91110108551385082Q"  // 小米科技有限责任公司
    })
    void accepts_the_published_codes_of_real_organisations(String published) {
        assertThat(UnifiedSocialCreditCode.parse(published).get().value()).isEqualTo(published);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "9131000013221158XD", // check character changed
            "9131000013221185XC", // two digits swapped
            "9131000031221158XC", // two digits swapped
            "9131000013221158X",  // last character lost
            "91310000132211580XC" // a character added
    })
    void rejects_corrupted_copies_of_a_real_code(String corrupted) {
        assertThat(UnifiedSocialCreditCode.parse(corrupted)).isLeft();
    }

    @Test
    void exposes_the_parts_the_standard_defines() {
        UnifiedSocialCreditCode spdb = UnifiedSocialCreditCode.parse("9131000013221158XC").get();

        assertThat(spdb.registrationAuthorityCode()).isEqualTo('9');
        assertThat(spdb.registrationAuthority()).contains(RegistrationAuthority.MARKET_REGULATION);
        assertThat(spdb.entityTypeCode()).isEqualTo('1');
        assertThat(spdb.administrativeRegion()).isEqualTo("310000");
        assertThat(spdb.subjectIdentifier()).isEqualTo("13221158X");
        assertThat(spdb.organisationCode().map(OrganisationCode::formatted)).contains("13221158-X");
        assertThat(spdb.checkCharacter()).isEqualTo('C');
    }

    @Test
    void has_no_organisation_code_when_the_subject_identifier_is_not_a_valid_one() {
        String body = "91310000MA1FL0T12";
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(body + ReferenceCheck.uscc(body)).get();

        assertThat(code.organisationCode()).isEmpty();
    }

    @Test
    void cleans_a_code_the_way_people_type_it() {
        assertThat(UnifiedSocialCreditCode.parse("  ９１３１００００１３２２１１５８ｘｃ\u3000").get().value())
                .isEqualTo("9131000013221158XC");
        assertThat(UnifiedSocialCreditCode.parse("9131000013221158xc").get().value())
                .isEqualTo("9131000013221158XC");
    }

    @Test
    void rejects_a_missing_code() {
        assertThat(UnifiedSocialCreditCode.parse(null).getLeft().code()).isEqualTo("USCC_REQUIRED");
        assertThat(UnifiedSocialCreditCode.parse(" \u3000 ").getLeft().code()).isEqualTo("USCC_REQUIRED");
    }

    @Test
    void rejects_a_code_of_the_wrong_length_saying_how_long_it_was() {
        Rejection rejection = UnifiedSocialCreditCode.parse("913100001322115").getLeft();

        assertThat(rejection.code()).isEqualTo("USCC_LENGTH");
        assertThat(rejection.field()).isEqualTo("unifiedSocialCreditCode");
        assertThat(rejection.value()).isEqualTo("913100001322115");
        assertThat(rejection.messageZh()).contains("18", "15");
        assertThat(rejection.messageEn()).contains("18", "15");
        assertThat(rejection.legalBasis()).contains("GB 32100-2015《法人和其他组织统一社会信用代码编码规则》");
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z', '-', '*'})
    void rejects_a_character_the_standard_never_uses_naming_its_position(char forbidden) {
        Rejection rejection = UnifiedSocialCreditCode.parse("91310000" + forbidden + "3221158XC").getLeft();

        assertThat(rejection.code()).isEqualTo("USCC_CHARACTER");
        assertThat(rejection.messageEn()).contains("Character 9");
    }

    @Test
    void rejects_an_administrative_region_that_is_not_six_digits() {
        String body = "913100A013221158X";

        assertThat(UnifiedSocialCreditCode.parse(body + ReferenceCheck.uscc(body)).getLeft().code())
                .isEqualTo("USCC_REGION");
    }

    @Test
    void rejects_a_code_whose_check_character_is_wrong() {
        Rejection rejection = UnifiedSocialCreditCode.parse("9131000013221158XD").getLeft();

        assertThat(rejection.code()).isEqualTo("USCC_CHECK_CHARACTER");
        assertThat(rejection.value()).isEqualTo("9131000013221158XD");
    }

    @Test
    void cannot_be_constructed_invalid_even_by_a_programming_error() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new UnifiedSocialCreditCode("9131000013221158XD"))
                .withMessageContaining("USCC_CHECK_CHARACTER");
    }

    @Test
    void computes_the_check_character_with_the_standards_weights() {
        assertThat(UnifiedSocialCreditCode.checkCharacterOf("91310000132211580"))
                .isEqualTo(ReferenceCheck.uscc("91310000132211580"));
    }

    @Test
    void names_no_registration_authority_for_a_code_the_standard_has_not_assigned() {
        String body = "B1310000132211580";
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(body + ReferenceCheck.uscc(body)).get();

        assertThat(code.registrationAuthority()).isEmpty();
    }

    @Test
    void half_widths_the_whole_full_width_range_and_only_it() {
        assertThat(UnifiedSocialCreditCode.parse("！131000013221158XC").getLeft().messageEn()).contains("('!')");
        assertThat(UnifiedSocialCreditCode.parse("～131000013221158XC").getLeft().messageEn()).contains("('~')");
        assertThat(UnifiedSocialCreditCode.parse("\uFF00131000013221158XC").getLeft().messageEn()).contains("('\uFF00')");
    }

    @Test
    void names_the_position_of_a_character_it_does_not_allow() {
        assertThat(UnifiedSocialCreditCode.parse("9131000013221158XI").getLeft().messageZh()).contains("第18位");
    }

    @Test
    void every_registration_authority_has_its_code_and_names() {
        assertThat(RegistrationAuthority.ofCode('5').get().nameZh()).isEqualTo("民政");
        assertThat(RegistrationAuthority.ofCode('N').get().nameEn()).isEqualTo("agriculture");
        for (RegistrationAuthority authority : RegistrationAuthority.values()) {
            assertThat(RegistrationAuthority.ofCode(authority.code())).contains(authority);
        }
    }
}
