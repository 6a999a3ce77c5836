package org.sicredit.domain.text;

import io.vavr.control.Option;

/**
 * The characters sicredit accepts in text. Control characters other than line breaks and tabs (NUL among them) and
 * unpaired surrogates are refused: H2 stores a NUL that PostgreSQL's COPY rejects, and none of them belongs in a name,
 * a reason or a document number; line breaks and tabs are white space, folded where a field folds it. Zero-width characters,
 * the byte-order mark and bidirectional overrides are removed from names before they are compared or stored: they
 * make two equal-looking names differ (a lookup evaded) or a name display reversed (spoofing).
 */
public final class TextRules {

    private TextRules() {
    }

    /** The first forbidden character of {@code text}, described, or none; line breaks and tabs are allowed. */
    public static Option<String> forbidden(String text) {
        return forbiddenIn(text, true);
    }

    /** As {@link #forbidden(String)}, line breaks and tabs allowed only when {@code multiline}. */
    public static Option<String> forbiddenIn(String text, boolean multiline) {
        if (text == null) {
            return Option.none();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return Option.some("an unpaired surrogate at " + (i + 1));
            }
            boolean whiteSpace = c == '\n' || c == '\r' || c == '\t';
            if (Character.isISOControl(c) && !(multiline && whiteSpace)) {
                return Option.some(String.format("the control character U+%04X at %d", (int) c, i + 1));
            }
        }
        return Option.none();
    }

    /** {@code name} without zero-width characters, the byte-order mark and bidirectional controls. */
    public static String withoutInvisibles(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!invisible(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static boolean invisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2064')
                || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF' || c == '\u180E' || c == '\u061C';
    }
}
