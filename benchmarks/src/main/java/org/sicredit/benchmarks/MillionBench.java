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
import org.sicredit.domain.fixtures.RecordFixture;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.policy.PolicyBook;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.sanction.SanctionProfile;
import org.sicredit.domain.subject.ResidentIdNumber;
import org.sicredit.domain.subject.SubjectDraft;
import org.sicredit.domain.subject.SubjectIdentifier;
import org.sicredit.domain.subject.UnifiedSocialCreditCode;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import javax.sql.DataSource;

import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/**
 * A table of a million records, filled and read through the application:
 * <ol>
 *   <li><b>memory</b>: the rows go in through {@code CollectSubmissionUseCase} as two submissions (a tenth, then the
 *       rest), handed over lazily; every 50,000 rows the live heap is measured after a full collection. A flat
 *       ingest keeps the peak of the big submission near that of the small one; for comparison the bench also
 *       measures what one record costs when held;</li>
 *   <li><b>lookup</b>: subjects drawn at random are looked up (a) by a raw indexed {@code SELECT} of the same rows,
 *       every column read, (b) through the adapter with the sanction profile — records + profile — and (c) through
 *       {@code LookUpSubjectUseCase}, which also appends the audit entry in its own durable transaction. Median of
 *       the rounds; the ratios (b)/(a) and (c)/(a) are printed. The months are not reported to the Platform here
 *       (reporting a month this size takes minutes: see docs/benchmarks.md), so (c) finds every record but none
 *       active and applies no measure; {@link GrowthBench} measures lookups of reported, active records.</li>
 * </ol>
 * Four records per subject; one subject in ten an individual (blind-indexed resident ID number).
 * <p>Arguments: database ({@code postgresql} or {@code h2}), rows (1000000), lookups per round (2000), rounds (5).
 */
public final class MillionBench {

    private static final int RECORDS_PER_SUBJECT = 4;
    private static final int SAMPLE_EVERY = 50_000;
    private static final Clock CLOCK = Clocks.on(2019, 4, 25);
    private static final LocalDate TODAY = LocalDate.of(2019, 4, 25);
    private static final PolicyBook BOOK = Policies.defaultBook();
    private static final Caller CLERK = Caller.provider("bench-clerk", "SHSI");

    private MillionBench() {
    }

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "postgresql";
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int lookups = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        System.out.printf("%s: %,d rows, %,d lookups x %d rounds (after a warm-up), -Xmx%,d MB%n", database, rows,
                lookups, rounds, Runtime.getRuntime().maxMemory() >> 20);
        KeyRing keys = KeyRing.generate("bench");
        if ("h2".equals(database)) {
            try (HikariDataSource h2 = DataSources.embeddedH2(Scratch.directory("sicredit-million"))) {
                run(h2, keys, rows, lookups, rounds);
            }
        } else {
            try (EmbeddedPostgres server = BenchWiring.durablePostgres();
                 HikariDataSource postgres = DataSources.postgres(server.getJdbcUrl("postgres", "postgres"),
                         "postgres", "")) {
                run(postgres, keys, rows, lookups, rounds);
            }
        }
    }

    private static void run(DataSource database, KeyRing keys, int rows, int lookups, int rounds) throws Exception {
        JdbcStores stores = JdbcStores.migrate(database, keys, BOOK);
        Sicredit sicredit = BenchWiring.application(stores).build();
        long heldPerRecord = bytesPerHeldRecord();
        int small = rows / 10;
        ingest(sicredit, YearMonth.of(2019, 3), 0, small, heldPerRecord);
        ingest(sicredit, YearMonth.of(2019, 4), small, rows, heldPerRecord);
        lookups(database, stores, sicredit, keys, rows / RECORDS_PER_SUBJECT, lookups, rounds);
    }

    private static void ingest(Sicredit sicredit, YearMonth period, int from, int to, long heldPerRecord) {
        long baseline = liveHeap();
        long[] peak = {baseline};
        Iterable<Row> lazily = () -> IntStream.range(from, to).mapToObj(i -> {
            if ((i - from) % SAMPLE_EVERY == SAMPLE_EVERY - 1) {
                peak[0] = Math.max(peak[0], liveHeap());
            }
            return new Row(i - from + 1, record(i).draft());
        }).iterator();
        long start = System.nanoTime();
        CollectSubmissionUseCase.Result result = sicredit.collectSubmission()
                .collect(new CollectSubmissionUseCase.Command(CLERK, "SHSI", period, lazily)).get();
        double seconds = (System.nanoTime() - start) / 1e9;
        int rows = to - from;
        if (result.added().size() != rows) {
            throw new IllegalStateException("expected " + rows + " added, got " + result.added().size() + ", "
                    + result.rejected().size() + " rejected: " + result.rejected().headOption());
        }
        System.out.printf("ingest %,9d rows through CollectSubmission: %,7.0f rows/s; live heap %,5d MB before, "
                        + "peak %,5d MB (+%,d bytes/row); all rows held would be ~%,d MB (%,d bytes/record)%n",
                rows, rows / seconds, baseline >> 20, peak[0] >> 20, (peak[0] - baseline) / rows,
                (rows * heldPerRecord) >> 20, heldPerRecord);
    }

    /** What one record costs when held: 20,000 built and kept, measured after a full collection. */
    private static long bytesPerHeldRecord() {
        long before = liveHeap();
        java.util.List<DishonestyRecord> held = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            held.add(record(i).build());
        }
        long after = liveHeap();
        return (after - before) / held.size();
    }

    private static void lookups(DataSource database, JdbcStores stores, Sicredit sicredit, KeyRing keys,
                                int subjects, int lookups, int rounds) throws Exception {
        Random random = new Random(20181001);
        int[] drawn = random.ints(lookups, 0, subjects).toArray();
        SubjectIdentifier[] identifiers = Arrays.stream(drawn).mapToObj(MillionBench::identifier)
                .toArray(SubjectIdentifier[]::new);
        String[] rawKeys = Arrays.stream(identifiers).map(id -> BenchWiring.subjectKey(id, keys))
                .toArray(String[]::new);
        long[][] times = new long[rounds + 1][3];
        try (Connection connection = database.getConnection();
             PreparedStatement raw = connection.prepareStatement(
                     "SELECT * FROM dishonesty_record WHERE subject_key = ? ORDER BY id")) {
            for (int round = 0; round <= rounds; round++) {
                times[round][0] = timed(() -> rawSelects(raw, rawKeys));
                times[round][1] = timed(() -> adapterLookups(stores, identifiers));
                times[round][2] = timed(() -> useCaseLookups(sicredit, identifiers));
            }
        }
        long rawRows = rawSelects(database, rawKeys);
        long adapterRows = adapterLookups(stores, identifiers);
        if (rawRows != adapterRows || rawRows != (long) lookups * RECORDS_PER_SUBJECT) {
            throw new IllegalStateException("raw read " + rawRows + " rows, the adapter " + adapterRows);
        }
        double rawMicros = median(times, 0) / 1e3 / lookups;
        double adapterMicros = median(times, 1) / 1e3 / lookups;
        double useCaseMicros = median(times, 2) / 1e3 / lookups;
        System.out.printf("lookup of a subject (%d records) on %,d records: raw indexed SELECT %,8.1f µs   "
                        + "adapter records + profile %,8.1f µs (ratio %.2f)   use case with audit entry %,8.1f µs "
                        + "(ratio %.2f)%n", RECORDS_PER_SUBJECT, (long) subjects * RECORDS_PER_SUBJECT, rawMicros,
                adapterMicros, adapterMicros / rawMicros, useCaseMicros, useCaseMicros / rawMicros);
    }

    private static long rawSelects(DataSource database, String[] keys) throws Exception {
        try (Connection connection = database.getConnection();
             PreparedStatement raw = connection.prepareStatement(
                     "SELECT * FROM dishonesty_record WHERE subject_key = ? ORDER BY id")) {
            return rawSelects(raw, keys);
        }
    }

    private static long rawSelects(PreparedStatement raw, String[] keys) throws Exception {
        long rows = 0;
        for (String key : keys) {
            rows += GrowthBench.rawSelect(raw, key);
        }
        return rows;
    }

    private static long adapterLookups(JdbcStores stores, SubjectIdentifier[] identifiers) {
        long rows = 0;
        for (SubjectIdentifier identifier : identifiers) {
            Seq<DishonestyRecord> records = stores.records().findBySubject(identifier);
            SanctionProfile.of(records, TODAY, BOOK);
            rows += records.size();
        }
        return rows;
    }

    private static long useCaseLookups(Sicredit sicredit, SubjectIdentifier[] identifiers) {
        long shown = 0;
        for (SubjectIdentifier identifier : identifiers) {
            shown += sicredit.lookUpSubject().lookUp(new LookUpSubjectUseCase.Query(Caller.bureau("bench-officer"),
                    identifier.value(), TODAY, "基准测试 benchmark")).get().activeRecords().size();
        }
        return shown;
    }

    private interface Work {
        long run() throws Exception;
    }

    private static long timed(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static double median(long[][] times, int column) {
        long[] sorted = Arrays.stream(times, 1, times.length).mapToLong(t -> t[column]).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Record {@code i}: the {@code i / 4}-th subject's record with document number M-i. */
    static RecordFixture record(int i) {
        int subject = i / RECORDS_PER_SUBJECT;
        RecordFixture fixture = aRecord().documentNumber("M-" + i);
        return subject % 10 == 9
                ? fixture.of(SubjectDraft.individual("个人" + subject, residentId(subject))).category(4).amount(null)
                : fixture.of(SubjectDraft.organisation("上海示例第" + subject + "号有限公司", uscc(subject), "张三",
                        "11010519491231002X"));
    }

    static SubjectIdentifier identifier(int subject) {
        return subject % 10 == 9
                ? ResidentIdNumber.parse(residentId(subject), CLOCK).get()
                : UnifiedSocialCreditCode.parse(uscc(subject)).get();
    }

    static String uscc(int subject) {
        return org.sicredit.domain.fixtures.Subjects.creditCode(subject);
    }

    static String residentId(int subject) {
        return org.sicredit.domain.fixtures.Subjects.residentIdNumber(subject);
    }
}
