package org.sicredit.domain.subject;

/**
 * Check characters computed straight from the standards' printed tables, independently of the production code,
 * so that the tests are an oracle and not a copy.
 */
final class ReferenceCheck {

    static final String USCC_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** GB 32100-2015 表 2: the weights of positions 1–17. */
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** GB 11714-1997: the weights of positions 1–8. */
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    /** GB 11643-1999 7.2: the weights of positions 1–17 and the check characters for remainders 0–10. */
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECKS = "10X98765432";

    private ReferenceCheck() {
    }

    static char uscc(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_CHARACTERS.indexOf(first17.charAt(i)) * USCC_WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return USCC_CHARACTERS.charAt(c == 31 ? 0 : c);
    }

    static char organisationCode(String first8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(first8.charAt(i), 36) * ORGANISATION_WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : Character.forDigit(c, 10);
    }

    static char residentId(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECKS.charAt(sum % 11);
    }
}
