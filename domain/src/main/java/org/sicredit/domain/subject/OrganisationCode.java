package org.sicredit.domain.subject;

import io.vavr.control.Either;
import org.sicredit.domain.rejection.Rejection;

import java.util.Objects;

/**
 * A legacy organisation code (组织机构代码) per GB 11714-1997: eight body characters (digits or capital
 * letters) and a check character computed with the weights 3 7 9 10 5 8 4 2 modulo 11, where 10 is written
 * {@code X} and 11 is written {@code 0}. Accepted with or without the hyphen ({@code 13221158-X}); held without it.
 * 沪人社规〔2018〕30号 第七条第（二）项 allows it in place of a unified social credit code.
 *
 * <p>The mod-11 check cannot tell apart body characters whose values differ by a multiple of 11
 * ({@code 0}, {@code B} and {@code M}, say); that is a limit of the standard, not of this class.
 */
public record OrganisationCode(String value) implements OrganisationIdentifier {

    public static final String FIELD = "organisationCode";
    static final int LENGTH = 9;
    private static final int BODY_LENGTH = 8;
    private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final int MODULUS = 11;
    private static final char HYPHEN = '-';

    public OrganisationCode {
        Objects.requireNonNull(value, "value");
        validate(value).getOrElseThrow(rejection -> new IllegalArgumentException(rejection.toString()));
    }

    /** Parses a code as people type it; every problem is a rejection with a stable {@code ORGANISATION_CODE_*} code. */
    public static Either<Rejection, OrganisationCode> parse(String raw) {
        if (IdentifierText.isBlank(raw)) {
            return Either.left(Rejection.of("ORGANISATION_CODE_REQUIRED", FIELD, "",
                    "组织机构代码不能为空", "An organisation code is required"));
        }
        return validate(withoutHyphen(IdentifierText.clean(raw))).map(OrganisationCode::new);
    }

    /** The code as printed on certificates: {@code XXXXXXXX-X}. */
    public String formatted() {
        return value.substring(0, BODY_LENGTH) + HYPHEN + value.charAt(BODY_LENGTH);
    }

    public char checkCharacter() {
        return value.charAt(BODY_LENGTH);
    }

    @Override
    public String toString() {
        return formatted();
    }

    static char checkCharacterOf(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < BODY_LENGTH; i++) {
            sum += valueOf(body.charAt(i)) * WEIGHTS[i];
        }
        int check = MODULUS - sum % MODULUS;
        if (check == 10) {
            return 'X';
        }
        return check == MODULUS ? '0' : (char) ('0' + check);
    }

    private static Either<Rejection, String> validate(String code) {
        if (code.length() != LENGTH) {
            return Either.left(rejection("ORGANISATION_CODE_LENGTH", code,
                    "组织机构代码应为9位（可带连字符），实际为" + code.length() + "位",
                    "An organisation code has 9 characters (a hyphen may stand before the last); this one has "
                            + code.length()));
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = code.charAt(i);
            boolean allowed = i < BODY_LENGTH ? isBodyCharacter(c) : isDigit(c) || c == 'X';
            if (!allowed) {
                return Either.left(rejection("ORGANISATION_CODE_CHARACTER", code,
                        "组织机构代码第" + (i + 1) + "位“" + c + "”不是允许的字符",
                        "Character " + (i + 1) + " ('" + c + "') is not allowed in an organisation code"));
            }
        }
        if (checkCharacterOf(code) != code.charAt(BODY_LENGTH)) {
            return Either.left(rejection("ORGANISATION_CODE_CHECK_CHARACTER", code,
                    "组织机构代码校验码不正确", "The organisation code's check character is wrong"));
        }
        return Either.right(code);
    }

    private static String withoutHyphen(String code) {
        boolean hyphenated = code.length() == LENGTH + 1 && code.charAt(BODY_LENGTH) == HYPHEN;
        return hyphenated ? code.substring(0, BODY_LENGTH) + code.charAt(LENGTH) : code;
    }

    private static boolean isBodyCharacter(char c) {
        return isDigit(c) || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int valueOf(char c) {
        return isDigit(c) ? c - '0' : c - 'A' + 10;
    }

    private static Rejection rejection(String code, String value, String zh, String en) {
        return Rejection.of(code, FIELD, value, zh, en).withLegalBasis(Standards.ORGANISATION_CODE);
    }

    @Override
    public String organisationCodeCharacters() {
        return value;
    }
}
