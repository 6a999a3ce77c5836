package org.sicredit.adapters.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Pools for those who do not bring their own: the embedded default (an H2 file database in PostgreSQL mode) and a
 * PostgreSQL server. Close the pool when the application stops.
 */
public final class DataSources {

    private DataSources() {
    }

    /** The file beside the keys that holds the embedded database's generated password. */
    public static final String H2_PASSWORD_FILE = "sicredit.h2-password";

    /**
     * An H2 file database {@code sicredit} in {@code directory} (e.g. {@code ./data}), created on first use. The
     * directory is created the owner's alone ({@code 0700}), the database file is made {@code 0600}, and the database
     * is opened with a generated password kept in {@value #H2_PASSWORD_FILE} beside it (created once, the owner's
     * alone) — never {@code sa} with none. A database created before, with no password, is given the generated one
     * on its first open.
     */
    public static HikariDataSource embeddedH2(Path directory) {
        try {
            Path home = directory.toAbsolutePath();
            OwnerOnlyFiles.createDirectories(home);
            String password = OwnerOnlyFiles.readOrCreateSecret(home.resolve(H2_PASSWORD_FILE));
            String url = "jdbc:h2:file:" + home.resolve("sicredit").toString().replace('\\', '/')
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000"
                    + ";MAX_MEMORY_ROWS=" + MAX_MEMORY_ROWS;
            protectDatabaseCreatedWithoutPassword(url, password);
            HikariDataSource pool = h2(url, password);
            OwnerOnlyFiles.restrict(home.resolve("sicredit.mv.db"));
            return pool;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the embedded database in " + directory, e);
        }
    }

    /** A database file made before passwords were generated opens with none: it gets the generated one, once. */
    private static void protectDatabaseCreatedWithoutPassword(String url, String password) {
        try (Connection legacy = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", "");
             Statement statement = legacy.createStatement()) {
            statement.execute("ALTER USER sa SET PASSWORD '" + password.replace("'", "''") + "'");
        } catch (SQLException notLegacy) {
            // no database yet, or it has its password already
        }
    }

    /**
     * Rows a query's result keeps in memory before H2 writes it to a temporary file: a month's report claims the
     * whole month in one query, and its records are held by the caller anyway (H2's default is 40,000).
     */
    static final int MAX_MEMORY_ROWS = 1_000_000;

    /** An H2 database in memory, alive while a connection is open: for tests and trials. */
    public static HikariDataSource inMemoryH2(String name) {
        return h2("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1", "");
    }

    /** A pool on a PostgreSQL server; batched inserts are rewritten into multi-row inserts. */
    public static HikariDataSource postgres(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.setPoolName("sicredit-postgres");
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }

    private static HikariDataSource h2(String url, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setPassword(password);
        config.setPoolName("sicredit-h2");
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }
}
