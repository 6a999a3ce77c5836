package org.sicredit.domain.subject;

/**
 * Masks a personal number for display, logs and rejections: {@code 310101199001011234} becomes
 * {@code 3101**********1234}. Values too short to mask safely are starred out whole.
 */
public final class PersonalNumberMask {

    private static final int SHOWN_AT_EACH_END = 4;
    private static final int SHORTEST_PARTLY_SHOWN = 12;

    private PersonalNumberMask() {
    }

    public static String mask(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (value.length() < SHORTEST_PARTLY_SHOWN) {
            return "*".repeat(value.length());
        }
        int hidden = value.length() - 2 * SHOWN_AT_EACH_END;
        return value.substring(0, SHOWN_AT_EACH_END) + "*".repeat(hidden)
                + value.substring(value.length() - SHOWN_AT_EACH_END);
    }
}
