package org.sicredit.adapters.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.nio.file.Path;

/**
 * Pools for those who do not bring their own: the embedded default (an H2 file database in PostgreSQL mode) and a
 * PostgreSQL server. Close the pool when the application stops.
 */
public final class DataSources {

    private DataSources() {
    }

    /** An H2 file database {@code sicredit} in {@code directory} (e.g. {@code ./data}), created on first use. */
    public static HikariDataSource embeddedH2(Path directory) {
        String file = directory.toAbsolutePath().resolve("sicredit").toString().replace('\\', '/');
        return h2("jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";LOCK_TIMEOUT=10000");
    }

    /** An H2 database in memory, alive while a connection is open: for tests and trials. */
    public static HikariDataSource inMemoryH2(String name) {
        return h2("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1");
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

    private static HikariDataSource h2(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setPassword("");
        config.setPoolName("sicredit-h2");
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }
}
