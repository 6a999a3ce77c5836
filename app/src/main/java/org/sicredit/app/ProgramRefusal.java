package org.sicredit.app;

/**
 * Why the program cannot run as asked, found before any work — a setting it cannot use, a database another process
 * holds: a stable code and a message for a person, Chinese first, printed as one line with exit 1.
 */
final class ProgramRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    ProgramRefusal(String code, String messageZh, String messageEn) {
        super(messageZh + " / " + messageEn, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }
}
