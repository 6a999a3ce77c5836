package org.sicredit.benchmarks;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.sicredit.adapters.jdbc.DataSources;
import org.sicredit.adapters.jdbc.JdbcStores;
import org.sicredit.adapters.jdbc.crypto.KeyRing;
import org.sicredit.application.Sicredit;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.in.CollectSubmissionUseCase.Row;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.out.RecordStorePort.Save;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.policy.Policies;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import javax.sql.DataSource;


/**
 * A monthly submission stored three ways, side by side in each round, on the same database with the same rows
 * (four records per subject, one subject in ten an individual):
 * <ol>
 *   <li>through the application's {@code CollectSubmissionUseCase} — every row parsed, validated, classified against
 *       the subject's other records, deduplicated, stored, logged and audited in one transaction;</li>
 *   <li>through the JDBC adapter's {@code saveAll} of the same records already built;</li>
 *   <li>raw: on PostgreSQL a COPY of the very bytes the adapter's rows dump to, on H2 a JDBC batch insert of the very
 *       values.</li>
 * </ol>
 * Prints rows/s of each and the ratios use case/adapter and adapter/raw (median of the rounds). PostgreSQL runs
 * durable: fsync and synchronous_commit on.
 *
 * <p>Arguments: rows (default 100000), rounds (default 5); {@code -Dbench.only=postgresql} or {@code h2} runs one
 * database only.
 */
public final class IngestBench {

    private static final Clock CLOCK = Clocks.on(2019, 4, 25);

    private IngestBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Seq<Save> submission = List.range(0, rows).map(i -> Save.created(MillionBench.record(i).build()));
        java.util.List<Row> drafts = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            drafts.add(new Row(i + 1, MillionBench.record(i).draft()));
        }
        KeyRing keys = KeyRing.generate("bench");
        System.out.printf("rows per submission: %d, rounds: %d (after 1 warm-up)%n", rows, rounds);

        String only = System.getProperty("bench.only", "");
        if (!only.equals("h2")) {
            try (EmbeddedPostgres server = BenchWiring.durablePostgres();
             var postgres = DataSources.postgres(server.getJdbcUrl("postgres", "postgres"), "postgres", "")) {
                report("PostgreSQL", "raw COPY", postgresRounds(postgres, keys, submission, drafts, rounds), rows);
            }
        }
        if (!only.equals("postgresql")) {
            Path dir = Scratch.directory("sicredit-bench");
            try (var h2 = DataSources.embeddedH2(dir)) {
                report("H2 (file)", "raw batched insert", h2Rounds(h2, keys, submission, drafts, rounds), rows);
            }
        }
    }

    /** Each round: [adapter nanos, raw nanos, use case nanos]. */
    private static long[][] postgresRounds(DataSource database, KeyRing keys, Seq<Save> submission,
                                           java.util.List<Row> drafts, int rounds) throws Exception {
        JdbcStores stores = JdbcStores.migrate(database, keys, Policies.defaultBook());
        Sicredit sicredit = sicredit(stores);
        long[][] times = new long[rounds + 1][3];
        byte[] dumped = null;
        for (int round = 0; round <= rounds; round++) {
            truncate(database);
            times[round][2] = collect(sicredit, drafts);
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

    private static long[][] h2Rounds(DataSource database, KeyRing keys, Seq<Save> submission,
                                     java.util.List<Row> drafts, int rounds) throws Exception {
        JdbcStores stores = JdbcStores.migrate(database, keys, Policies.defaultBook());
        Sicredit sicredit = sicredit(stores);
        long[][] times = new long[rounds + 1][3];
        java.util.List<Object[]> values = null;
        String columns = null;
        for (int round = 0; round <= rounds; round++) {
            truncate(database);
            times[round][2] = collect(sicredit, drafts);
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

    private static Sicredit sicredit(JdbcStores stores) {
        return BenchWiring.application(stores).build();
    }

    private static long collect(Sicredit sicredit, java.util.List<Row> drafts) {
        long start = System.nanoTime();
        CollectSubmissionUseCase.Result result = sicredit.collectSubmission().collect(new CollectSubmissionUseCase
                .Command(Caller.provider("bench-clerk", "SHSI"), "SHSI", YearMonth.of(2019, 4), drafts)).get();
        long took = System.nanoTime() - start;
        if (result.added().size() != drafts.size()) {
            throw new IllegalStateException("expected " + drafts.size() + " added, got " + result.added().size()
                    + ", " + result.rejected().size() + " rejected: " + result.rejected().headOption());
        }
        return took;
    }

    private static void report(String database, String reference, long[][] times, int rows) {
        double adapterRate = rows / (median(times, 0) / 1e9);
        double rawRate = rows / (median(times, 1) / 1e9);
        double useCaseRate = rows / (median(times, 2) / 1e9);
        System.out.printf("%-11s use case CollectSubmission: %,9.0f rows/s   adapter saveAll: %,9.0f rows/s   "
                        + "%s: %,9.0f rows/s   ratio use case/adapter: %.2f   ratio adapter/raw: %.2f%n",
                database, useCaseRate, adapterRate, reference, rawRate, useCaseRate / adapterRate,
                adapterRate / rawRate);
        String of = String.format(" (%,d rows, median of %d rounds)", rows, times.length);
        figure(database + ": CollectSubmission, every row vetted, classified, stored, logged, audited" + of, times, 2,
                rows);
        figure(database + ": the JDBC adapter's saveAll of the same records" + of, times, 0, rows);
        figure(database + ": " + reference + " of the very same rows" + of, times, 1, rows);
        boolean postgres = database.startsWith("PostgreSQL");
        Results.target("store", database + ": adapter saveAll / " + reference, adapterRate / rawRate, "×",
                postgres ? 0.6 : 0.7, true);
        Results.target("store", database + ": use case CollectSubmission / adapter saveAll", useCaseRate / adapterRate,
                "×", 0.5, true);
    }

    private static void figure(String label, long[][] times, int column, int rows) {
        long[] sorted = Arrays.stream(times).mapToLong(t -> t[column]).sorted().toArray();
        Results.figure("store", label, rows / (median(times, column) / 1e9), "rows/s",
                rows / (sorted[sorted.length - 1] / 1e9), rows / (sorted[0] / 1e9));
    }

    private static long median(long[][] times, int column) {
        long[] sorted = Arrays.stream(times).mapToLong(t -> t[column]).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /** Empties the stores between runs: TRUNCATE on PostgreSQL, so no run reads the dead rows of the one before. */
    static void truncate(DataSource database) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                statement.execute("TRUNCATE repair_application, objection, outbox_message, dishonesty_record");
                return;
            }
            statement.execute("DELETE FROM repair_application");
            statement.execute("DELETE FROM objection");
            statement.execute("DELETE FROM outbox_message");
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
