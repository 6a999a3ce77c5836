package org.sicredit.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import io.vavr.collection.Seq;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.sicredit.adapters.jdbc.DataSources;
import org.sicredit.adapters.jdbc.JdbcStores;
import org.sicredit.adapters.jdbc.crypto.KeyRing;
import org.sicredit.application.Sicredit;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.in.CollectSubmissionUseCase.Row;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.in.LookUpSubjectUseCase;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.policy.PolicyBook;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.sanction.SanctionProfile;
import org.sicredit.domain.subject.SubjectIdentifier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import javax.sql.DataSource;

/**
 * How cost grows with the table: one database filled once through {@code CollectSubmissionUseCase}, step by step to
 * each size (1,000, 10,000, 100,000, 1,000,000 records by default), and measured at every step:
 * <ul>
 *   <li><b>ingest</b>: submissions of 1,000 rows (new subjects, a new month each) into a table of that size — up to
 *       three, the median taken; the bulk fill between steps (submissions of up to 100,000 rows) is a figure of its
 *       own;</li>
 *   <li><b>lookup</b>: random subjects looked up, each timed alone, three ways in turn — the way that goes first,
 *       and meets a cold cache, rotates from one subject to the next —: a raw indexed {@code SELECT} of the same rows (the reference), the adapter's records with the sanction
 *       profile, and {@code LookUpSubjectUseCase}, which also commits the audit entry durably. p50 and p99.</li>
 * </ul>
 * Each month is reported to the Platform and relayed after it is collected, as the Bureau does, so its records are
 * active and a lookup computes their measures; lookups draw their subjects from the months reported. The bulk months
 * past 100,000 records stay submitted (the probes are still reported): see {@link #REPORTED_BULK}.
 * On PostgreSQL the largest database is then reused: the audited lookup at 1 and 32 concurrent callers, and the HTTP
 * endpoint next to a bare one ({@link HttpBench#measure}). Four records per subject, one subject in ten an individual.
 *
 * <p>Arguments: database ({@code postgresql} or {@code h2}), sizes ({@code 1000,10000,100000,1000000}), lookups per
 * size (1000), seconds for each load (10; 0 skips the concurrent and HTTP loads).
 */
public final class GrowthBench {

    private static final int RECORDS_PER_SUBJECT = 4;
    private static final int PROBE = 1_000;
    private static final int BULK = 100_000;
    /**
     * The bulk months past this many records stay submitted (the probes are still reported): reporting and relaying a
     * 100,000-record month takes 45–57 s on either engine at 100,000–300,000 records, five times its collection, and
     * would double the run. JFR on PostgreSQL: 33 s of 50 s waiting on the 100,000 single-row UPDATEs that mark the
     * records reported (each changes the indexed status, so each writes a new entry in all six indexes); on H2 the
     * same updates through a page cache the table has outgrown. The figure is on the page; the cure (one set-based
     * UPDATE … FROM a COPY, as inserts already COPY) is left to an issue of its own.
     */
    private static final int REPORTED_BULK = 100_000;
    /** Late enough for a month a submission (2019-01 on) up to the largest table, early enough that all are in force. */
    private static final LocalDate TODAY = LocalDate.of(2021, 6, 25);
    private static final Clock CLOCK = Clocks.on(TODAY);
    private static final PolicyBook BOOK = Policies.defaultBook();
    private static final Caller CLERK = Caller.provider("bench-clerk", "SHSI");
    private static final Caller OFFICER = Caller.bureau("bench-officer");
    private static final String SELECT = "SELECT * FROM dishonesty_record WHERE subject_key = ? ORDER BY id";

    private final String database;
    private final DataSource data;
    private final JdbcStores stores;
    private final Sicredit sicredit;
    private final KeyRing keys;
    private int stored;
    private long reporting;
    private int reportedRecords;
    /** Below this many records every month is reported; above it, only the 1,000-row probes (see the class). */
    private final int reportEveryMonthUpTo;
    /** The ranges of record numbers reported, the subjects a lookup draws from. */
    private final List<int[]> reported = new ArrayList<>();
    private YearMonth period = YearMonth.of(2019, 1);

    private GrowthBench(String database, DataSource data, KeyRing keys, int reportEveryMonthUpTo) {
        this.database = database;
        this.reportEveryMonthUpTo = reportEveryMonthUpTo;
        this.data = data;
        this.keys = keys;
        this.stores = JdbcStores.migrate(data, keys, BOOK);
        this.sicredit = BenchWiring.application(stores, CLOCK).build();
    }

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "postgresql";
        int[] sizes = Arrays.stream((args.length > 1 ? args[1] : "1000,10000,100000,1000000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int lookups = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        KeyRing keys = KeyRing.generate("bench");
        if ("h2".equals(database)) {
            try (HikariDataSource scratch = DataSources.embeddedH2(Scratch.directory("sicredit-warm-up"))) {
                warmUp(scratch, keys, sizes);
            }
            try (HikariDataSource h2 = DataSources.embeddedH2(Scratch.directory("sicredit-growth"))) {
                new GrowthBench("H2", h2, keys, REPORTED_BULK).grow(sizes, lookups);
            }
            return;
        }
        try (EmbeddedPostgres server = BenchWiring.durablePostgres();
             HikariDataSource postgres = DataSources.postgres(server.getJdbcUrl("postgres", "postgres"), "postgres",
                     "")) {
            try (Connection connection = postgres.getConnection(); Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE warm_up");
            }
            try (HikariDataSource scratch = DataSources.postgres(server.getJdbcUrl("postgres", "warm_up"), "postgres",
                    "")) {
                warmUp(scratch, keys, sizes);
            }
            GrowthBench bench = new GrowthBench("PostgreSQL", postgres, keys, REPORTED_BULK);
            bench.grow(sizes, lookups);
            if (seconds > 0) {
                bench.concurrentLookups(seconds);
                HttpBench.measure(postgres, bench.sicredit, keys, bench.reportedSubjects(new Random(20181001), 100_000),
                        bench.stored, 32, seconds, CLOCK);
            }
        }
    }

    /** The JIT warmed on a throwaway database of the same engine: the first size measured is not the JVM's first work. */
    private static void warmUp(DataSource scratch, KeyRing keys, int[] sizes) throws Exception {
        GrowthBench warm = new GrowthBench("warm-up", scratch, keys, Integer.MAX_VALUE);
        int submissions = Arrays.stream(sizes).max().orElse(0) >= BULK ? 4 : 1;
        for (int i = 0; i < submissions; i++) {
            warm.collect(5_000);
        }
        warm.timedLookups(warm.stored, 2_000);
    }

    private void grow(int[] sizes, int lookups) throws Exception {
        System.out.printf("%s: growing to %s records, %,d lookups timed at each size%n", database,
                Arrays.toString(sizes), lookups);
        List<Double> bulk = new ArrayList<>();
        for (int size : sizes) {
            int probes = Math.max(1, Math.min(3, size / PROBE));
            while (stored < size - probes * PROBE) {
                int rows = Math.min(BULK, size - probes * PROBE - stored);
                double rate = collect(rows);
                if (rows == BULK) {
                    bulk.add(rate);
                }
            }
            double[] probeRates = new double[probes];
            for (int p = 0; p < probes; p++) {
                probeRates[p] = collect(Math.min(PROBE, size - stored));
            }
            analyze();
            double ingest = median(probeRates);
            Results.point("ingest", database, size, ingest, "rows/s");
            System.out.printf("%,10d records: a 1,000-row submission stores %,8.0f rows/s%n", size, ingest);
            lookups(size, lookups);
        }
        if (!bulk.isEmpty()) {
            double[] rates = bulk.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            Results.figure("ingest", database + ": bulk fill through CollectSubmission, 100,000-row submissions",
                    median(rates), "rows/s", rates[0], rates[rates.length - 1]);
            System.out.printf("bulk fill: %,.0f rows/s (median of %d submissions of 100,000 rows)%n", median(rates),
                    rates.length);
        }
        double reportRate = reportedRecords / (reporting / 1e9);
        Results.figure("ingest", database + ": months reported to the Platform and relayed, " + String.format("%,d",
                reportedRecords) + " of the " + String.format("%,d", stored) + " records", reportRate, "records/s",
                reportRate, reportRate);
    }

    private double collect(int rows) {
        int from = stored;
        Iterable<Row> lazily = () -> IntStream.range(from, from + rows)
                .mapToObj(i -> new Row(i - from + 1, MillionBench.record(i).draft())).iterator();
        long start = System.nanoTime();
        CollectSubmissionUseCase.Result result = sicredit.collectSubmission()
                .collect(new CollectSubmissionUseCase.Command(CLERK, "SHSI", period, lazily))
                .getOrElseThrow(rejection -> new IllegalStateException(period + ": " + rejection));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (result.added().size() != rows) {
            throw new IllegalStateException("expected " + rows + " added, got " + result.added().size() + ", "
                    + result.rejected().size() + " rejected: " + result.rejected().headOption());
        }
        if (stored < reportEveryMonthUpTo || rows <= PROBE) {
            long reportStart = System.nanoTime();
            BenchWiring.reportAndRelay(sicredit, period);
            long took = System.nanoTime() - reportStart;
            reporting += took;
            reportedRecords += rows;
            reported.add(new int[] {stored, stored + rows});
            System.out.printf("%s: %,d rows collected in %.1f s, the month reported and relayed in %.1f s%n", period,
                    rows, seconds, took / 1e9);
        }
        stored += rows;
        period = period.plusMonths(1);
        return rows / seconds;
    }

    private void lookups(int size, int lookups) throws Exception {
        long[][] nanos = timedLookups(size, lookups);
        String[] ways = {"raw indexed SELECT", "records + sanction profile", "use case, audited"};
        StringBuilder line = new StringBuilder(String.format("%,10d records: lookup", size));
        for (int way = 0; way < 3; way++) {
            long[] sorted = nanos[way].clone();
            Arrays.sort(sorted);
            double p50 = sorted[sorted.length / 2] / 1e3;
            double p99 = sorted[(int) (sorted.length * 0.99)] / 1e3;
            Results.point("lookup p50: " + ways[way], database, size, p50, "µs");
            Results.point("lookup p99: " + ways[way], database, size, p99, "µs");
            line.append(String.format("   %s p50 %,.0f µs p99 %,.0f µs", ways[way], p50, p99));
        }
        System.out.println(line);
        double rawMedian = medianOf(nanos[0]);
        double adapterMedian = medianOf(nanos[1]);
        Results.target("lookup", database + " at " + String.format("%,d", size)
                + " records: records + sanction profile / raw indexed SELECT, p50", adapterMedian / rawMedian, "×",
                2.0, false);
        double audited = medianOf(nanos[2]) / rawMedian;
        Results.figure("lookup", database + " at " + String.format("%,d", size) + " records: audited use case / raw "
                + "indexed SELECT, p50 (the audit entry's durable commit included)", audited, "×", audited, audited);
    }

    /** Each lookup's nanoseconds three ways (raw SELECT, records + profile, audited use case), after a fifth more. */
    private long[][] timedLookups(int size, int lookups) throws Exception {
        int[] drawn = reportedSubjects(new Random(20181001L + size), lookups + lookups / 5);
        long[][] nanos = new long[3][lookups];
        try (Connection connection = data.getConnection(); PreparedStatement raw = connection.prepareStatement(SELECT)) {
            for (int i = 0; i < drawn.length; i++) {
                SubjectIdentifier identifier = MillionBench.identifier(drawn[i]);
                long[] took = new long[3];
                int[] found = new int[3];
                for (int turn = 0; turn < 3; turn++) {
                    int way = (i + turn) % 3;
                    long start = System.nanoTime();
                    found[way] = lookUp(way, raw, identifier);
                    took[way] = System.nanoTime() - start;
                }
                if (found[0] != RECORDS_PER_SUBJECT || found[1] != found[0] || found[2] != found[0]) {
                    throw new IllegalStateException("raw " + found[0] + ", adapter " + found[1] + ", use case "
                            + found[2] + " records of subject " + drawn[i]);
                }
                int measured = i - lookups / 5;
                for (int way = 0; measured >= 0 && way < 3; way++) {
                    nanos[way][measured] = took[way];
                }
            }
        }
        return nanos;
    }

    /** One lookup one way (0 raw SELECT, 1 records + profile, 2 audited use case): the records it found. */
    private int lookUp(int way, PreparedStatement raw, SubjectIdentifier identifier) throws Exception {
        if (way == 0) {
            return rawSelect(raw, BenchWiring.subjectKey(identifier, keys));
        }
        if (way == 1) {
            Seq<DishonestyRecord> records = stores.records().findBySubject(identifier);
            SanctionProfile.of(records, TODAY, BOOK);
            return records.size();
        }
        return sicredit.lookUpSubject().lookUp(new LookUpSubjectUseCase.Query(OFFICER, identifier.value(), TODAY,
                "基准测试 benchmark")).get().activeRecords().size();
    }

    /** Subjects drawn at random from the records reported, each range weighed by its size. */
    private int[] reportedSubjects(Random random, int count) {
        int[] subjects = new int[count];
        for (int i = 0; i < count; i++) {
            int record = random.nextInt(reportedRecords);
            for (int[] range : reported) {
                if (record < range[1] - range[0]) {
                    subjects[i] = (range[0] + record) / RECORDS_PER_SUBJECT;
                    break;
                }
                record -= range[1] - range[0];
            }
        }
        return subjects;
    }

    private void concurrentLookups(int seconds) throws Exception {
        String[] identifiers = Arrays.stream(reportedSubjects(new Random(20181001), 100_000))
                .mapToObj(s -> MillionBench.identifier(s).value()).toArray(String[]::new);
        for (int callers : new int[] {1, 32}) {
            HttpBench.Result result = HttpBench.direct(sicredit, identifiers, seconds, callers, TODAY);
            Results.load("concurrency", database + " at " + String.format("%,d", stored) + " records: audited "
                    + "lookups, " + callers + (callers == 1 ? " caller" : " concurrent callers"), result.rate(),
                    "lookups/s", result.p50(), result.p99());
        }
    }

    private void analyze() throws Exception {
        try (Connection connection = data.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
    }

    /** The reference: the subject's rows by the indexed key, every column read. */
    static int rawSelect(PreparedStatement raw, String key) throws Exception {
        raw.setString(1, key);
        int rows = 0;
        try (ResultSet found = raw.executeQuery()) {
            int columns = found.getMetaData().getColumnCount();
            while (found.next()) {
                for (int column = 1; column <= columns; column++) {
                    found.getObject(column);
                }
                rows++;
            }
        }
        return rows;
    }

    private static double medianOf(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
