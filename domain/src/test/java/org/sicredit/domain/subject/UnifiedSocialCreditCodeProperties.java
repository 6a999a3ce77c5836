package org.sicredit.domain.subject;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.EitherAssert.assertThat;

class UnifiedSocialCreditCodeProperties {

    @Provide
    Arbitrary<String> codes() {
        return IdentifierArbitraries.usccs();
    }

    @Property
    void every_code_made_by_the_standard_parses(@ForAll("codes") String code) {
        assertThat(UnifiedSocialCreditCode.parse(code)).isRight();
    }

    @Property
    void parsing_what_a_code_prints_gives_the_same_code(@ForAll("codes") String code) {
        UnifiedSocialCreditCode parsed = UnifiedSocialCreditCode.parse(code).get();

        assertThat(parsed.value()).isEqualTo(code);
        assertThat(UnifiedSocialCreditCode.parse(parsed.toString()).get()).isEqualTo(parsed);
    }

    @Property
    void a_code_typed_in_full_width_lower_case_with_spaces_is_the_same_code(@ForAll("codes") String code) {
        String typed = " \u3000" + Typing.fullWidth(code.toLowerCase()) + "\t";

        assertThat(UnifiedSocialCreditCode.parse(typed).get().value()).isEqualTo(code);
    }

    @Property
    void every_single_character_change_is_rejected(@ForAll("codes") String code) {
        for (int position = 0; position < code.length(); position++) {
            for (char replacement = '!'; replacement <= '~'; replacement++) {
                if (Character.toUpperCase(replacement) == code.charAt(position)) {
                    continue;
                }
                String changed = Typing.replace(code, position, replacement);
                assertThat(UnifiedSocialCreditCode.parse(changed))
                        .as("%s changed at %d to '%c'", code, position + 1, replacement)
                        .isLeft();
            }
        }
    }

    @Property
    void every_transposition_of_adjacent_characters_among_the_first_seventeen_is_rejected(
            @ForAll("codes") String code) {
        for (int position = 0; position < 16; position++) {
            if (code.charAt(position) != code.charAt(position + 1)) {
                assertThat(UnifiedSocialCreditCode.parse(Typing.swap(code, position)))
                        .as("%s with characters %d and %d swapped", code, position + 1, position + 2)
                        .isLeft();
            }
        }
    }

    /**
     * Swapping the last body character with the check character changes the body and the check at once; the
     * mod-31 check sees it unless the swapped string happens to be a valid code itself (about 1 in 31), which no
     * check character can prevent. The parser then agrees with the standard either way.
     */
    @Property
    void swapping_the_check_character_is_rejected_unless_the_standard_itself_cannot_see_it(
            @ForAll("codes") String code) {
        String swapped = Typing.swap(code, 16);
        boolean validByTheStandard = ReferenceCheck.USCC_CHARACTERS.indexOf(swapped.charAt(16)) >= 0
                && ReferenceCheck.uscc(swapped.substring(0, 17)) == swapped.charAt(17);

        assertThat(UnifiedSocialCreditCode.parse(swapped).isRight()).isEqualTo(validByTheStandard);
    }
}
