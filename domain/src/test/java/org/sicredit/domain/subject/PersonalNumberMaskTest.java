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

    @Test
    void masks_every_resident_id_number_inside_free_text_and_leaves_look_alikes_alone() {
        assertThat(PersonalNumberMask.maskWithin("本人身份证440524188001010014，法定代表人11010519491231002x，不服"))
                .isEqualTo("本人身份证4405**********0014，法定代表人1101**********002x，不服");
        assertThat(PersonalNumberMask.maskWithin("check 440524188001010015 wrong check character"))
                .contains("440524188001010015");
        assertThat(PersonalNumberMask.maskWithin("no date 440524188013010014 or 440524188002300014"))
                .contains("440524188013010014").contains("440524188002300014");
        assertThat(PersonalNumberMask.maskWithin("inside a longer run 9440524188001010014 or A440524188001010014"))
                .contains("9440524188001010014").contains("A440524188001010014");
        assertThat(PersonalNumberMask.maskWithin("沪人社监罚〔2019〕第0315号 金额 123456.78")).isEqualTo(
                "沪人社监罚〔2019〕第0315号 金额 123456.78");
        assertThat(PersonalNumberMask.maskWithin("short")).isEqualTo("short");
        assertThat(PersonalNumberMask.maskWithin(null)).isNull();
    }

    @Test
    void a_draft_prints_no_resident_id_number_wherever_it_was_typed() {
        SubjectDraft mistyped = new SubjectDraft(SubjectKind.ORGANISATION, "王五440524188001010014",
                "440524188001010014", "张三 11010519491231002X", "11010519491231002X", null);
        String printed = org.sicredit.domain.fixtures.RecordFixture.aRecord().of(mistyped)
                .cause("欠费，经办人440524188001010014").draft().toString();

        assertThat(printed).doesNotContain("440524188001010014").doesNotContain("11010519491231002X")
                .contains("4405**********0014").contains("欠费，经办人");
    }
}
