package org.sicredit.benchmarks;

import cn.hutool.core.util.CreditCodeUtil;
import cn.hutool.core.util.IdcardUtil;
import org.sicredit.domain.fixtures.Subjects;
import org.sicredit.domain.subject.ResidentIdNumber;
import org.sicredit.domain.subject.UnifiedSocialCreditCode;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The identifiers the benchmark and the disagreement list use. The mixes are what a provider's file brings (seven in
 * eight valid, one with a wrong check character); the cases are built one per rule of GB 32100-2015 and
 * GB 11643-1999, each with the verdict its construction gives under the standard — not what either library says.
 * Every number is synthetic (built from the fixtures' sequence), none is a person's.
 */
final class IdentifierCorpus {

    /** Today in Shanghai, as Hutool reads it from the system clock: the page asks both on the same day. */
    static final Clock TODAY = Clock.system(ZoneId.of("Asia/Shanghai"));
    private static final String USCC_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    /** One input, what the standard says of it and why. */
    record Case(String scheme, String input, boolean standardValid, String why) {
    }

    /** A case with both libraries' answers. */
    record Verdict(Case tried, boolean sicredit, boolean hutool) {

        boolean disagreement() {
            return sicredit != hutool || sicredit != tried.standardValid();
        }
    }

    private IdentifierCorpus() {
    }

    static String[] creditCodeMix(int size) {
        String[] inputs = new String[size];
        for (int i = 0; i < size; i++) {
            String valid = Subjects.creditCode(i);
            inputs[i] = i % 8 == 7 ? wrongCheck(valid, USCC_CHARACTERS) : valid;
        }
        return inputs;
    }

    static String[] residentIdMix(int size) {
        String[] inputs = new String[size];
        for (int i = 0; i < size; i++) {
            String valid = Subjects.residentIdNumber(i * 7919);
            inputs[i] = i % 8 == 7 ? wrongCheck(valid, "0123456789X") : valid;
        }
        return inputs;
    }

    static List<Verdict> verdicts(Clock today) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Case each : creditCodeCases()) {
            verdicts.add(new Verdict(each, UnifiedSocialCreditCode.parse(each.input()).isRight(),
                    CreditCodeUtil.isCreditCode(each.input())));
        }
        for (Case each : residentIdCases(today)) {
            verdicts.add(new Verdict(each, ResidentIdNumber.parse(each.input(), today).isRight(),
                    IdcardUtil.isValidCard(each.input())));
        }
        return verdicts;
    }

    static List<Case> creditCodeCases() {
        String valid = Subjects.creditCode(4217);
        return List.of(
                credit(valid, true, "valid: Shanghai code, check character right"),
                credit(Subjects.SPDB_CODE, true, "valid: a real code (Shanghai Pudong Development Bank)"),
                credit(wrongCheck(valid, USCC_CHARACTERS), false, "check character wrong (a typo)"),
                credit(swap(valid, 10, 11), false, "two characters swapped (a typo the check character catches)"),
                credit(valid.toLowerCase(java.util.Locale.ROOT), true,
                        "the valid code typed in lower case (the standard writes capitals; the code is the same)"),
                credit(" " + valid + " ", true, "the valid code with spaces around it, as pasted from a form"),
                credit(fullWidth(valid), true, "the valid code typed in full-width (全角) characters"),
                credit(withCheck("91310000MA1I0000"), false, "contains I, which GB 32100 excludes (check recomputed)"),
                credit(withCheck("91310000MA1O0000"), false, "contains O, which GB 32100 excludes (check recomputed)"),
                credit(withCheck("9131A000MA100000"), false,
                        "characters 3-8 not a six-digit region code (check recomputed)"),
                credit(withCheck("B1310000MA100000"), false,
                        "registration authority B is not assigned by GB 32100 (check recomputed)"),
                credit(withCheck("0Y310000MA100000"), false,
                        "registration authority 0 is not assigned by GB 32100 (check recomputed)"),
                credit("91350211M00013FA1N", false,
                        "check character wrong under GB 32100 (a pilot-area code issued before the standard)"),
                credit(valid.substring(0, 17), false, "17 characters"),
                credit(valid + "0", false, "19 characters"),
                credit("", false, "empty"));
    }

    static List<Case> residentIdCases(Clock today) {
        String valid = Subjects.residentIdNumber(4217);
        String body = valid.substring(0, 17);
        String tomorrow = LocalDate.now(today).plusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE);
        return List.of(
                id(valid, true, "valid: Shanghai Huangpu, born 1971, check digit right"),
                id(withIdCheck("31010120000229123"), true, "valid: born on 29 February of a leap year (2000)"),
                id(lowerX(), true, "a valid number whose check character X is typed in lower case"),
                id(" " + valid + " ", true, "the valid number with spaces around it"),
                id(fullWidth(valid), true, "the valid number typed in full-width (全角) digits"),
                id(wrongCheck(valid, "0123456789X"), false, "check digit wrong (a typo)"),
                id(swap(valid, 14, 15), false, "two digits swapped (a typo the check digit catches)"),
                id(withIdCheck("31010119990229123"), false, "born on 29 February 1999, a day that did not exist"),
                id(withIdCheck("31010119991301123"), false, "birth month 13"),
                id(withIdCheck("31010120300101123"), false, "born in 2030: a birth date after today"),
                id(withIdCheck("310101" + tomorrow + "123"), false,
                        "born tomorrow: a birth date after today (in the same year, unless today is 31 December)"),
                id(withIdCheck("31010118900101123"), true,
                        "born 1 January 1890: a real date, and GB 11643 sets no earliest year"),
                id(withIdCheck("00010119800101123"), false, "address code 00: no province has it (GB/T 2260)"),
                id(withIdCheck("99010119800101123"), false, "address code 99: no province has it (GB/T 2260)"),
                id(body.substring(0, 6) + body.substring(8, 17), true,
                        "a first-generation (15-digit) number of the same person, which GB 11643 still reads"),
                id("310101991301123", false, "a 15-digit number with birth month 13"),
                id(body + "A", false, "check character A (only 0-9 and X exist)"),
                id("A123456789", false, "a Taiwan identity card number: not a resident ID number of GB 11643"),
                id("P174468(6)", false, "a Hong Kong identity card number: not a resident ID number of GB 11643"),
                id("1234567(8)", false, "a Macao identity card number: not a resident ID number of GB 11643"),
                id(body, false, "17 digits"),
                id("", false, "empty"));
    }

    private static Case credit(String input, boolean valid, String why) {
        return new Case("统一社会信用代码 (GB 32100-2015)", input, valid, why);
    }

    private static Case id(String input, boolean valid, String why) {
        return new Case("公民身份号码 (GB 11643-1999)", input, valid, why);
    }

    private static String lowerX() {
        for (int n = 0; ; n++) {
            String number = Subjects.residentIdNumber(n);
            if (number.endsWith("X")) {
                return number.substring(0, 17) + "x";
            }
        }
    }

    private static String wrongCheck(String valid, String characters) {
        char check = valid.charAt(valid.length() - 1);
        char other = characters.charAt((characters.indexOf(check) + 1) % characters.length());
        return valid.substring(0, valid.length() - 1) + other;
    }

    private static String swap(String valid, int i, int j) {
        char[] chars = valid.toCharArray();
        int k = i;
        while (chars[k] == chars[j]) {
            k--;
        }
        char c = chars[k];
        chars[k] = chars[j];
        chars[j] = c;
        return new String(chars);
    }

    private static String fullWidth(String valid) {
        StringBuilder wide = new StringBuilder();
        for (char c : valid.toCharArray()) {
            wide.append((char) (c + 0xFEE0));
        }
        return wide.toString();
    }

    /** The body and the check character GB 32100 computes for it, whatever the body's characters. */
    private static String withCheck(String start) {
        String body = start + "0".repeat(17 - start.length());
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += Math.max(0, USCC_CHARACTERS.indexOf(body.charAt(i))) * USCC_WEIGHTS[i];
        }
        return body + USCC_CHARACTERS.charAt((31 - sum % 31) % 31);
    }

    private static String withIdCheck(String body) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
