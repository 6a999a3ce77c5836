package org.sicredit.domain.subject;

import io.vavr.control.Either;
import org.sicredit.domain.rejection.Rejection;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A foreigner's permanent residence ID card number (外国人永久居留身份证号码), in either of the forms in use:
 * <ul>
 *   <li>the 18-digit number issued since 2023-12-01: per the National Immigration Administration's
 *       《新版外国人永久居留身份证机读信息规则（2023版）》 its first digit is {@code 9} (a foreigner, where a citizen's
 *       number starts 1–8) and its last is a check character computed by ISO 7064 MOD 11-2 exactly as for a
 *       citizen's number (GB 11643-1999) — both checked here. The layout of the digits between is not checked:
 *       the table that defines it was not at hand.</li>
 *   <li>the 15-character number of the earlier cards (3 Latin letters for the nationality, then 12 digits, as the
 *       same rules describe it): its letters are checked against ISO 3166-1 alpha-3 and its shape is checked; no
 *       published check-digit rule for it was at hand, so none is applied.</li>
 * </ul>
 * Personal data: masked in {@link #toString()} and in rejections.
 */
public record ForeignPermanentResidentId(String value) implements PersonalIdentifier {

    public static final String FIELD = "foreignPermanentResidentId";
    private static final Pattern EIGHTEEN = Pattern.compile("9\\d{16}[0-9X]");
    private static final Pattern FIFTEEN = Pattern.compile("[A-Z]{3}\\d{12}");

    public ForeignPermanentResidentId {
        Objects.requireNonNull(value, "value");
        validate(value).getOrElseThrow(rejection -> new IllegalArgumentException(rejection.toString()));
    }

    public static Either<Rejection, ForeignPermanentResidentId> parse(String raw) {
        if (IdentifierText.isBlank(raw)) {
            return Either.left(Rejection.of("FPR_ID_REQUIRED", FIELD, "", "外国人永久居留身份证号码不能为空",
                    "A permanent residence ID card number is required"));
        }
        return validate(IdentifierText.clean(raw)).map(ForeignPermanentResidentId::new);
    }

    /** The 18-digit form issued since 2023-12-01. */
    public boolean isEighteenDigitForm() {
        return value.length() == 18;
    }

    @Override
    public IdentityDocument document() {
        return IdentityDocument.FOREIGN_PERMANENT_RESIDENT_ID;
    }

    @Override
    public String masked() {
        return PersonalNumberMask.mask(value);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static Either<Rejection, String> validate(String number) {
        if (EIGHTEEN.matcher(number).matches()) {
            return ResidentIdNumber.checkCharacterOf(number) == number.charAt(17)
                    ? Either.right(number)
                    : Either.left(rejection("FPR_ID_CHECK_CHARACTER", number, "外国人永久居留身份证号码校验码不符，请逐位核对",
                            "The check character of the permanent residence ID card number does not match"));
        }
        if (FIFTEEN.matcher(number).matches()) {
            return CountryCodes.isAlpha3(number.substring(0, 3))
                    ? Either.right(number)
                    : Either.left(rejection("FPR_ID_NATIONALITY", number,
                            "外国人永久居留身份证号码前三位不是ISO 3166-1三字母国家代码",
                            "The first three letters are not an ISO 3166-1 alpha-3 country code")
                            .withLegalBasis(Standards.COUNTRY_CODES));
        }
        return Either.left(rejection("FPR_ID_FORMAT", number,
                "外国人永久居留身份证号码应为18位数字（首位为9，2023年12月1日起签发）或3位字母加12位数字",
                "A permanent residence ID card number is 18 digits starting with 9 (issued since 2023-12-01) or 3 "
                        + "letters and 12 digits"));
    }

    private static Rejection rejection(String code, String number, String zh, String en) {
        return Rejection.of(code, FIELD, PersonalNumberMask.mask(number), zh, en)
                .withLegalBasis(Standards.PERMANENT_RESIDENCE_2023);
    }
}
