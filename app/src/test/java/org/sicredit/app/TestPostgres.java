package org.sicredit.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL for a test run (Maven's embedded binaries, durable as in production), started on first use and
 * stopped when the JVM ends; each test gets a database of its own on it.
 */
final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** The JDBC URL of a new, empty database (user {@code postgres}, no password). */
    static synchronized String freshDatabase() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on").start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is ending
                }
            }));
        }
        String name = "sicredit_" + DATABASES.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return server.getJdbcUrl("postgres", name);
    }
}
