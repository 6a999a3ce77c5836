package org.sicredit.adapters.file.in;

import org.sicredit.application.port.out.SubmissionFilePort.FileRefused;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;

/**
 * The records of CSV text as Excel writes and reads them (RFC 4180): fields split by the delimiter, a quoted field
 * holding delimiters, line breaks and doubled quotes, lines ended by CRLF, LF or CR. A record is numbered as the
 * spreadsheet shows it — a quoted line break does not start a new row. A record longer than
 * {@link #MAX_ROW_CHARS} or wider than {@link #MAX_FIELDS}, and a quote never closed, refuse the file.
 */
final class CsvRecords implements RecordSource {

    static final int MAX_FIELDS = 512;

    private final Reader in;
    private final char delimiter;
    private final char[] buffer = new char[1 << 16];
    private final ArrayList<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private int position;
    private int limit;
    private int number;
    private int length;

    CsvRecords(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public String[] next() throws IOException {
        if (!available()) {
            return null;
        }
        number++;
        fields.clear();
        length = 0;
        while (true) {
            if (!available()) {
                fields.add("");
                return record();
            }
            boolean endOfRecord = buffer[position] == '"' ? quotedField() : plainField();
            if (endOfRecord) {
                return record();
            }
        }
    }

    /** A field without quotes, up to the delimiter or the line's end; whether the record ended with it. */
    private boolean plainField() throws IOException {
        field.setLength(0);
        return restOfField();
    }

    /** A field in quotes: delimiters and line breaks inside are its own, a doubled quote is one quote. */
    private boolean quotedField() throws IOException {
        field.setLength(0);
        position++;
        count(1);
        while (true) {
            int start = position;
            while (position < limit && buffer[position] != '"') {
                position++;
            }
            take(start);
            if (!available()) {
                throw refused(RejectionCodes.FILE_FORMAT, "第" + number + "行起的引号直到文件末尾都没有闭合",
                        "A quote opened in row " + number + " is never closed");
            }
            position++;
            count(1);
            if (!available()) {
                fields.add(field.toString());
                return true;
            }
            if (buffer[position] == '"') {
                field.append('"');
                position++;
                count(1);
                continue;
            }
            return restOfField();
        }
    }

    /**
     * The rest of a field up to the delimiter or the line's end — all of an unquoted field, or what follows a closing
     * quote (stray text stays in the field); whether the record ended with it.
     */
    private boolean restOfField() throws IOException {
        while (true) {
            int start = position;
            while (position < limit) {
                char c = buffer[position];
                if (c == delimiter || c == '\n' || c == '\r') {
                    break;
                }
                position++;
            }
            take(start);
            if (position < limit) {
                return endField(buffer[position++]);
            }
            if (!available()) {
                fields.add(field.toString());
                return true;
            }
        }
    }

    /** Ends the field at {@code separator}; a line's end (CRLF, LF or CR) ends the record too. */
    private boolean endField(char separator) throws IOException {
        count(1);
        endField();
        if (separator == delimiter) {
            return false;
        }
        if (separator == '\r' && available() && buffer[position] == '\n') {
            position++;
        }
        return true;
    }

    private void take(int start) {
        int taken = position - start;
        if (taken > 0) {
            count(taken);
            field.append(buffer, start, taken);
        }
    }

    private void count(int chars) {
        length += chars;
        if (length > MAX_ROW_CHARS) {
            throw tooLong(number);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void endField() {
        fields.add(field.toString());
        field.setLength(0);
        if (fields.size() > MAX_FIELDS) {
            throw refused(RejectionCodes.FILE_TOO_LARGE, "第" + number + "行超过 " + MAX_FIELDS + " 列",
                    "Row " + number + " has more than " + MAX_FIELDS + " columns");
        }
    }

    private String[] record() {
        if (fields.size() > MAX_FIELDS) {
            throw refused(RejectionCodes.FILE_TOO_LARGE, "第" + number + "行超过 " + MAX_FIELDS + " 列",
                    "Row " + number + " has more than " + MAX_FIELDS + " columns");
        }
        return fields.toArray(new String[0]);
    }

    /** Whether a character is there to read at {@code position}, filling the buffer when it is used up. */
    private boolean available() throws IOException {
        if (position < limit) {
            return true;
        }
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
            limit = 0;
            return false;
        }
        return true;
    }

    static FileRefused tooLong(int number) {
        return refused(RejectionCodes.FILE_TOO_LARGE, "第" + number + "行超过 " + MAX_ROW_CHARS + " 个字符（或有未闭合的引号）",
                "Row " + number + " is longer than " + MAX_ROW_CHARS + " characters (or holds a quote never closed)");
    }

    static FileRefused refused(String code, String zh, String en) {
        return new FileRefused(Rejection.of(code, "file", "", zh, en));
    }
}
