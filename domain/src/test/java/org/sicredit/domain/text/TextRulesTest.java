package org.sicredit.domain.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextRulesTest {

    @Test
    void describes_the_first_forbidden_character_and_its_place() {
        assertThat(TextRules.forbidden("ab\u0000c")).contains("the control character U+0000 at 3");
        assertThat(TextRules.forbidden("a\uD800")).contains("an unpaired surrogate at 2");
        assertThat(TextRules.forbidden("\uDC00")).contains("an unpaired surrogate at 1");
        assertThat(TextRules.forbidden("a\u007Fb")).contains("the control character U+007F at 2");
        assertThat(TextRules.forbiddenIn("a\nb", false)).contains("the control character U+000A at 2");
        assertThat(TextRules.forbidden("a\r\n\tb 😀")).isEmpty();
        assertThat(TextRules.forbidden(null)).isEmpty();
    }

    @Test
    void removes_every_invisible_character_and_keeps_the_rest() {
        assertThat(TextRules.withoutInvisibles("a\u200Bb\u200Cc\u200Dd\u200Ee\u200Ff\u202Ag\u202Eh\u2060i\u2064j"
                + "\u2066k\u2069l\uFEFFm\u180En\u061Co")).isEqualTo("abcdefghijklmno");
        assertThat(TextRules.withoutInvisibles("上海（示例）")).isEqualTo("上海（示例）");
        assertThat(TextRules.withoutInvisibles(null)).isNull();
    }
}
