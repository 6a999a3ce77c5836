package org.sicredit.domain.subject;

import java.util.Locale;

/** Cleans an identifier the way people type it: surrounding white space, full-width (全角) forms, lower case. */
final class IdentifierText {

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;
    private static final char IDEOGRAPHIC_SPACE = '\u3000';

    private IdentifierText() {
    }

    static String clean(String raw) {
        if (isClean(raw)) {
            return raw;
        }
        StringBuilder halfWidth = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            halfWidth.append(toHalfWidth(raw.charAt(i)));
        }
        return halfWidth.toString().strip().toUpperCase(Locale.ROOT);
    }

    static boolean isBlank(String raw) {
        return raw == null || clean(raw).isEmpty();
    }

    /** Printable ASCII without spaces or lower case: what a clean copies unchanged, so it need not copy. */
    private static boolean isClean(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c <= ' ' || c > '~' || c >= 'a' && c <= 'z') {
                return false;
            }
        }
        return true;
    }

    private static char toHalfWidth(char c) {
        if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
            return (char) (c - FULL_WIDTH_OFFSET);
        }
        return c == IDEOGRAPHIC_SPACE ? ' ' : c;
    }
}
