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
    private int pushedBack = -2;
    private int number;

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
        int c = read();
        if (c < 0) {
            return null;
        }
        number++;
        fields.clear();
        field.setLength(0);
        int length = 0;
        boolean quoted = false;
        boolean atStart = true;
        while (true) {
            if (c < 0) {
                if (quoted) {
                    throw refused(RejectionCodes.FILE_FORMAT, "第" + number + "行起的引号直到文件末尾都没有闭合",
                            "A quote opened in row " + number + " is never closed");
                }
                return record();
            }
            if (++length > MAX_ROW_CHARS) {
                throw tooLong(number);
            }
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int following = read();
                    if (following != '"') {
                        quoted = false;
                        c = following;
                        continue;
                    }
                }
                field.append(ch);
            } else if (ch == delimiter) {
                endField();
                atStart = true;
                c = read();
                continue;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    int following = read();
                    if (following != '\n') {
                        pushedBack = following;
                    }
                }
                return record();
            } else if (ch == '"' && atStart) {
                quoted = true;
            } else {
                field.append(ch);
            }
            atStart = false;
            c = read();
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
        endField();
        return fields.toArray(new String[0]);
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    static FileRefused tooLong(int number) {
        return refused(RejectionCodes.FILE_TOO_LARGE, "第" + number + "行超过 " + MAX_ROW_CHARS + " 个字符（或有未闭合的引号）",
                "Row " + number + " is longer than " + MAX_ROW_CHARS + " characters (or holds a quote never closed)");
    }

    static FileRefused refused(String code, String zh, String en) {
        return new FileRefused(Rejection.of(code, "file", "", zh, en));
    }
}
