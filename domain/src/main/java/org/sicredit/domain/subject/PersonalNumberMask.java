package org.sicredit.domain.subject;

/**
 * Masks a personal number for display, logs and rejections: {@code 310101199001011234} becomes
 * {@code 3101**********1234}. Values too short to mask safely are starred out whole. {@link #maskWithin} finds resident
 * ID numbers inside free text — a lookup's purpose, an objection's grounds — and masks them before the text is stored
 * or logged.
 */
public final class PersonalNumberMask {

    /** Eighteen characters not inside a longer run of letters and digits: a candidate resident ID number. */
    private static final java.util.regex.Pattern CANDIDATE =
            java.util.regex.Pattern.compile("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECKS = "10X98765432";

    private static final int SHOWN_AT_EACH_END = 4;
    private static final int SHORTEST_PARTLY_SHOWN = 12;

    private PersonalNumberMask() {
    }

    /**
     * {@code text} with every resident ID number in it masked: 18 characters with a real birth date and the right
     * check character (GB 11643-1999), so a document number or an amount is left alone. {@code null} stays null.
     */
    public static String maskWithin(String text) {
        if (text == null || text.length() < 18) {
            return text;
        }
        java.util.regex.Matcher candidates = CANDIDATE.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (candidates.find()) {
            String found = candidates.group();
            candidates.appendReplacement(masked, isResidentIdNumber(found) ? mask(found) : found);
        }
        candidates.appendTail(masked);
        return masked.toString();
    }

    private static boolean isResidentIdNumber(String candidate) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (candidate.charAt(i) - '0') * WEIGHTS[i];
        }
        if (Character.toUpperCase(candidate.charAt(17)) != CHECKS.charAt(sum % 11)) {
            return false;
        }
        try {
            java.time.LocalDate.parse(candidate.substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            return true;
        } catch (java.time.format.DateTimeParseException notADate) {
            return false;
        }
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
