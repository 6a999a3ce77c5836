package org.sicredit.domain.subject;

/** How people and corruptions change a code: full-width typing, one character replaced, two swapped. */
final class Typing {

    private Typing() {
    }

    static String fullWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
        }
        return out.toString();
    }

    static String replace(String text, int position, char replacement) {
        char[] chars = text.toCharArray();
        chars[position] = replacement;
        return new String(chars);
    }

    static String swap(String text, int position) {
        char[] chars = text.toCharArray();
        char first = chars[position];
        chars[position] = chars[position + 1];
        chars[position + 1] = first;
        return new String(chars);
    }
}
