package org.sicredit.adapters.jdbc;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process killed in the middle of a submission leaves none of it behind; the re-run stores it whole. The process
 * collects 20,000 rows through the use case; it is killed once it has read past the first half (five chunks of
 * 2,000 written inside its transaction) while that transaction is open and has written (it has a transaction id).
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
        assertThat(linesUntil(output, "HALFWAY")).as("what the child said before it was halfway")
                .noneMatch("COMMITTED"::equals);

        boolean caughtMidway = waitForOpenWritingTransaction(database, child);
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        assertThat(caughtMidway).as("the child was killed while its transaction was open and had written").isTrue();
        awaitNoSession(database);
        assertThat(count(database, "dishonesty_record")).as("records of the killed submission").isZero();
        assertThat(count(database, "submission_log")).as("log lines of the killed submission").isZero();
        var rerun = CrashingIngest.sicredit(stores).collectSubmission()
                .collect(CrashingIngest.submission("CRASH-", ROWS, ROWS)).get();
        assertThat(rerun.added()).hasSize(ROWS);
        assertThat(count(database, "dishonesty_record")).isEqualTo(ROWS);
        assertThat(count(database, "submission_log")).isEqualTo(1);
    }

    /** The lines before {@code line} (log lines of the child's libraries among them); fails at the end of output. */
    private static java.util.List<String> linesUntil(BufferedReader output, String line) throws Exception {
        java.util.List<String> before = new java.util.ArrayList<>();
        for (String next = output.readLine(); !line.equals(next); next = output.readLine()) {
            assertThat(next).as("the child's output ended before " + line + ": " + before).isNotNull();
            before.add(next);
        }
        return before;
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

    private static int count(DataSource database, String table) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM " + table);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

}
