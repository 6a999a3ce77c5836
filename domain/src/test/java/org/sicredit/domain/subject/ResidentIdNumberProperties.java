package org.sicredit.domain.subject;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Clock;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.EitherAssert.assertThat;

class ResidentIdNumberProperties {

    private static final Clock TODAY = Clock.fixed(
            IdentifierArbitraries.TODAY.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant().plusSeconds(43_200),
            ZoneId.of("Asia/Shanghai"));

    @Provide
    Arbitrary<String> numbers() {
        return IdentifierArbitraries.residentIds();
    }

    @Property
    void every_number_made_by_the_standard_parses(@ForAll("numbers") String number) {
        assertThat(ResidentIdNumber.parse(number, TODAY)).isRight();
    }

    @Property
    void parsing_what_a_number_holds_gives_the_same_number(@ForAll("numbers") String number) {
        ResidentIdNumber parsed = ResidentIdNumber.parse(number, TODAY).get();

        assertThat(parsed.value()).isEqualTo(number);
        assertThat(ResidentIdNumber.parse(parsed.value(), TODAY).get()).isEqualTo(parsed);
    }

    @Property
    void a_number_typed_in_full_width_with_a_lower_case_x_is_the_same_number(@ForAll("numbers") String number) {
        String typed = "\u3000" + Typing.fullWidth(number.toLowerCase()) + " ";

        assertThat(ResidentIdNumber.parse(typed, TODAY).get().value()).isEqualTo(number);
    }

    @Property
    void every_single_character_change_is_rejected(@ForAll("numbers") String number) {
        for (int position = 0; position < number.length(); position++) {
            for (char replacement = '!'; replacement <= '~'; replacement++) {
                if (Character.toUpperCase(replacement) == number.charAt(position)) {
                    continue;
                }
                assertThat(ResidentIdNumber.parse(Typing.replace(number, position, replacement), TODAY))
                        .as("a number changed at %d to '%c'", position + 1, replacement)
                        .isLeft();
            }
        }
    }

    @Property
    void every_transposition_of_adjacent_digits_among_the_first_seventeen_is_rejected(
            @ForAll("numbers") String number) {
        for (int position = 0; position < 16; position++) {
            if (number.charAt(position) != number.charAt(position + 1)) {
                assertThat(ResidentIdNumber.parse(Typing.swap(number, position), TODAY))
                        .as("a number with digits %d and %d swapped", position + 1, position + 2)
                        .isLeft();
            }
        }
    }

    /** A swap with the check character goes unseen only when the result is itself a valid number. */
    @Property
    void swapping_the_check_character_is_rejected_unless_the_standard_itself_cannot_see_it(
            @ForAll("numbers") String number) {
        String swapped = Typing.swap(number, 16);
        boolean validByTheStandard = Character.isDigit(swapped.charAt(16))
                && ReferenceCheck.residentId(swapped.substring(0, 17)) == swapped.charAt(17);

        assertThat(ResidentIdNumber.parse(swapped, TODAY).isRight()).isEqualTo(validByTheStandard);
    }

    @Property
    void the_printed_form_hides_all_but_four_characters_at_each_end(@ForAll("numbers") String number) {
        ResidentIdNumber parsed = ResidentIdNumber.parse(number, TODAY).get();

        assertThat(parsed.toString())
                .isEqualTo(number.substring(0, 4) + "**********" + number.substring(14))
                .doesNotContain(number.substring(4, 14));
    }

    @Property
    void a_rejection_never_shows_the_whole_number(@ForAll("numbers") String number) {
        String corrupted = Typing.replace(number, 17, number.charAt(17) == '0' ? '1' : '0');

        assertThat(ResidentIdNumber.parse(corrupted, TODAY).getLeft().toString()).doesNotContain(corrupted);
    }
}
