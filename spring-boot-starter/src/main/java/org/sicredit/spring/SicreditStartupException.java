package org.sicredit.spring;

/**
 * sicredit cannot start with the service's settings: names the property to change, says why in Chinese and in
 * English, and never holds key material or a personal number. {@link SicreditFailureAnalyzer} shows it to the
 * person starting the service instead of a stack trace.
 */
public final class SicreditStartupException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String property;
    private final String reasonZh;
    private final String reasonEn;
    private final String action;

    SicreditStartupException(String property, String reasonZh, String reasonEn, String action, Throwable cause) {
        super(property + ": " + reasonZh + " / " + reasonEn, cause);
        this.property = property;
        this.reasonZh = reasonZh;
        this.reasonEn = reasonEn;
        this.action = action;
    }

    /** The property to change, such as {@code sicredit.keys}. */
    public String property() {
        return property;
    }

    String reasonZh() {
        return reasonZh;
    }

    String reasonEn() {
        return reasonEn;
    }

    String action() {
        return action;
    }
}
