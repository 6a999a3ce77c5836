package org.sicredit.domain.subject;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;

/**
 * The province-level prefixes of GB/T 2260 that begin a resident ID number, plus 81, 82 and 83 used by the
 * residence permits of Hong Kong, Macao and Taiwan residents (港澳台居民居住证), which follow GB 11643 too.
 */
final class ProvinceCodes {

    private static final Set<String> KNOWN = HashSet.of(
            "11", "12", "13", "14", "15",
            "21", "22", "23",
            "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46",
            "50", "51", "52", "53", "54",
            "61", "62", "63", "64", "65",
            "71", "81", "82", "83");

    private ProvinceCodes() {
    }

    static boolean isKnown(String prefix) {
        return KNOWN.contains(prefix);
    }

    static Set<String> all() {
        return KNOWN;
    }
}
