package org.sicredit.domain.subject;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalNumberMaskTest {

    @Test
    void shows_four_characters_at_each_end_of_an_id_number() {
        assertThat(PersonalNumberMask.mask("31010119900101123X")).isEqualTo("3101**********123X");
        assertThat(PersonalNumberMask.mask("310101900101123")).isEqualTo("3101*******1123");
    }

    @Test
    void stars_out_a_value_too_short_to_show_any_of() {
        assertThat(PersonalNumberMask.mask("31010119900")).isEqualTo("***********");
    }

    @Test
    void masks_nothing_into_nothing() {
        assertThat(PersonalNumberMask.mask("")).isEmpty();
        assertThat(PersonalNumberMask.mask(null)).isEmpty();
    }

    @Test
    void shows_the_ends_of_a_value_from_twelve_characters_on() {
        assertThat(PersonalNumberMask.mask("310101199001")).isEqualTo("3101****9001");
    }
}
