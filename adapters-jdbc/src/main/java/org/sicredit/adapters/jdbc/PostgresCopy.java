package org.sicredit.adapters.jdbc;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * New records into PostgreSQL through COPY (text format), streamed in chunks: the fastest way PostgreSQL takes
 * rows, and still one statement of the caller's transaction — a broken constraint fails it whole.
 */
final class PostgresCopy {

    private static final int CHUNK = 1 << 16;
    private static final HexFormat HEX = HexFormat.of();

    private final CopyIn copy;
    private final StringBuilder text = new StringBuilder(CHUNK + 4096);

    private PostgresCopy(CopyIn copy) {
        this.copy = copy;
    }

    /** Opens a COPY into {@code table}; write rows, then {@link #end()} — or {@link #cancel()} on failure. */
    static PostgresCopy open(Connection connection, String table, String columns) throws SQLException {
        return new PostgresCopy(connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN"));
    }

    void write(Iterable<Object[]> rows) throws SQLException {
        for (Object[] row : rows) {
            line(text, row);
            if (text.length() >= CHUNK) {
                flush();
            }
        }
    }

    void end() throws SQLException {
        flush();
        copy.endCopy();
    }

    void cancel() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    static void line(StringBuilder text, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            value(text, row[i]);
        }
        text.append('\n');
    }

    private static void value(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof byte[] bytes) {
            text.append("\\\\x").append(HEX.formatHex(bytes));
        } else if (value instanceof Boolean flag) {
            text.append(flag ? 't' : 'f');
        } else if (value instanceof BigDecimal number) {
            text.append(number.toPlainString());
        } else if (value instanceof String string) {
            escaped(text, string);
        } else {
            text.append(value);
        }
    }

    private static void escaped(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
