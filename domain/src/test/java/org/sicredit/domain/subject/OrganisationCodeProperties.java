package org.sicredit.domain.subject;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.EitherAssert.assertThat;

class OrganisationCodeProperties {

    @Provide
    Arbitrary<String> codes() {
        return IdentifierArbitraries.organisationCodes();
    }

    @Provide
    Arbitrary<String> codesOfDigits() {
        return IdentifierArbitraries.organisationCodesOfDigits();
    }

    @Property
    void every_code_made_by_the_standard_parses_with_or_without_its_hyphen(@ForAll("codes") String code) {
        String hyphenated = code.substring(0, 8) + "-" + code.charAt(8);

        assertThat(OrganisationCode.parse(code).get().value()).isEqualTo(code);
        assertThat(OrganisationCode.parse(hyphenated).get().value()).isEqualTo(code);
    }

    @Property
    void parsing_what_a_code_prints_gives_the_same_code(@ForAll("codes") String code) {
        OrganisationCode parsed = OrganisationCode.parse(code).get();

        assertThat(OrganisationCode.parse(parsed.formatted()).get()).isEqualTo(parsed);
        assertThat(OrganisationCode.parse(parsed.value()).get()).isEqualTo(parsed);
    }

    @Property
    void every_change_of_a_digit_to_another_digit_or_to_a_character_the_standard_never_uses_is_rejected(
            @ForAll("codesOfDigits") String code) {
        for (int position = 0; position < code.length(); position++) {
            for (char replacement = '!'; replacement <= '~'; replacement++) {
                boolean aLetterInTheBody = position < 8 && Character.isLetter(replacement);
                if (aLetterInTheBody || Character.toUpperCase(replacement) == code.charAt(position)) {
                    continue;
                }
                assertThat(OrganisationCode.parse(Typing.replace(code, position, replacement)))
                        .as("%s changed at %d to '%c'", code, position + 1, replacement)
                        .isLeft();
            }
        }
    }

    /**
     * GB 11714 gives letters the values 10–35 and checks modulo 11, so a body character replaced by one whose
     * value differs by a multiple of 11 ({@code 0 ↔ B ↔ M ↔ X}, {@code 1 ↔ C ↔ N ↔ Y}, …) keeps the same check
     * character: the standard cannot see that change. Every other change is rejected.
     */
    @Property
    void a_single_character_change_is_rejected_unless_it_swaps_letters_the_mod_11_check_cannot_tell_apart(
            @ForAll("codes") String code) {
        for (int position = 0; position < code.length(); position++) {
            for (char replacement = '!'; replacement <= '~'; replacement++) {
                char original = code.charAt(position);
                if (Character.toUpperCase(replacement) == original) {
                    continue;
                }
                boolean invisibleToTheStandard = position < 8
                        && Character.isLetterOrDigit(replacement)
                        && Math.floorMod(Character.digit(replacement, 36) - Character.digit(original, 36), 11) == 0;
                assertThat(OrganisationCode.parse(Typing.replace(code, position, replacement)).isRight())
                        .as("%s changed at %d to '%c'", code, position + 1, replacement)
                        .isEqualTo(invisibleToTheStandard);
            }
        }
    }

    @Property
    void every_transposition_of_adjacent_body_digits_is_rejected(@ForAll("codesOfDigits") String code) {
        for (int position = 0; position < 7; position++) {
            if (code.charAt(position) != code.charAt(position + 1)) {
                assertThat(OrganisationCode.parse(Typing.swap(code, position)))
                        .as("%s with characters %d and %d swapped", code, position + 1, position + 2)
                        .isLeft();
            }
        }
    }

    /** As for any check character: a swap with it goes unseen only when the result is itself a valid code. */
    @Property
    void swapping_the_check_character_is_rejected_unless_the_standard_itself_cannot_see_it(
            @ForAll("codes") String code) {
        String swapped = Typing.swap(code, 7);
        char newCheck = swapped.charAt(8);
        boolean validByTheStandard = (Character.isDigit(newCheck) || newCheck == 'X')
                && ReferenceCheck.organisationCode(swapped.substring(0, 8)) == newCheck;

        assertThat(OrganisationCode.parse(swapped).isRight()).isEqualTo(validByTheStandard);
    }
}
