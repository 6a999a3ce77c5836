package org.sicredit.domain.subject;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;
import org.sicredit.domain.text.Limits;
import org.sicredit.domain.text.TextRules;

import java.util.Objects;

/**
 * The name of an organisation or a person as registered: trimmed, runs of white space made one space, full-width
 * letters and digits made half-width, and parentheses made full-width （ ） as Chinese registrations write them,
 * so that {@code 阿里巴巴(中国)有限公司} and {@code 阿里巴巴（中国）有限公司} are one name.
 */
public record SubjectName(String value) {

    public static final int MAX_LENGTH = Limits.NAME;

    public SubjectName {
        Objects.requireNonNull(value, "value");
        if (!normalise(value).equals(value) || value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("not a normalised subject name: " + value);
        }
    }

    public static Either<Rejection, SubjectName> parse(String raw, String field) {
        Option<String> forbidden = TextRules.forbidden(raw);
        if (forbidden.isDefined()) {
            return Either.left(Rejection.of(RejectionCodes.TEXT_FORBIDDEN_CHARACTER, field, "",
                    "名称或姓名含有不允许的字符（" + forbidden.get() + "）",
                    "A name holds a character it may not (" + forbidden.get() + ")"));
        }
        String name = raw == null ? "" : normalise(TextRules.withoutInvisibles(raw));
        if (name.isEmpty()) {
            return Either.left(Rejection.of("NAME_REQUIRED", field, "", "名称或姓名不能为空", "A name is required"));
        }
        if (name.length() > MAX_LENGTH) {
            return Either.left(Rejection.of("NAME_TOO_LONG", field, name.substring(0, 20) + "…",
                    "名称或姓名不能超过" + MAX_LENGTH + "个字符", "A name has at most " + MAX_LENGTH + " characters"));
        }
        return Either.right(new SubjectName(name));
    }

    @Override
    public String toString() {
        return value;
    }

    static String normalise(String raw) {
        StringBuilder mapped = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            mapped.append(normalise(raw.charAt(i)));
        }
        String stripped = mapped.toString().strip();
        StringBuilder out = new StringBuilder(stripped.length());
        boolean inRun = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = space;
        }
        return out.toString();
    }

    private static char normalise(char c) {
        if (c == '(' || c == '\uFF08') {
            return '\uFF08';
        }
        if (c == ')' || c == '\uFF09') {
            return '\uFF09';
        }
        boolean fullWidthAlphanumeric = (c >= '\uFF10' && c <= '\uFF19') || (c >= '\uFF21' && c <= '\uFF3A')
                || (c >= '\uFF41' && c <= '\uFF5A');
        if (fullWidthAlphanumeric) {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' ? ' ' : c;
    }
}
