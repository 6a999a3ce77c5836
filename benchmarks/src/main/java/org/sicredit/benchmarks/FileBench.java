package org.sicredit.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.sicredit.adapters.file.in.SubmissionFiles;
import org.sicredit.adapters.file.out.ErrorReports;
import org.sicredit.adapters.jdbc.DataSources;
import org.sicredit.adapters.jdbc.JdbcStores;
import org.sicredit.adapters.jdbc.crypto.KeyRing;
import org.sicredit.application.Sicredit;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.in.CollectSubmissionFileUseCase;
import org.sicredit.application.port.out.RecordStorePort.Save;
import org.sicredit.application.port.out.SubmissionFilePort.FileFormat;
import org.sicredit.application.port.out.SubmissionFilePort.SubmissionFile;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.record.RecordDraft;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import javax.sql.DataSource;

/**
 * Providers' files read and stored, each figure next to its reference measured in the same run.
 * <ul>
 *   <li>{@code read} (run it with {@code -Xmx256m}, which is the memory bound): a CSV of 1,000,000 rows read by the
 *       adapter into drafts (every cell made plain, dates and amounts parsed, each row made a draft or its
 *       rejections) next to a raw streaming parse of the same file with FastCSV and plain type conversion, no
 *       validation; then a workbook of 200,000 rows read by the adapter in the same heap. Prints rows/s, the ratio
 *       and the peak heap.</li>
 *   <li>{@code store}: a CSV of 100,000 rows collected through {@code CollectSubmissionFileUseCase} into H2 and
 *       into PostgreSQL, next to the JDBC adapter's {@code saveAll} of the same records already built.</li>
 * </ul>
 * Arguments: {@code read [rows] [workbook rows] [rounds]} or {@code store [rows] [rounds]};
 * {@code -Dbench.only=postgresql|h2} stores on one database only.
 */
public final class FileBench {

    private static final Clock CLOCK = Clocks.on(2019, 4, 25);
    private static final String HEADER = "失信主体名称,统一社会信用代码,证件号码,法定代表人姓名,法定代表人证件号码,失信类别,事由,"
            + "失信行为日期,文书编号,金额";

    private FileBench() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "read";
        if (mode.equals("store")) {
            store(args.length > 1 ? Integer.parseInt(args[1]) : 100_000, args.length > 2 ? Integer.parseInt(args[2]) : 3);
        } else {
            read(args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000,
                    args.length > 2 ? Integer.parseInt(args[2]) : 200_000, args.length > 3 ? Integer.parseInt(args[3]) : 3);
        }
    }

    private static void read(int rows, int workbookRows, int rounds) throws Exception {
        Path csv = csv(rows);
        System.out.printf("CSV of %,d rows (%,d MB), %d rounds after a warm-up, max heap %d MB%n", rows,
                Files.size(csv) >> 20, rounds, Runtime.getRuntime().maxMemory() >> 20);
        long[][] times = new long[rounds + 1][2];
        for (int round = 0; round <= rounds; round++) {
            times[round][0] = timed(() -> rawParse(csv, rows));
            times[round][1] = timed(() -> adapterRead(csv, FileFormat.CSV, rows));
        }
        double raw = rows / (median(times, 0) / 1e9);
        double adapter = rows / (median(times, 1) / 1e9);
        System.out.printf("CSV read     adapter into drafts: %,10.0f rows/s   raw FastCSV parse + types: %,10.0f rows/s"
                + "   ratio adapter/raw: %.2f%n", adapter, raw, adapter / raw);
        String heap = String.format("%,d MB heap", Runtime.getRuntime().maxMemory() >> 20);
        String of = String.format(" (%,d rows, %,d MB, %s, median of %d rounds)", rows, Files.size(csv) >> 20, heap,
                rounds);
        Results.figure("files", "CSV read by the file adapter into drafts" + of, adapter, "rows/s",
                rows / (max(times, 1) / 1e9), rows / (min(times, 1) / 1e9));
        Results.figure("files", "CSV, raw FastCSV parse with type conversion" + of, raw, "rows/s",
                rows / (max(times, 0) / 1e9), rows / (min(times, 0) / 1e9));
        Results.target("files", "CSV: file adapter / raw typed parse, " + heap, adapter / raw, "×", 0.5, true);
        Path xlsx = xlsx(workbookRows);
        resetPeaks();
        long took = timed(() -> adapterRead(xlsx, FileFormat.XLSX, workbookRows));
        System.out.printf("XLSX read    %,d rows (%,d MB) in %.1f s: %,10.0f rows/s   peak heap %d MB of %d MB%n",
                workbookRows, Files.size(xlsx) >> 20, took / 1e9, workbookRows / (took / 1e9), peakHeap() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        double workbookRate = workbookRows / (took / 1e9);
        Results.figure("files", String.format("XLSX read by the file adapter into drafts (%,d rows, %,d MB, %s, one "
                + "run)", workbookRows, Files.size(xlsx) >> 20, heap), workbookRate, "rows/s", workbookRate,
                workbookRate);
        Results.target("files", String.format("XLSX of %,d rows: peak heap while reading", workbookRows),
                peakHeap() >> 20, "MB", Runtime.getRuntime().maxMemory() >> 20, false);
        Files.delete(csv);
        Files.delete(xlsx);
    }

    private static void store(int rows, int rounds) throws Exception {
        Path csv = csv(rows);
        Seq<Save> records = List.range(0, rows).map(i -> Save.created(MillionBench.record(i).build()));
        KeyRing keys = KeyRing.generate("bench");
        System.out.printf("CSV of %,d rows stored, %d rounds after a warm-up%n", rows, rounds);
        String only = System.getProperty("bench.only", "");
        if (!only.equals("h2")) {
            try (EmbeddedPostgres server = BenchWiring.durablePostgres();
                 var postgres = DataSources.postgres(server.getJdbcUrl("postgres", "postgres"), "postgres", "")) {
                storeRounds("PostgreSQL", postgres, keys, csv, records, rows, rounds);
            }
        }
        if (!only.equals("postgresql")) {
            try (var h2 = DataSources.embeddedH2(Scratch.directory("sicredit-file-bench"))) {
                storeRounds("H2 (file)", h2, keys, csv, records, rows, rounds);
            }
        }
        Files.delete(csv);
    }

    private static void storeRounds(String name, DataSource database, KeyRing keys, Path csv, Seq<Save> records,
                                    int rows, int rounds) throws Exception {
        JdbcStores stores = JdbcStores.migrate(database, keys, Policies.defaultBook());
        Sicredit sicredit = BenchWiring.application(stores).submissionFiles(new SubmissionFiles(), new ErrorReports())
                .build();
        long[][] times = new long[rounds + 1][2];
        for (int round = 0; round <= rounds; round++) {
            empty(database);
            times[round][0] = timed(() -> {
                try (InputStream in = Files.newInputStream(csv)) {
                    CollectSubmissionFileUseCase.Result result = sicredit.collectSubmissionFile().collect(
                            new CollectSubmissionFileUseCase.Command(Caller.provider("bench-clerk", "SHSI"), "SHSI",
                                    YearMonth.of(2019, 4), FileFormat.CSV, in)).get();
                    if (result.collected().added().size() != rows) {
                        throw new IllegalStateException("expected " + rows + " added, got "
                                + result.collected().added().size() + "; " + result.errors().rows().headOption());
                    }
                }
            });
            empty(database);
            times[round][1] = timed(() -> stores.records().saveAll(records).get());
        }
        double useCase = rows / (median(times, 0) / 1e9);
        double adapter = rows / (median(times, 1) / 1e9);
        System.out.printf("%-11s file through CollectSubmissionFile: %,9.0f rows/s   adapter saveAll: %,9.0f rows/s   "
                + "ratio file/saveAll: %.2f%n", name, useCase, adapter, useCase / adapter);
    }

    /** The rows of MillionBench's records as a provider's CSV. */
    static Path csv(int rows) throws Exception {
        Path file = Scratch.file("sicredit-bench-", ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write("\r\n");
            for (int i = 0; i < rows; i++) {
                out.write(String.join(",", cells(MillionBench.record(i).draft())));
                out.write("\r\n");
            }
        }
        return file;
    }

    static Path xlsx(int rows) throws Exception {
        Path file = Scratch.file("sicredit-bench-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "bench", "1.0");
            Worksheet sheet = workbook.newWorksheet("报送数据");
            String[] header = HEADER.split(",");
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            for (int i = 0; i < rows; i++) {
                String[] cells = cells(MillionBench.record(i).draft());
                for (int c = 0; c < cells.length; c++) {
                    if (c == 7) {
                        sheet.value(i + 1, c, LocalDate.parse(cells[c]));
                    } else if (c == 9 && !cells[c].isEmpty()) {
                        sheet.value(i + 1, c, new BigDecimal(cells[c]));
                    } else {
                        sheet.value(i + 1, c, cells[c]);
                    }
                }
                if (i % 1_000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        }
        return file;
    }

    private static String[] cells(RecordDraft draft) {
        boolean organisation = draft.subject().legalRepresentativeName() != null;
        return new String[] {draft.subject().name(), organisation ? draft.subject().identifier() : "",
            organisation ? "" : draft.subject().identifier(), organisation ? draft.subject().legalRepresentativeName() : "",
            organisation ? draft.subject().legalRepresentativeIdNumber() : "", String.valueOf(draft.categoryItem()),
            draft.cause(), draft.actDate().toString(), draft.documentNumber(),
            draft.amount() == null ? "" : draft.amount().toPlainString()};
    }

    /** The reference: FastCSV's streaming parse, each record's cells converted to their types, nothing checked. */
    static void rawParse(Path csv, int rows) throws Exception {
        long read = 0;
        long checksum = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv, StandardCharsets.UTF_8)) {
            boolean header = true;
            for (CsvRecord record : reader) {
                if (header) {
                    header = false;
                    continue;
                }
                LocalDate actDate = LocalDate.parse(record.getField(7));
                int category = Integer.parseInt(record.getField(5));
                BigDecimal amount = record.getField(9).isEmpty() ? null : new BigDecimal(record.getField(9));
                Typed typed = new Typed(record.getField(0), record.getField(1) + record.getField(2), category,
                        record.getField(6), actDate, record.getField(8), amount);
                checksum += typed.hashCode();
                read++;
            }
        }
        check(read, rows, checksum);
    }

    private record Typed(String name, String identifier, int category, String cause, LocalDate actDate,
                         String documentNumber, BigDecimal amount) {
    }

    static void adapterRead(Path file, FileFormat format, int rows) throws Exception {
        long read = 0;
        long drafts = 0;
        try (InputStream in = Files.newInputStream(file);
             SubmissionFile opened = new SubmissionFiles().open(in, format).getOrElseThrow(
                     rejection -> new IllegalStateException(rejection.toString()))) {
            while (opened.hasNext()) {
                if (opened.next().draft() != null) {
                    drafts++;
                }
                read++;
            }
        }
        check(read, rows, drafts);
        if (drafts != rows) {
            throw new IllegalStateException("every row should be a draft: " + drafts + " of " + rows);
        }
    }

    private static void check(long read, int rows, long checksum) {
        if (read != rows || checksum == Long.MIN_VALUE) {
            throw new IllegalStateException("read " + read + " rows of " + rows);
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static long timed(Work work) throws Exception {
        System.gc();
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static long median(long[][] times, int column) {
        long[] sorted = Arrays.stream(Arrays.copyOfRange(times, 1, times.length)).mapToLong(t -> t[column]).sorted()
                .toArray();
        return sorted[sorted.length / 2];
    }

    private static long min(long[][] times, int column) {
        return Arrays.stream(Arrays.copyOfRange(times, 1, times.length)).mapToLong(t -> t[column]).min().orElseThrow();
    }

    private static long max(long[][] times, int column) {
        return Arrays.stream(Arrays.copyOfRange(times, 1, times.length)).mapToLong(t -> t[column]).max().orElseThrow();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static void empty(DataSource database) throws Exception {
        IngestBench.truncate(database);
    }
}
