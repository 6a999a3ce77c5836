package org.sicredit.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.sicredit.adapters.jdbc.crypto.KeyRing;
import org.sicredit.application.Sicredit;
import org.sicredit.application.fixtures.InMemoryProviderNotifier;
import org.sicredit.application.port.out.PlatformGatewayPort;
import org.sicredit.domain.calendar.HolidayCn;
import org.sicredit.domain.policy.Policies;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Real databases for the tests: a fresh in-memory H2 (PostgreSQL mode) per call, and one real PostgreSQL for the
 * whole run — started from Maven's embedded binaries, or the server {@code SICREDIT_TEST_PG_URL} names (with
 * {@code SICREDIT_TEST_PG_USER} and {@code SICREDIT_TEST_PG_PASSWORD}) — emptied before each use.
 */
public final class TestDatabases {

    /** The tests' keys: fixed, so that a child process (the crash test's) opens what the test stored. */
    public static final KeyRing KEYS = KeyRing.of(java.util.Map.of("test-1", derived("sicredit test key")),
            "test-1", derived("sicredit test blind-index key"));

    private static final AtomicInteger H2_COUNTER = new AtomicInteger();
    private static HikariDataSource postgres;
    private static JdbcStores postgresStores;

    private TestDatabases() {
    }

    private static byte[] derived(String label) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(label.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public static JdbcStores h2() {
        HikariDataSource dataSource = DataSources.inMemoryH2("test" + H2_COUNTER.incrementAndGet());
        return JdbcStores.migrate(dataSource, KEYS, Policies.defaultBook());
    }

    /** The shared PostgreSQL, every table emptied. */
    public static synchronized JdbcStores postgres() {
        if (postgresStores == null) {
            postgresStores = JdbcStores.migrate(postgresDataSource(), KEYS, Policies.defaultBook());
        }
        execute(postgresDataSource(), "BEGIN; ALTER TABLE audit_entry DISABLE TRIGGER USER; "
                + "ALTER TABLE audit_entry_record DISABLE TRIGGER USER; "
                + "ALTER TABLE audit_entry_subject DISABLE TRIGGER USER; "
                + "TRUNCATE api_key, idempotency_key, outbox_message, audit_entry_subject, audit_entry_record, audit_entry, submission_log, repair_application, "
                + "objection, dishonesty_record; ALTER TABLE audit_entry ENABLE TRIGGER USER; "
                + "ALTER TABLE audit_entry_record ENABLE TRIGGER USER; "
                + "ALTER TABLE audit_entry_subject ENABLE TRIGGER USER; COMMIT");
        return postgresStores;
    }

    public static synchronized DataSource postgresDataSource() {
        if (postgres == null) {
            String url = System.getenv("SICREDIT_TEST_PG_URL");
            if (url != null && !url.isBlank()) {
                postgres = DataSources.postgres(url, System.getenv("SICREDIT_TEST_PG_USER"),
                        System.getenv("SICREDIT_TEST_PG_PASSWORD"));
            } else {
                EmbeddedPostgres server = EmbeddedServer.INSTANCE;
                postgres = DataSources.postgres(server.getJdbcUrl("postgres", "postgres"), "postgres", "");
            }
        }
        return postgres;
    }

    /**
     * A {@link Sicredit} on {@code stores}, every port wired — the Platform given, an in-memory provider notifier, the
     * published holidays, the default policy book and {@code clock} — ready to build or to be told more.
     */
    public static Sicredit.Builder sicredit(JdbcStores stores, Clock clock, PlatformGatewayPort platform) {
        return Sicredit.builder()
                .recordStore(stores.records()).recordStatistics(stores.statistics())
                .objectionStore(stores.objections()).repairStore(stores.repairs())
                .submissionLog(stores.submissionLog()).auditLog(stores.auditLog())
                .platformGateway(platform).providerNotifier(new InMemoryProviderNotifier(clock))
                .transactions(stores.transactions()).outbox(stores.outbox())
                .holidayData(() -> HolidayCn.schedules(2007, 2027))
                .policyBook(Policies.defaultBook()).clock(clock);
    }

    /** A new, empty database of its own on the test PostgreSQL server, for tests that need a first start. */
    static HikariDataSource freshPostgres() {
        String name = "fresh_" + H2_COUNTER.incrementAndGet() + "_" + System.nanoTime();
        execute(postgresDataSource(), "CREATE DATABASE " + name);
        String url = System.getenv("SICREDIT_TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            return DataSources.postgres(url.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"),
                    System.getenv("SICREDIT_TEST_PG_USER"), System.getenv("SICREDIT_TEST_PG_PASSWORD"));
        }
        return DataSources.postgres(EmbeddedServer.INSTANCE.getJdbcUrl("postgres", name), "postgres", "");
    }

    static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Started on first use, stopped when the JVM ends; durable as in production (fsync, synchronous commit). */
    private static final class EmbeddedServer {
        static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            try {
                return EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
        }
    }
}
