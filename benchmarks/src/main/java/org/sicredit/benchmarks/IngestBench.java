package org.sicredit.benchmarks;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.sicredit.adapters.jdbc.DataSources;
import org.sicredit.adapters.jdbc.JdbcStores;
import org.sicredit.adapters.jdbc.crypto.KeyRing;
import org.sicredit.application.port.out.RecordStorePort.Save;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.record.DishonestyRecord;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;

import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/**
 * Storing a validated monthly submission through the JDBC adapter, against a raw reference measured in the same
 * run on the same database with the same rows: on PostgreSQL a raw COPY of the very bytes the adapter's rows dump
 * to, on H2 a raw JDBC batch insert of the very values. Prints rows/s of each and the ratio (median of the rounds).
 * PostgreSQL runs durable: fsync and synchronous_commit on.
 *
 * <p>Arguments: rows (default 100000), rounds (default 5).
 */
public final class IngestBench {

    private IngestBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Seq<Save> submission = List.range(0, rows).map(i -> Save.created(aRecord().documentNumber("B-" + i).build()));
        KeyRing keys = KeyRing.generate("bench");
        System.out.printf("rows per submission: %d, rounds: %d (after 1 warm-up)%n", rows, rounds);

        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on").setServerConfig("full_page_writes", "on").start();
             var postgres = DataSources.postgres(server.getJdbcUrl("postgres", "postgres"), "postgres", "")) {
            report("PostgreSQL", "raw COPY", postgresRounds(postgres, keys, submission, rounds), rows);
        }
        Path dir = Files.createTempDirectory("sicredit-bench");
        try (var h2 = DataSources.embeddedH2(dir)) {
            report("H2 (file)", "raw batched insert", h2Rounds(h2, keys, submission, rounds), rows);
        }
    }

    /** Each round: [adapter nanos, raw nanos]. */
    private static long[][] postgresRounds(DataSource database, KeyRing keys, Seq<Save> submission, int rounds)
            throws Exception {
        JdbcStores stores = JdbcStores.migrate(database, keys, Policies.defaultBook());
        long[][] times = new long[rounds + 1][2];
        byte[] dumped = null;
        for (int round = 0; round <= rounds; round++) {
            truncate(database);
            long start = System.nanoTime();
            stores.records().saveAll(submission).get();
            times[round][0] = System.nanoTime() - start;
            if (dumped == null) {
                dumped = dump(database);
            }
            truncate(database);
            start = System.nanoTime();
            rawCopy(database, dumped);
            times[round][1] = System.nanoTime() - start;
        }
        return Arrays.copyOfRange(times, 1, rounds + 1);
    }

    private static long[][] h2Rounds(DataSource database, KeyRing keys, Seq<Save> submission, int rounds)
            throws Exception {
        JdbcStores stores = JdbcStores.migrate(database, keys, Policies.defaultBook());
        long[][] times = new long[rounds + 1][2];
        java.util.List<Object[]> values = null;
        String columns = null;
        for (int round = 0; round <= rounds; round++) {
            truncate(database);
            long start = System.nanoTime();
            stores.records().saveAll(submission).get();
            times[round][0] = System.nanoTime() - start;
            if (values == null) {
                columns = columns(database);
                values = selectAll(database, columns);
            }
            truncate(database);
            start = System.nanoTime();
            rawBatch(database, columns, values);
            times[round][1] = System.nanoTime() - start;
        }
        return Arrays.copyOfRange(times, 1, rounds + 1);
    }

    private static void report(String database, String reference, long[][] times, int rows) {
        long[] adapter = Arrays.stream(times).mapToLong(t -> t[0]).sorted().toArray();
        long[] raw = Arrays.stream(times).mapToLong(t -> t[1]).sorted().toArray();
        double adapterRate = rows / (adapter[adapter.length / 2] / 1e9);
        double rawRate = rows / (raw[raw.length / 2] / 1e9);
        System.out.printf("%-11s adapter saveAll: %,9.0f rows/s   %s: %,9.0f rows/s   ratio adapter/raw: %.2f%n",
                database, adapterRate, reference, rawRate, adapterRate / rawRate);
    }

    private static void truncate(DataSource database) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM repair_application");
            statement.execute("DELETE FROM objection");
            statement.execute("DELETE FROM dishonesty_record");
        }
    }

    private static byte[] dump(DataSource database) throws Exception {
        try (Connection connection = database.getConnection()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            connection.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY dishonesty_record TO STDOUT", out);
            return out.toByteArray();
        }
    }

    private static void rawCopy(DataSource database, byte[] rows) throws Exception {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY dishonesty_record FROM STDIN", new ByteArrayInputStream(rows));
            connection.commit();
        }
    }

    private static String columns(DataSource database) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM dishonesty_record WHERE 1 = 0")) {
            ResultSetMetaData meta = rows.getMetaData();
            java.util.List<String> names = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnName(i));
            }
            return String.join(", ", names);
        }
    }

    private static java.util.List<Object[]> selectAll(DataSource database, String columns) throws Exception {
        java.util.List<Object[]> all = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT " + columns + " FROM dishonesty_record")) {
            int count = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                Object[] row = new Object[count];
                for (int i = 0; i < count; i++) {
                    row[i] = rows.getObject(i + 1);
                }
                all.add(row);
            }
        }
        return all;
    }

    private static void rawBatch(DataSource database, String columns, java.util.List<Object[]> values)
            throws Exception {
        int count = columns.split(", ").length;
        String marks = String.join(", ", java.util.Collections.nCopies(count, "?"));
        try (Connection connection = database.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO dishonesty_record (" + columns + ") VALUES (" + marks + ")")) {
            connection.setAutoCommit(false);
            int batched = 0;
            for (Object[] row : values) {
                for (int i = 0; i < count; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
                if (++batched % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }
}
