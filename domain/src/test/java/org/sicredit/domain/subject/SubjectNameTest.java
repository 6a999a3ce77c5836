package org.sicredit.domain.subject;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SubjectNameTest {

    @Test
    void zero_width_and_bidirectional_characters_are_removed_so_a_name_cannot_evade_a_lookup() {
        SubjectName plain = SubjectName.parse("王五", "name").get();

        assertThat(SubjectName.parse("王\u200B五", "name").get()).isEqualTo(plain);
        assertThat(SubjectName.parse("\u202E王五\u202C", "name").get()).isEqualTo(plain);
        assertThat(SubjectName.parse("\uFEFF王\u2060五\u200D", "name").get()).isEqualTo(plain);
    }

    @Test
    void a_name_with_nul_a_bell_or_an_unpaired_surrogate_is_refused_naming_the_field() {
        for (String bad : java.util.List.of("王\u0000五", "王\u0007五", "王\uDC00五")) {
            assertThat(SubjectName.parse(bad, "subject.name").getLeft()).satisfies(r -> {
                assertThat(r.code()).isEqualTo("TEXT_FORBIDDEN_CHARACTER");
                assertThat(r.field()).isEqualTo("subject.name");
            });
        }
    }

    @Test
    void writes_parentheses_full_width_and_letters_half_width_as_registrations_do() {
        assertThat(SubjectName.parse(" 阿里巴巴(中国)有限公司\u3000", "subject.name").get().value())
                .isEqualTo("阿里巴巴（中国）有限公司");
        assertThat(SubjectName.parse("ＡＢＣ１２３科技（上海）有限公司", "subject.name").get().value())
                .isEqualTo("ABC123科技（上海）有限公司");
    }

    @Test
    void makes_runs_of_white_space_one_space() {
        assertThat(SubjectName.parse("Shanghai   Example\t Co.", "subject.name").get().value())
                .isEqualTo("Shanghai Example Co.");
    }

    @Test
    void rejects_an_empty_name_under_the_field_it_was_given() {
        assertThat(SubjectName.parse("\u3000 ", "legalRepresentative.name").getLeft().field())
                .isEqualTo("legalRepresentative.name");
        assertThat(SubjectName.parse(null, "subject.name").getLeft().code()).isEqualTo("NAME_REQUIRED");
    }

    @Test
    void rejects_a_name_longer_than_two_hundred_characters() {
        assertThat(SubjectName.parse("名".repeat(201), "subject.name").getLeft().code()).isEqualTo("NAME_TOO_LONG");
        assertThat(SubjectName.parse("名".repeat(200), "subject.name").isRight()).isTrue();
    }

    @Test
    void cannot_be_constructed_unnormalised() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SubjectName(" 李四"));
        assertThatIllegalArgumentException().isThrownBy(() -> new SubjectName(""));
    }

    @Test
    void makes_every_full_width_letter_and_digit_half_width_and_nothing_else() {
        assertThat(SubjectName.parse("０９ＡＺａｚ", "n").get().value()).isEqualTo("09AZaz");
        assertThat(SubjectName.parse("Ｘ＠＿", "n").get().value()).isEqualTo("X＠＿");
        assertThat(SubjectName.parse("李四", "n").get()).hasToString("李四");
    }
}
