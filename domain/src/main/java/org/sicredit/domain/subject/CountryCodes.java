package org.sicredit.domain.subject;

import java.util.Locale;
import java.util.Set;

/**
 * The ISO 3166-1 alpha-3 country codes (China's GB/T 2659 is the same list), as the Java runtime carries them: the
 * issuing country of a passport and the nationality in a 15-character permanent residence card number.
 */
final class CountryCodes {

    private static final Set<String> ALPHA_3 = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    private CountryCodes() {
    }

    static boolean isAlpha3(String code) {
        return ALPHA_3.contains(code);
    }
}
