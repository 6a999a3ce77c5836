package org.sicredit.domain.subject;

import io.vavr.control.Either;
import org.sicredit.domain.rejection.Rejection;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A passport number with its issuing country — the last resort for a foreign national without a permanent residence
 * ID card. Passport numbers follow no common published check rule (each state numbers its own; ICAO Doc 9303's
 * check digit belongs to the machine-readable zone, not to the number as printed), so only the shape is checked:
 * the country an ISO 3166-1 alpha-3 code, the number 5 to 20 Latin capitals and digits. {@link #value()} is
 * {@code COUNTRY:NUMBER}. Personal data: masked in {@link #toString()} and in rejections.
 */
public record PassportNumber(String country, String number) implements PersonalIdentifier {

    public static final String FIELD = "passportNumber";
    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9]{5,20}");

    public PassportNumber {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(number, "number");
        validate(country, number).getOrElseThrow(rejection -> new IllegalArgumentException(rejection.toString()));
    }

    /** Parses {@code COUNTRY:NUMBER} (or the two separated by white space) as people type it. */
    public static Either<Rejection, PassportNumber> parse(String raw) {
        if (IdentifierText.isBlank(raw)) {
            return Either.left(Rejection.of("PASSPORT_REQUIRED", FIELD, "", "护照号码及签发国家不能为空",
                    "A passport number and its issuing country are required"));
        }
        String text = IdentifierText.clean(raw).replaceAll("[\\s:]+", ":");
        int separator = text.indexOf(':');
        if (separator < 0) {
            return Either.left(Rejection.of("PASSPORT_COUNTRY_REQUIRED", FIELD, PersonalNumberMask.mask(text),
                    "护照号码须注明签发国家（ISO 3166-1三字母代码，如 USA:E12345678）",
                    "A passport number names its issuing country (ISO 3166-1 alpha-3, as in USA:E12345678)"));
        }
        return parse(text.substring(0, separator), text.substring(separator + 1));
    }

    public static Either<Rejection, PassportNumber> parse(String country, String number) {
        String cleanCountry = country == null ? "" : IdentifierText.clean(country);
        String cleanNumber = number == null ? "" : IdentifierText.clean(number);
        return validate(cleanCountry, cleanNumber).map(ok -> new PassportNumber(cleanCountry, cleanNumber));
    }

    static PassportNumber stored(String value) {
        int separator = value.indexOf(':');
        if (separator < 0) {
            throw new IllegalArgumentException("a stored passport number is COUNTRY:NUMBER");
        }
        return new PassportNumber(value.substring(0, separator), value.substring(separator + 1));
    }

    @Override
    public String value() {
        return country + ":" + number;
    }

    @Override
    public IdentityDocument document() {
        return IdentityDocument.PASSPORT;
    }

    @Override
    public String masked() {
        return country + ":" + PersonalNumberMask.mask(number);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static Either<Rejection, String> validate(String country, String number) {
        if (!CountryCodes.isAlpha3(country)) {
            return Either.left(Rejection.of("PASSPORT_COUNTRY", FIELD, country,
                            "护照签发国家应为ISO 3166-1三字母代码（如USA、JPN、KOR）",
                            "The issuing country is an ISO 3166-1 alpha-3 code (USA, JPN, KOR…)")
                    .withLegalBasis(Standards.COUNTRY_CODES));
        }
        if (!NUMBER.matcher(number).matches()) {
            return Either.left(Rejection.of("PASSPORT_NUMBER_FORMAT", FIELD, PersonalNumberMask.mask(number),
                    "护照号码应为5至20位字母或数字", "A passport number is 5 to 20 letters and digits"));
        }
        return Either.right(number);
    }
}
