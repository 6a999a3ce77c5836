package org.sicredit.domain.subject;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Generators of valid identifiers, built with {@link ReferenceCheck} rather than the code under test. */
final class IdentifierArbitraries {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final char[] USCC_ALPHABET = ReferenceCheck.USCC_CHARACTERS.toCharArray();
    private static final String ORGANISATION_BODY_CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private IdentifierArbitraries() {
    }

    static Arbitrary<String> usccs() {
        Arbitrary<String> head = Arbitraries.strings().withChars(USCC_ALPHABET).ofLength(2);
        Arbitrary<String> region = Arbitraries.strings().numeric().ofLength(6);
        Arbitrary<String> subject = Arbitraries.strings().withChars(USCC_ALPHABET).ofLength(9);
        return Combinators.combine(head, region, subject)
                .as((h, r, s) -> h + r + s)
                .map(body -> body + ReferenceCheck.uscc(body));
    }

    static Arbitrary<String> organisationCodes() {
        return Arbitraries.strings().withChars(ORGANISATION_BODY_CHARACTERS.toCharArray()).ofLength(8)
                .map(body -> body + ReferenceCheck.organisationCode(body));
    }

    static Arbitrary<String> organisationCodesOfDigits() {
        return Arbitraries.strings().numeric().ofLength(8)
                .map(body -> body + ReferenceCheck.organisationCode(body));
    }

    static Arbitrary<String> residentIds() {
        Arbitrary<String> province = Arbitraries.of(ProvinceCodes.all().toJavaList());
        Arbitrary<String> place = Arbitraries.strings().numeric().ofLength(4);
        Arbitrary<String> birth = Arbitraries.longs()
                .between(LocalDate.of(1900, 1, 1).toEpochDay(), TODAY.toEpochDay())
                .map(day -> LocalDate.ofEpochDay(day).format(DateTimeFormatter.BASIC_ISO_DATE));
        Arbitrary<String> sequence = Arbitraries.strings().numeric().ofLength(3);
        return Combinators.combine(province, place, birth, sequence)
                .as((p, a, b, s) -> p + a + b + s)
                .map(body -> body + ReferenceCheck.residentId(body));
    }
}
