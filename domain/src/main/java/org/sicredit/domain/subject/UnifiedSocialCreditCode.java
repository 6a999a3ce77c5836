package org.sicredit.domain.subject;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.domain.rejection.Rejection;

import java.util.Arrays;
import java.util.Objects;

/**
 * A unified social credit code (统一社会信用代码) per GB 32100-2015: 18 characters from a 31-character set
 * (digits and capitals without I, O, S, V, Z) — registration authority, entity type, six-digit administrative
 * region, nine-character subject identifier (the organisation code) and a check character computed with the
 * weights 3^i mod 31. 沪人社规〔2018〕30号 第七条第（二）项 names an organisation by it.
 *
 * <p>An instance exists only for a valid code. The check detects every single-character change and every
 * transposition of two adjacent characters among the first seventeen.
 */
public record UnifiedSocialCreditCode(String value) implements OrganisationIdentifier {

    public static final String FIELD = "unifiedSocialCreditCode";
    static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int LENGTH = 18;
    private static final int MODULUS = CHARACTERS.length();
    private static final int[] WEIGHTS = weights();
    private static final int[] VALUES = values();
    private static final int REGION_START = 2;
    private static final int SUBJECT_START = 8;
    private static final int CHECK_POSITION = 17;

    public UnifiedSocialCreditCode {
        Objects.requireNonNull(value, "value");
        validate(value).getOrElseThrow(rejection -> new IllegalArgumentException(rejection.toString()));
    }

    /** Parses a code as people type it; every problem is a rejection with a stable {@code USCC_*} code. */
    public static Either<Rejection, UnifiedSocialCreditCode> parse(String raw) {
        if (IdentifierText.isBlank(raw)) {
            return Either.left(Rejection.of("USCC_REQUIRED", FIELD, "",
                    "统一社会信用代码不能为空", "A unified social credit code is required"));
        }
        return validate(IdentifierText.clean(raw)).map(UnifiedSocialCreditCode::new);
    }

    /** 登记管理部门码: the first character. */
    public char registrationAuthorityCode() {
        return value.charAt(0);
    }

    /** The authority named by the first character, where the standard assigns one. */
    public Option<RegistrationAuthority> registrationAuthority() {
        return RegistrationAuthority.ofCode(registrationAuthorityCode());
    }

    /** 机构类别码: the second character, whose meaning depends on the registration authority. */
    public char entityTypeCode() {
        return value.charAt(1);
    }

    /** 登记管理机关行政区划码: the six-digit GB/T 2260 region of the registering authority, e.g. {@code 310000}. */
    public String administrativeRegion() {
        return value.substring(REGION_START, SUBJECT_START);
    }

    /** 主体标识码: characters 9–17, the subject's organisation code. */
    public String subjectIdentifier() {
        return value.substring(SUBJECT_START, CHECK_POSITION);
    }

    /**
     * The embedded organisation code, where characters 9–17 form a valid GB 11714 code. They do for every code
     * issued from a legacy organisation code; the standard lets authorities assign others.
     */
    public Option<OrganisationCode> organisationCode() {
        return OrganisationCode.parse(subjectIdentifier()).toOption();
    }

    public char checkCharacter() {
        return value.charAt(CHECK_POSITION);
    }

    @Override
    public String toString() {
        return value;
    }

    static char checkCharacterOf(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < CHECK_POSITION; i++) {
            sum += valueOf(body.charAt(i)) * WEIGHTS[i];
        }
        return CHARACTERS.charAt((MODULUS - sum % MODULUS) % MODULUS);
    }

    private static Either<Rejection, String> validate(String code) {
        if (code.length() != LENGTH) {
            return Either.left(rejection("USCC_LENGTH", code,
                    "统一社会信用代码应为18位，实际为" + code.length() + "位",
                    "A unified social credit code has 18 characters; this one has " + code.length()));
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = code.charAt(i);
            if (valueOf(c) < 0) {
                return Either.left(rejection("USCC_CHARACTER", code,
                        "统一社会信用代码第" + (i + 1) + "位“" + c + "”不是允许的字符（只用数字和除I、O、S、V、Z以外的大写字母）",
                        "Character " + (i + 1) + " ('" + c + "') is not allowed in a unified social credit code "
                                + "(digits and capitals other than I, O, S, V, Z)"));
            }
        }
        for (int i = REGION_START; i < SUBJECT_START; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return Either.left(rejection("USCC_REGION", code,
                        "统一社会信用代码第3至8位应为6位数字的行政区划码",
                        "Characters 3 to 8 of a unified social credit code are a six-digit administrative region"));
            }
        }
        if (checkCharacterOf(code) != code.charAt(CHECK_POSITION)) {
            return Either.left(rejection("USCC_CHECK_CHARACTER", code,
                    "统一社会信用代码校验码不符，请逐位核对是否输错",
                    "The check character does not match; please check every character for a typo"));
        }
        return Either.right(code);
    }

    /** The character's value in the check computation, or -1 for a character the standard does not use. */
    private static int valueOf(char c) {
        return c < VALUES.length ? VALUES[c] : -1;
    }

    private static int[] values() {
        int[] values = new int['Z' + 1];
        Arrays.fill(values, -1);
        for (int i = 0; i < CHARACTERS.length(); i++) {
            values[CHARACTERS.charAt(i)] = i;
        }
        return values;
    }

    private static int[] weights() {
        int[] weights = new int[CHECK_POSITION];
        int weight = 1;
        for (int i = 0; i < CHECK_POSITION; i++) {
            weights[i] = weight;
            weight = weight * 3 % MODULUS;
        }
        return weights;
    }

    private static Rejection rejection(String code, String value, String zh, String en) {
        return Rejection.of(code, FIELD, value, zh, en).withLegalBasis(Standards.USCC);
    }

    /** Characters 9–17, the organisation code (GB 32100-2015): the same organisation as its legacy code. */
    @Override
    public String organisationCodeCharacters() {
        return subjectIdentifier();
    }
}
