package org.sicredit.adapters.jdbc;

import org.junit.jupiter.api.Test;
import org.sicredit.application.port.out.RecordStorePort.Save;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process killed while PostgreSQL is writing its submission leaves none of it behind; the re-run stores it whole.
 * The process is killed as soon as its transaction has written rows (it has a transaction id) and before it ends.
 */
class CrashTest {

    private static final int ROWS = 20_000;

    @Test
    void a_process_killed_in_the_middle_of_a_submission_leaves_no_row_of_it_and_the_rerun_stores_it_whole()
            throws Exception {
        JdbcStores stores = TestDatabases.postgres();
        DataSource database = TestDatabases.postgresDataSource();
        String url;
        try (Connection connection = database.getConnection()) {
            url = connection.getMetaData().getURL();
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingIngest.class.getName(),
                url.replaceAll("\\?.*$", ""), "postgres", "", String.valueOf(ROWS), "CRASH-")
                .redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertThat(output.readLine()).isEqualTo("INGESTING");

        boolean caughtMidway = waitForOpenWritingTransaction(database, child);
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        assertThat(caughtMidway).as("the child was killed while its transaction was writing").isTrue();
        awaitNoSession(database);
        assertThat(count(database)).as("rows of the killed submission").isZero();
        stores.records().saveAll(CrashingIngest.submission("CRASH-", ROWS).map(Save::created)).get();
        assertThat(count(database)).isEqualTo(ROWS);
    }

    private static boolean waitForOpenWritingTransaction(DataSource database, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && child.isAlive()) {
            try (Connection connection = database.getConnection(); PreparedStatement statement =
                    connection.prepareStatement("SELECT count(*) FROM pg_stat_activity "
                            + "WHERE application_name = 'crashing-ingest' AND backend_xid IS NOT NULL");
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                if (rows.getInt(1) > 0) {
                    return true;
                }
            }
            Thread.sleep(5);
        }
        return false;
    }

    private static void awaitNoSession(DataSource database) throws Exception {
        for (int i = 0; i < 200 && sessions(database) > 0; i++) {
            Thread.sleep(50);
        }
    }

    private static int sessions(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'crashing-ingest'");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static int count(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM dishonesty_record WHERE document_number LIKE 'CRASH-%'");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

}
