package org.sicredit.benchmarks;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.sicredit.application.port.out.SubmissionFilePort.FileFormat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A provider's file of 10,000 rows read by the file adapter into drafts (cells made plain, dates and amounts parsed,
 * each row a draft or its rejections), next to the reference: a raw typed parse of the same file (FastCSV for CSV,
 * FastExcel's reader for XLSX), nothing checked. Rows per second. The 256 MB run of a million rows is
 * {@code benchmarks/run-files read}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FileReadBenchmark {

    static final int ROWS = 10_000;

    private Path csv;
    private Path xlsx;

    @Setup(Level.Trial)
    public void files() throws Exception {
        csv = FileBench.csv(ROWS);
        xlsx = FileBench.xlsx(ROWS);
        if (xlsxReference() != ROWS) {
            throw new IllegalStateException("the workbook should have " + ROWS + " rows");
        }
    }

    @TearDown(Level.Trial)
    public void remove() throws Exception {
        Files.deleteIfExists(csv);
        Files.deleteIfExists(xlsx);
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void csvSicredit() throws Exception {
        FileBench.adapterRead(csv, FileFormat.CSV, ROWS);
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void csvReference() throws Exception {
        FileBench.rawParse(csv, ROWS);
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void xlsxSicredit() throws Exception {
        FileBench.adapterRead(xlsx, FileFormat.XLSX, ROWS);
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long xlsxReference() throws Exception {
        long rows = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile());
             Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            for (Row row : (Iterable<Row>) sheet.skip(1)::iterator) {
                Object[] typed = new Object[row.getCellCount()];
                for (int c = 0; c < typed.length; c++) {
                    typed[c] = typed(row.getCell(c), c);
                }
                rows += typed.length > 0 ? 1 : 0;
            }
        }
        return rows;
    }

    private static Object typed(Cell cell, int column) {
        if (cell == null || cell.getType() != CellType.NUMBER) {
            return cell == null ? null : cell.getRawValue();
        }
        if (column == 7) {
            LocalDateTime date = cell.asDate();
            return date.toLocalDate();
        }
        BigDecimal amount = cell.asNumber();
        return amount;
    }
}
