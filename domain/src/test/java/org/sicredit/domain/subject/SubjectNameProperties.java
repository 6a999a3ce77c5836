package org.sicredit.domain.subject;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectNameProperties {

    @Property
    void normalising_any_text_gives_what_the_written_rule_gives(@ForAll String raw) {
        assertThat(SubjectName.normalise(raw)).isEqualTo(byTheRule(raw));
    }

    @Property
    void normalising_text_full_of_spaces_and_brackets_gives_what_the_written_rule_gives(
            @ForAll @StringLength(max = 30) @Chars({' ', '\t', '\n', '\r', '\f', '\u000B', '\u3000', '\u2003', '\u00A0',
                    '(', ')', '（', '）', 'Ａ', 'ａ', '１', '上', 'a'}) String raw) {
        assertThat(SubjectName.normalise(raw)).isEqualTo(byTheRule(raw));
    }

    @Property
    void a_normalised_name_is_normalised_already(@ForAll String raw) {
        String once = SubjectName.normalise(raw);
        assertThat(SubjectName.normalise(once)).isEqualTo(once);
    }

    /** The rule as the class documents it, written the slow way: map each character, strip, one space per run. */
    private static String byTheRule(String raw) {
        StringBuilder mapped = new StringBuilder();
        for (char c : raw.toCharArray()) {
            if (c == '(' || c == '（') {
                mapped.append('（');
            } else if (c == ')' || c == '）') {
                mapped.append('）');
            } else if ((c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ') || (c >= '０' && c <= '９')) {
                mapped.append((char) (c - 0xFEE0));
            } else {
                mapped.append(c == '\u3000' ? ' ' : c);
            }
        }
        return mapped.toString().strip().replaceAll("\\s+", " ");
    }
}
