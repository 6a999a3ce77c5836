package org.sicredit.domain.rejection;

import io.vavr.control.Option;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A business "no": why the law or a standard does not let a value, a row or a step through.
 *
 * <p>Every rule in sicredit answers with a rejection rather than an exception. A rejection guarantees:
 * <ul>
 *   <li>a stable {@code code} ({@code USCC_CHECK_CHARACTER}) that callers may switch on and that never changes
 *       meaning between releases;</li>
 *   <li>the {@code field} it is about, as the caller named it ({@code legalRepresentative.residentIdNumber});</li>
 *   <li>the offending {@code value}, already masked where it is a personal number, so a rejection can be logged,
 *       shown and stored as it is; empty where there is no value to show;</li>
 *   <li>a message for a person, Chinese first and English too;</li>
 *   <li>where the law or a national standard says so, the citation it rests on.</li>
 * </ul>
 */
public record Rejection(
        String code,
        String field,
        String value,
        String messageZh,
        String messageEn,
        Option<String> legalBasis) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    public Rejection {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a rejection code is UPPER_SNAKE_CASE: " + code);
        }
        requireText(field, "field");
        Objects.requireNonNull(value, "value");
        requireText(messageZh, "messageZh");
        requireText(messageEn, "messageEn");
        Objects.requireNonNull(legalBasis, "legalBasis");
    }

    /** A rejection with no legal basis attached; add one with {@link #withLegalBasis(String)}. */
    public static Rejection of(String code, String field, String value, String messageZh, String messageEn) {
        return new Rejection(code, field, value, messageZh, messageEn, Option.none());
    }

    /** The same rejection cited to a provision, e.g. {@code 沪人社规〔2018〕30号 第五条}. */
    public Rejection withLegalBasis(String citation) {
        requireText(citation, "citation");
        return new Rejection(code, field, value, messageZh, messageEn, Option.some(citation));
    }

    /** The same rejection about a field of another name, as when a resident ID is a legal representative's. */
    public Rejection atField(String otherField) {
        return new Rejection(code, otherField, value, messageZh, messageEn, legalBasis);
    }

    /** What sort of "no" this is ({@link RejectionCodes} holds the kind of every code). */
    public RejectionKind kind() {
        return RejectionCodes.kindOf(code);
    }

    /** The message a person reads: Chinese first, then English. */
    public String message() {
        return messageZh + " / " + messageEn;
    }

    @Override
    public String toString() {
        return code + " [" + field + (value.isEmpty() ? "" : "=" + value) + "] " + message()
                + legalBasis.map(basis -> " (" + basis + ")").getOrElse("");
    }

    private static void requireText(String text, String name) {
        Objects.requireNonNull(text, name);
        if (text.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
