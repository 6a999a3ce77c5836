package org.sicredit.adapters.file.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.domain.subject.PersonalNumberMask;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a clerk's spreadsheet puts in a cell, made plain: full-width digits and letters as ASCII, non-breaking and
 * stray spaces gone; dates in the forms people and Excel write them; amounts with separators and 元. A value that
 * cannot be read answers {@code Left} with the reason in Chinese and English.
 */
final class CellText {

    /** The day Excel counts its date serials from (serial 1 is 1900-01-01; 60, the 1900-02-29 Excel believes in). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
            + "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,6}(?:\\.\\d+)?");
    private static final int MAX_NUMBER = 40;
    private static final Pattern CURRENCY = Pattern.compile("^[¥￥]");
    private static final Pattern YUAN = Pattern.compile("(人民币)?元$");
    private static final Pattern ITEM_NUMBER = Pattern.compile("^(?:第)?\\s*(\\d{1,2})\\s*(?:项|\\.|、|\\s|$).*");
    private static final Pattern ITEM_CHINESE = Pattern.compile("^[(（]?第?([一二三四五六七八九十])[项)）、.]?.*$");
    private static final Pattern AMOUNT = Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

    private CellText() {
    }

    /**
     * A cell as the layout reads it: compatibility forms folded (full-width Ａ１ as A1, the ideographic space as a
     * space), non-breaking spaces as spaces, leading and trailing space gone; {@code null} as empty.
     */
    static String plain(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        String text = isAscii(cell) ? cell : Normalizer.normalize(cell, Normalizer.Form.NFKC);
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
    }

    /** A cell of free text (a name, a cause): only non-breaking spaces and the ends are tidied, the text kept as typed. */
    static String text(String cell) {
        if (cell == null) {
            return "";
        }
        return cell.indexOf('\u00A0') < 0 ? cell.strip() : cell.replace('\u00A0', ' ').strip();
    }

    static Either<String[], LocalDate> date(String plain) {
        if (plain.length() > MAX_NUMBER) {
            return Either.left(notADate(plain));
        }
        if (isIsoDay(plain)) {
            return day(plain.substring(0, 4), plain.substring(5, 7), plain.substring(8, 10), plain);
        }
        Matcher separated = SEPARATED.matcher(plain);
        if (separated.matches()) {
            return day(separated.group(1), separated.group(2), separated.group(3), plain);
        }
        Matcher compact = COMPACT.matcher(plain);
        if (compact.matches()) {
            return day(compact.group(1), compact.group(2), compact.group(3), plain);
        }
        if (SERIAL.matcher(plain).matches()) {
            long serial = (long) Math.floor(Double.parseDouble(plain));
            if (serial >= 1 && serial <= 2_958_465) {
                return Either.right(EXCEL_EPOCH.plusDays(serial < 61 ? serial + 1 : serial));
            }
        }
        return Either.left(notADate(plain));
    }

    /** {@code 2024-05-31}, the form most files hold: read without a regular expression. */
    private static boolean isIsoDay(String plain) {
        if (plain.length() != 10 || plain.charAt(4) != '-' || plain.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (plain.charAt(i) < '0' || plain.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    /** Digits with at most one point between them ({@code 52000.00}): what BigDecimal reads as it is. */
    private static boolean isDecimal(String plain) {
        int point = -1;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c == '.' && point < 0 && i > 0 && i < plain.length() - 1) {
                point = i;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return !plain.isEmpty();
    }

    /** Digits, and at most separators and a point: a number as it is, needing nothing taken off. */
    private static boolean plainNumber(String plain) {
        if (plain.isEmpty()) {
            return false;
        }
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if ((c < '0' || c > '9') && c != '.' && c != ',') {
                return false;
            }
        }
        return true;
    }

    private static String[] notADate(String plain) {
        return new String[] {"“" + shortened(plain) + "”不是日期，请写作 2024-05-31、2024/5/31、2024年5月31日或 20240531",
            "\"" + shortened(plain) + "\" is not a date: write 2024-05-31, 2024/5/31, 2024年5月31日 or 20240531"};
    }

    private static Either<String[], LocalDate> day(String year, String month, String day, String plain) {
        try {
            return Either.right(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException impossible) {
            return Either.left(new String[] {"“" + shortened(plain) + "”不是存在的日期", "\"" + shortened(plain)
                + "\" is no day of the calendar"});
        }
    }

    /** An amount of yuan: {@code 52,000.00}, {@code 52000元}, {@code ￥52000}, {@code 5.2万元}. */
    static Either<String[], BigDecimal> amount(String plain) {
        if (plain.length() > MAX_NUMBER) {
            return Either.left(notAnAmount(plain));
        }
        if (isDecimal(plain)) {
            return Either.right(new BigDecimal(plain));
        }
        String text = plainNumber(plain) ? plain
                : YUAN.matcher(CURRENCY.matcher(plain.replace(" ", "")).replaceFirst("")).replaceFirst("");
        boolean tenThousands = text.endsWith("万");
        if (tenThousands) {
            text = text.substring(0, text.length() - 1);
        }
        if (!AMOUNT.matcher(text).matches()) {
            return Either.left(notAnAmount(plain));
        }
        BigDecimal yuan = new BigDecimal(text.replace(",", ""));
        return Either.right(tenThousands ? yuan.movePointRight(4) : yuan);
    }

    private static String[] notAnAmount(String plain) {
        return new String[] {"“" + shortened(plain) + "”不是金额，请只写数字，如 52000.00",
            "\"" + shortened(plain) + "\" is not an amount: write a number, as 52000.00"};
    }

    /** 是/否 and the forms people write them in; blank is no. */
    static Either<String[], Boolean> yesNo(String plain) {
        switch (plain.toLowerCase(java.util.Locale.ROOT)) {
            case "", "否", "无", "n", "no", "false", "0", "×" -> {
                return Either.right(false);
            }
            case "是", "有", "y", "yes", "true", "1", "√", "✓" -> {
                return Either.right(true);
            }
            default -> {
                return Either.left(new String[] {"“" + shortened(plain) + "”应为“是”或“否”",
                    "\"" + shortened(plain) + "\" must be 是 (yes) or 否 (no)"});
            }
        }
    }

    /** A category item: {@code 1}, {@code 第1项}, {@code (一)}, or the item's number before its name. */
    static Option<Integer> item(String plain) {
        if (plainNumber(plain) && plain.length() <= 2 && plain.indexOf('.') < 0 && plain.indexOf(',') < 0) {
            return Option.some(Integer.parseInt(plain));
        }
        Matcher number = ITEM_NUMBER.matcher(plain);
        if (number.matches()) {
            return Option.some(Integer.parseInt(number.group(1)));
        }
        String chinese = ITEM_CHINESE.matcher(plain).replaceAll("$1");
        int index = "一二三四五六七八九".indexOf(chinese);
        return chinese.length() == 1 && index >= 0 ? Option.some(index + 1) : Option.none();
    }

    /**
     * A number Excel wrote in its scientific form ({@code 4.40524E+17}) as the digits it stands for — never more than
     * {@value #MAX_NUMBER} of them: {@code 1E+999999999} stays as written (and is refused as what it is not).
     */
    static String withoutExponent(String raw) {
        if (raw.length() > MAX_NUMBER || raw.indexOf('E') < 0 && raw.indexOf('e') < 0) {
            return raw;
        }
        try {
            BigDecimal number = new BigDecimal(raw);
            return Math.abs((long) number.scale()) > MAX_NUMBER ? raw : number.toPlainString();
        } catch (NumberFormatException notANumber) {
            return raw;
        }
    }

    /** A cell as a message quotes it: at most 40 characters, a resident ID number in it masked. */
    static String shortened(String text) {
        String masked = PersonalNumberMask.maskWithin(text.length() > 60 ? text.substring(0, 60) : text);
        return masked.length() > 40 ? masked.substring(0, 40) + "…" : masked;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
