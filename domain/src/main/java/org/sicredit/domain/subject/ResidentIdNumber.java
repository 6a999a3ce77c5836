package org.sicredit.domain.subject;

import io.vavr.control.Either;
import org.sicredit.domain.calendar.ShanghaiTime;
import org.sicredit.domain.rejection.Rejection;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A resident ID number (居民身份证号码) per GB 11643-1999: a six-digit address code under a known province-level
 * prefix, an eight-digit birth date that is a real date, a three-digit sequence code (odd for men) and an
 * ISO 7064 MOD 11-2 check character ({@code 10X98765432}). A first-generation 15-digit number is accepted and
 * held in its 18-digit form. 沪人社规〔2018〕30号 第七条第（二）、（三）项 identify individuals and legal
 * representatives by it.
 *
 * <p>This is personal data: {@link #toString()} is masked ({@code 3101**********123X}), and so is the value in
 * every rejection. Only {@link #value()} gives the whole number, for adapters that encrypt it.
 */
public record ResidentIdNumber(String value) implements PersonalIdentifier {

    public static final String FIELD = "residentIdNumber";
    static final int LENGTH = 18;
    static final int FIRST_GENERATION_LENGTH = 15;
    /** Nobody born earlier is a subject today; an earlier date is a typo. */
    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1850, 1, 1);
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final int CHECK_POSITION = 17;
    private static final int BIRTH_DATE_START = 6;
    private static final int SEQUENCE_START = 14;

    public ResidentIdNumber {
        Objects.requireNonNull(value, "value");
        validate(value).getOrElseThrow(rejection -> new IllegalArgumentException(rejection.toString()));
    }

    /** Parses a number as people type it, taking "today" from the system clock in Asia/Shanghai. */
    public static Either<Rejection, ResidentIdNumber> parse(String raw) {
        return parse(raw, Clock.system(ShanghaiTime.ZONE));
    }

    /** Parses a number as people type it; a birth date after today (per {@code clock}) is rejected. */
    public static Either<Rejection, ResidentIdNumber> parse(String raw, Clock clock) {
        if (IdentifierText.isBlank(raw)) {
            return Either.left(Rejection.of("ID_REQUIRED", FIELD, "",
                    "身份证号码不能为空", "A resident ID number is required"));
        }
        String cleaned = IdentifierText.clean(raw);
        Either<Rejection, String> eighteen = cleaned.length() == FIRST_GENERATION_LENGTH
                ? fromFirstGeneration(cleaned)
                : Either.right(cleaned);
        return eighteen
                .flatMap(ResidentIdNumber::validate)
                .flatMap(number -> notBornAfter(number, ShanghaiTime.today(clock)))
                .map(ResidentIdNumber::new);
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    public Sex sex() {
        return (value.charAt(CHECK_POSITION - 1) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** The six-digit address code of the place the number was issued, e.g. {@code 310101}. */
    public String administrativeRegion() {
        return value.substring(0, BIRTH_DATE_START);
    }

    public char checkCharacter() {
        return value.charAt(CHECK_POSITION);
    }

    @Override
    public IdentityDocument document() {
        return IdentityDocument.RESIDENT_ID;
    }

    /** The number with its middle hidden: {@code 3101**********123X}. */
    @Override
    public String masked() {
        return PersonalNumberMask.mask(value);
    }

    @Override
    public String toString() {
        return masked();
    }

    /** ISO 7064 MOD 11-2 over the first 17 digits, as GB 11643-1999 computes it. */
    static char checkCharacterOf(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < CHECK_POSITION; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static Either<Rejection, String> fromFirstGeneration(String number) {
        for (int i = 0; i < FIRST_GENERATION_LENGTH; i++) {
            if (!isDigit(number.charAt(i))) {
                return Either.left(characterRejection(number, i));
            }
        }
        String body = number.substring(0, BIRTH_DATE_START) + "19" + number.substring(BIRTH_DATE_START);
        return Either.right(body + checkCharacterOf(body));
    }

    private static Either<Rejection, String> validate(String number) {
        if (number.length() != LENGTH) {
            return Either.left(rejection("ID_LENGTH", number,
                    "身份证号码应为18位（或第一代15位），实际为" + number.length() + "位",
                    "A resident ID number has 18 digits (or 15 for a first-generation card); this one has "
                            + number.length()));
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = number.charAt(i);
            if (!(isDigit(c) || (i == CHECK_POSITION && c == 'X'))) {
                return Either.left(characterRejection(number, i));
            }
        }
        if (!ProvinceCodes.isKnown(number.substring(0, 2))) {
            return Either.left(rejection("ID_REGION", number,
                    "身份证号码前两位不是已知的省级行政区划代码",
                    "The first two digits of a resident ID number are not a known province-level code"));
        }
        return realBirthDate(number).flatMap(ResidentIdNumber::checkCharacterMatches);
    }

    private static Either<Rejection, String> realBirthDate(String number) {
        try {
            LocalDate birthDate = birthDateOf(number);
            return birthDate.isBefore(EARLIEST_BIRTH_DATE)
                    ? Either.left(birthDateRejection(number))
                    : Either.right(number);
        } catch (DateTimeException notADate) {
            return Either.left(birthDateRejection(number));
        }
    }

    private static Either<Rejection, String> checkCharacterMatches(String number) {
        return checkCharacterOf(number) == number.charAt(CHECK_POSITION)
                ? Either.right(number)
                : Either.left(rejection("ID_CHECK_CHARACTER", number,
                        "身份证号码校验码不符，请逐位核对是否输错",
                        "The check character does not match; please check every digit for a typo"));
    }

    private static Either<Rejection, String> notBornAfter(String number, LocalDate today) {
        return birthDateOf(number).isAfter(today)
                ? Either.left(birthDateRejection(number))
                : Either.right(number);
    }

    private static LocalDate birthDateOf(String number) {
        return LocalDate.of(
                Integer.parseInt(number.substring(BIRTH_DATE_START, BIRTH_DATE_START + 4)),
                Integer.parseInt(number.substring(BIRTH_DATE_START + 4, BIRTH_DATE_START + 6)),
                Integer.parseInt(number.substring(BIRTH_DATE_START + 6, SEQUENCE_START)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Rejection characterRejection(String number, int index) {
        return rejection("ID_CHARACTER", number,
                "身份证号码第" + (index + 1) + "位不是允许的字符（前17位为数字，末位为数字或X）",
                "Character " + (index + 1) + " is not allowed in a resident ID number "
                        + "(17 digits, then a digit or X)");
    }

    private static Rejection birthDateRejection(String number) {
        return rejection("ID_BIRTH_DATE", number,
                "身份证号码中的出生日期不是真实的日期，或晚于今天",
                "The birth date in a resident ID number is not a real date, or is after today");
    }

    private static Rejection rejection(String code, String number, String zh, String en) {
        return Rejection.of(code, FIELD, PersonalNumberMask.mask(number), zh, en)
                .withLegalBasis(Standards.RESIDENT_ID);
    }
}
