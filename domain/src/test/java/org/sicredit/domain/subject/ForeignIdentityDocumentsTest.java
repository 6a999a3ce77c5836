package org.sicredit.domain.subject;

import org.junit.jupiter.api.Test;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.rejection.Rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ForeignIdentityDocumentsTest {

    private static final String CARD_2023 = "931840198503120013";

    @Test
    void accepts_an_18_digit_permanent_residence_card_number_starting_with_9_whose_mod_11_2_check_matches() {
        ForeignPermanentResidentId id = ForeignPermanentResidentId.parse(" ９３１８４０１９８５０３１２００１３ ").get();

        assertThat(id.value()).isEqualTo(CARD_2023);
        assertThat(id.isEighteenDigitForm()).isTrue();
        assertThat(id.document()).isEqualTo(IdentityDocument.FOREIGN_PERMANENT_RESIDENT_ID);
        assertThat(id.toString()).isEqualTo("9318**********0013");
    }

    @Test
    void refuses_a_wrong_check_character_naming_the_published_rule_and_never_the_whole_number() {
        Rejection wrong = ForeignPermanentResidentId.parse("931840198503120014").getLeft();

        assertThat(wrong.code()).isEqualTo("FPR_ID_CHECK_CHARACTER");
        assertThat(wrong.value()).isEqualTo("9318**********0014");
        assertThat(wrong.legalBasis()).contains("国家移民管理局《新版外国人永久居留身份证机读信息规则（2023版）》");
        assertThat(wrong.toString()).doesNotContain("931840198503120014");
    }

    @Test
    void accepts_the_15_character_form_with_an_iso_nationality_and_checks_only_its_shape() {
        ForeignPermanentResidentId old = ForeignPermanentResidentId.parse("usa310612850001").get();

        assertThat(old.value()).isEqualTo("USA310612850001");
        assertThat(old.isEighteenDigitForm()).isFalse();
        assertThat(ForeignPermanentResidentId.parse("XXX310612850001").getLeft().code()).isEqualTo("FPR_ID_NATIONALITY");
        assertThat(ForeignPermanentResidentId.parse("USA31061285000").getLeft().code()).isEqualTo("FPR_ID_FORMAT");
        assertThat(ForeignPermanentResidentId.parse("831840198503120013").getLeft().code()).isEqualTo("FPR_ID_FORMAT");
        assertThat(ForeignPermanentResidentId.parse(" ").getLeft().code()).isEqualTo("FPR_ID_REQUIRED");
        assertThatIllegalArgumentException().isThrownBy(() -> new ForeignPermanentResidentId("USA31061285000"));
    }

    @Test
    void a_passport_number_names_its_issuing_country_and_is_masked() {
        PassportNumber passport = PassportNumber.parse("usa ：E12345678").get();

        assertThat(passport.country()).isEqualTo("USA");
        assertThat(passport.number()).isEqualTo("E12345678");
        assertThat(passport.value()).isEqualTo("USA:E12345678");
        assertThat(passport.masked()).isEqualTo("USA:*********");
        assertThat(PassportNumber.parse("JPN:TR1234567890").get().toString()).isEqualTo("JPN:TR12****7890");
        assertThat(PersonalIdentifier.stored(IdentityDocument.PASSPORT, "USA:E12345678")).isEqualTo(passport);
    }

    @Test
    void refuses_a_passport_without_a_known_country_or_of_the_wrong_shape() {
        assertThat(PassportNumber.parse("E12345678").getLeft().code()).isEqualTo("PASSPORT_COUNTRY_REQUIRED");
        assertThat(PassportNumber.parse("US:E12345678").getLeft().code()).isEqualTo("PASSPORT_COUNTRY");
        assertThat(PassportNumber.parse("USA:E12").getLeft().code()).isEqualTo("PASSPORT_NUMBER_FORMAT");
        assertThat(PassportNumber.parse("USA:E1234-5678").getLeft().code()).isEqualTo("PASSPORT_NUMBER_FORMAT");
        assertThat(PassportNumber.parse("USA:" + "1".repeat(21)).getLeft().code()).isEqualTo("PASSPORT_NUMBER_FORMAT");
        assertThat(PassportNumber.parse(null).getLeft().code()).isEqualTo("PASSPORT_REQUIRED");
        assertThat(PassportNumber.parse(null, null).getLeft().code()).isEqualTo("PASSPORT_COUNTRY");
        assertThatIllegalArgumentException().isThrownBy(() -> PersonalIdentifier.stored(IdentityDocument.PASSPORT,
                "E12345678"));
    }

    @Test
    void an_individual_may_be_named_by_each_document_and_a_resident_id_by_default() {
        Subject byCard = SubjectDraft.individual("John Smith", IdentityDocument.FOREIGN_PERMANENT_RESIDENT_ID, CARD_2023)
                .validate(Clocks.on(2024, 1, 2)).get();
        Subject byPassport = SubjectDraft.individual("Kim Minji", IdentityDocument.PASSPORT, "KOR:M12345678")
                .validate(Clocks.on(2024, 1, 2)).get();
        Subject byResidentId = SubjectDraft.individual("李四", "440524188001010014").validate(Clocks.on(2024, 1, 2)).get();

        assertThat(((Individual) byCard).identifier()).isEqualTo(new ForeignPermanentResidentId(CARD_2023));
        assertThat(((Individual) byPassport).identifier().document()).isEqualTo(IdentityDocument.PASSPORT);
        assertThat(((Individual) byResidentId).identifier().document()).isEqualTo(IdentityDocument.RESIDENT_ID);
        assertThat(SubjectDraft.individual("X", IdentityDocument.PASSPORT, "E12345678").validate(Clocks.on(2024, 1, 2))
                .getError().map(r -> r.code() + "@" + r.field())).containsExactly("PASSPORT_COUNTRY_REQUIRED@subject.identifier");
        assertThat(IdentityDocument.PASSPORT.nameZh()).isEqualTo("护照");
        assertThat(IdentityDocument.FOREIGN_PERMANENT_RESIDENT_ID.nameEn()).isEqualTo("foreigner's permanent residence ID card");
    }

    @Test
    void a_hong_kong_residence_permit_keeps_working_as_a_resident_id_number() {
        assertThat(PersonalIdentifier.parse(IdentityDocument.RESIDENT_ID, "810000199408230021", Clocks.on(2024, 1, 2))
                .get().document()).isEqualTo(IdentityDocument.RESIDENT_ID);
    }

    @Test
    void a_draft_prints_personal_numbers_masked_and_organisation_codes_whole() {
        assertThat(SubjectDraft.individual("李四", "440524188001010014").toString())
                .doesNotContain("440524188001010014").contains("4405**********0014");
        assertThat(SubjectDraft.individual("Kim", IdentityDocument.PASSPORT, "KOR:M12345678").toString())
                .doesNotContain("M12345678").contains("PASSPORT");
        assertThat(SubjectDraft.organisation("上海示例贸易有限公司", "9131000013221158XC", "张三", "11010519491231002X")
                .toString()).contains("9131000013221158XC").doesNotContain("11010519491231002X");
    }
}
