package org.sicredit.adapters.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * A database that sicredit migrated before its history had a table of its own kept that history in Flyway's default
 * {@code flyway_schema_history}. Such a table — one whose first migration is sicredit's {@code V1__stores.sql} — is
 * renamed to sicredit's own, once, so the stores are not created a second time; a host's own history is left alone.
 */
final class SchemaHistory {

    private static final String EARLIER = "flyway_schema_history";
    private static final String SICREDIT_V1 = "V1__stores.sql";

    private SchemaHistory() {
    }

    static void adoptEarlierHistory(DataSource dataSource, String table) {
        try (Connection connection = dataSource.getConnection()) {
            if (exists(connection, table) || !exists(connection, EARLIER) || !isSicredits(connection)) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE \"" + EARLIER + "\" RENAME TO \"" + table + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the earlier schema history could not be read", e);
        }
    }

    private static boolean isSicredits(Connection connection) throws SQLException {
        try (PreparedStatement first = connection.prepareStatement(
                "SELECT \"script\" FROM \"" + EARLIER + "\" WHERE \"version\" = '1'");
             ResultSet row = first.executeQuery()) {
            return row.next() && SICREDIT_V1.equals(row.getString(1));
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
            try (ResultSet tables = meta.getTables(null, null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
