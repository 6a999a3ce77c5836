package org.sicredit.adapters.file.in;

import io.vavr.control.Either;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * The rows of a workbook's first sheet, streamed (FastExcel's reader: the sheet is never held whole), each cell as
 * text — a string as written, a number or a date as its stored value (a date is its Excel serial), a formula as its
 * cached value. Before a row is read the package is checked against a zip bomb: every part is inflated once, and a
 * workbook that expands past {@link Limits#expandedBytes()} or by more than {@link Limits#ratio()} is refused.
 */
final class XlsxRecords implements RecordSource {

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final Path spooled;
    private int number;

    private XlsxRecords(ReadableWorkbook workbook, Stream<Row> stream, Path spooled) {
        this.workbook = workbook;
        this.stream = stream;
        this.rows = stream.iterator();
        this.spooled = spooled;
    }

    /** How far a workbook may go. */
    /**
     * How far a workbook may go: its size, its size expanded, how much one part may expand, how many parts, and how
     * large its shared-string table may be expanded — FastExcel keeps the strings a sheet has used in memory, so this
     * bounds what a workbook can make the reader hold (a 200,000-row submission's table is a few tens of MB).
     */
    record Limits(long fileBytes, long expandedBytes, long ratio, int parts, long sharedStringBytes) {

        static final Limits DEFAULT = new Limits(256L << 20, 2L << 30, 200, 2_000, 96L << 20);
    }

    /** Opens the workbook spooled at {@code spooled} (deleted again on close or refusal). */
    static Either<Rejection, RecordSource> open(Path spooled, Limits limits) throws IOException {
        Either<Rejection, Path> checked = guarded(spooled, limits);
        if (checked.isLeft()) {
            Files.deleteIfExists(spooled);
            return Either.left(checked.getLeft());
        }
        ReadableWorkbook workbook = null;
        try {
            workbook = new ReadableWorkbook(spooled.toFile(), new ReadingOptions(false, false));
            return Either.right(new XlsxRecords(workbook, workbook.getFirstSheet().openStream(), spooled));
        } catch (IOException | RuntimeException unreadable) {
            if (workbook != null) {
                workbook.close();
            }
            Files.deleteIfExists(spooled);
            return Either.left(notAWorkbook());
        }
    }

    @Override
    public String[] next() throws IOException {
        try {
            if (!rows.hasNext()) {
                return null;
            }
            Row row = rows.next();
            number = row.getRowNum();
            if (row.getCellCount() > CsvRecords.MAX_FIELDS) {
                throw CsvRecords.refused(RejectionCodes.FILE_TOO_LARGE, "第" + number + "行超过 " + CsvRecords.MAX_FIELDS
                        + " 列", "Row " + number + " has more than " + CsvRecords.MAX_FIELDS + " columns");
            }
            String[] cells = new String[row.getCellCount()];
            int length = 0;
            for (int i = 0; i < cells.length; i++) {
                cells[i] = text(row.getCell(i));
                length += cells[i].length();
                if (length > MAX_ROW_CHARS) {
                    throw CsvRecords.tooLong(number);
                }
            }
            return cells;
        } catch (UncheckedIOException broken) {
            throw broken.getCause();
        } catch (org.sicredit.application.port.out.SubmissionFilePort.FileRefused refused) {
            throw refused;
        } catch (RuntimeException broken) {
            throw CsvRecords.refused(RejectionCodes.FILE_FORMAT, "工作簿在第" + (number + 1) + "行附近损坏，无法读取",
                    "The workbook is damaged near row " + (number + 1) + " and cannot be read");
        }
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public void close() throws IOException {
        try {
            stream.close();
            workbook.close();
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        switch (cell.getType()) {
            case EMPTY:
                return "";
            case STRING:
                return cell.asString();
            default:
                String raw = cell.getRawValue();
                return raw == null ? "" : CellText.withoutExponent(raw);
        }
    }

    private static Either<Rejection, Path> guarded(Path spooled, Limits limits) {
        try (ZipFile zip = ZipFile.builder().setPath(spooled).get()) {
            long expanded = 0;
            int parts = 0;
            byte[] sink = new byte[1 << 16];
            for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements();) {
                ZipArchiveEntry entry = entries.nextElement();
                if (++parts > limits.parts()) {
                    return Either.left(tooLarge("超过 " + limits.parts() + " 个部件", "more than " + limits.parts()
                            + " parts"));
                }
                long partBytes = 0;
                try (InputStream part = zip.getInputStream(entry)) {
                    for (int read = part.read(sink); read >= 0; read = part.read(sink)) {
                        partBytes += read;
                        expanded += read;
                        if (expanded > limits.expandedBytes()) {
                            return Either.left(tooLarge("解压后超过 " + (limits.expandedBytes() >> 20) + " MB",
                                    "more than " + (limits.expandedBytes() >> 20) + " MB once expanded"));
                        }
                        if (partBytes > limits.sharedStringBytes() && entry.getName().equals("xl/sharedStrings.xml")) {
                            return Either.left(tooLarge("共享字符串表解压后超过 " + (limits.sharedStringBytes() >> 20)
                                    + " MB", "its shared strings expand past " + (limits.sharedStringBytes() >> 20)
                                    + " MB"));
                        }
                        if (partBytes > (16L << 20) && partBytes > limits.ratio() * Math.max(1,
                                entry.getCompressedSize())) {
                            return Either.left(tooLarge("压缩比异常（超过 " + limits.ratio() + " 倍）",
                                    "a part expands more than " + limits.ratio() + " times"));
                        }
                    }
                }
            }
            return zip.getEntry("xl/workbook.xml") == null ? Either.left(notAWorkbook()) : Either.right(spooled);
        } catch (IOException | RuntimeException notAZip) {
            return Either.left(notAWorkbook());
        }
    }

    private static Rejection tooLarge(String zh, String en) {
        return Rejection.of(RejectionCodes.FILE_TOO_LARGE, "file", "", "工作簿过大：" + zh + "。请拆分后分批报送",
                "The workbook is too large: " + en + ". Split it and send the parts");
    }

    private static Rejection notAWorkbook() {
        return Rejection.of(RejectionCodes.FILE_FORMAT, "file", "", "文件不是可读取的 Excel 工作簿（.xlsx）",
                "The file is not a readable Excel workbook (.xlsx)");
    }
}
