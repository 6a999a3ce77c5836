package org.sicredit.adapters.jdbc;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What an attacker or a careless export types into a field: the values the hostile-input properties draw from. */
final class HostileValues {

    private HostileValues() {
    }

    static Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars('\u0000', '\u0007', '\u001B', '\uD800', '\uDC00', '\u202E', '\u200B',
                        '王', '五', '1', 'X', ' ', '\n').ofMaxLength(30),
                Arbitraries.strings().withCharRange('一', '龥').ofMinLength(180).ofMaxLength(260),
                Arbitraries.strings().ascii().ofMinLength(900).ofMaxLength(2200),
                Arbitraries.of("", " ", "9131000013221158XC", "13221158-X", "440524188001010014", "王五",
                        "KOR:M12345678", "'; DROP TABLE dishonesty_record; --", "%", "_", "\\", "null"));
    }

    static Arbitrary<LocalDate> days() {
        return Arbitraries.oneOf(
                Arbitraries.of(LocalDate.of(1, 1, 1), LocalDate.of(1899, 12, 31), LocalDate.of(9999, 12, 31),
                        LocalDate.of(-1, 12, 31), LocalDate.of(2020, 6, 30), LocalDate.of(2020, 7, 2)),
                Arbitraries.longs().between(-100_000, 4_000_000).map(LocalDate::ofEpochDay));
    }

    static Arbitrary<BigDecimal> amounts() {
        return Arbitraries.oneOf(
                Arbitraries.of(new BigDecimal("1E+20"), new BigDecimal("-1"), BigDecimal.ZERO, new BigDecimal("0.001"),
                        new BigDecimal("9999999999999999.99"), new BigDecimal("10000000000000000"),
                        new BigDecimal("1E-30")),
                Arbitraries.bigDecimals().between(new BigDecimal("-1E+25"), new BigDecimal("1E+25")).ofScale(3));
    }
}
