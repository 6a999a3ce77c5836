package org.sicredit.adapters.file.in;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.adapters.file.in.SubmissionLayout.Column;
import org.sicredit.application.port.out.SubmissionFilePort.FileFormat;
import org.sicredit.application.port.out.SubmissionFilePort.FileRefused;
import org.sicredit.application.port.out.SubmissionFilePort.FileRow;
import org.sicredit.application.port.out.SubmissionFilePort.SubmissionFile;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.NoSuchElementException;

/**
 * A submission file after its header: the records of a CSV file or a workbook, each made a row by {@link RowDrafts},
 * blank rows skipped. A title above the header (a row with a single cell, as clerks write 2024年5月失信信息) is
 * passed over. Faults of the bytes become {@link FileRefused}.
 */
final class OpenSubmission implements SubmissionFile {

    private static final int TITLE_ROWS = 5;

    private final RecordSource records;
    private final FileFormat format;
    private final Seq<String> columns;
    private final RowDrafts drafts;
    private FileRow ahead;

    private OpenSubmission(RecordSource records, FileFormat format, Seq<String> header, Seq<Option<Column>> layout) {
        this.records = records;
        this.format = format;
        this.columns = header;
        this.drafts = new RowDrafts(layout);
    }

    /** Reads the header of {@code records}; a file that is not a submission is closed and refused. */
    static Either<Rejection, SubmissionFile> open(RecordSource records, FileFormat format) {
        try {
            Either<Rejection, String[]> header = header(records);
            Either<Rejection, SubmissionFile> opened = header.flatMap(cells -> {
                Seq<String> named = List.of(cells).map(CellText::text);
                return SubmissionLayout.resolve(named).map(layout -> new OpenSubmission(records, format, named,
                        layout));
            });
            if (opened.isLeft()) {
                records.close();
            }
            return opened;
        } catch (IOException | FileRefused fault) {
            closeQuietly(records);
            return Either.left(fault instanceof FileRefused refused ? refused.rejection()
                    : unreadable((IOException) fault, records.number()));
        }
    }

    private static Either<Rejection, String[]> header(RecordSource records) throws IOException {
        for (int row = 0; row <= TITLE_ROWS; row++) {
            String[] cells = records.next();
            if (cells == null) {
                return Either.left(Rejection.of(RejectionCodes.FILE_EMPTY, "file", "", "文件是空的，没有列名，也没有数据行",
                        "The file is empty: no header, no rows"));
            }
            long filled = java.util.Arrays.stream(cells).filter(cell -> cell != null && !cell.isBlank()).count();
            if (filled > 1 || filled == 1 && SubmissionLayout.named(cells[firstFilled(cells)]).isDefined()) {
                return Either.right(cells);
            }
        }
        return Either.left(Rejection.of(RejectionCodes.FILE_MISSING_COLUMN, "header", "",
                "前 " + (TITLE_ROWS + 1) + " 行里找不到列名行（失信主体名称、统一社会信用代码……）；请使用报送模板",
                "No header row (失信主体名称, 统一社会信用代码, …) in the first " + (TITLE_ROWS + 1) + " rows; use the "
                        + "submission template"));
    }

    private static int firstFilled(String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isBlank()) {
                return i;
            }
        }
        return 0;
    }

    @Override
    public FileFormat format() {
        return format;
    }

    @Override
    public Seq<String> columns() {
        return columns;
    }

    @Override
    public boolean hasNext() {
        if (ahead == null) {
            ahead = read();
        }
        return ahead != null;
    }

    @Override
    public FileRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        FileRow row = ahead;
        ahead = null;
        return row;
    }

    private FileRow read() {
        try {
            for (String[] cells = records.next(); cells != null; cells = records.next()) {
                Option<FileRow> row = drafts.row(records.number(), cells);
                if (row.isDefined()) {
                    return row.get();
                }
            }
            return null;
        } catch (IOException broken) {
            throw new FileRefused(unreadable(broken, records.number()));
        }
    }

    @Override
    public void close() {
        try {
            records.close();
        } catch (IOException closing) {
            throw new UncheckedIOException(closing);
        }
    }

    private static Rejection unreadable(IOException fault, int number) {
        return fault instanceof CharacterCodingException
                ? Rejection.of(RejectionCodes.FILE_ENCODING, "file", "", "第" + (number + 1) + "行附近有无法识别的文字编码；"
                        + "请把整个文件以 UTF-8 或 GB18030 保存", "Row " + (number + 1) + " holds bytes that are not text in "
                        + "the file's encoding; save the whole file as UTF-8 or GB18030")
                : Rejection.of(RejectionCodes.FILE_FORMAT, "file", "", "文件在第" + (number + 1) + "行附近无法读取",
                        "The file cannot be read near row " + (number + 1));
    }

    private static void closeQuietly(RecordSource records) {
        try {
            records.close();
        } catch (IOException ignored) {
            // the refusal being answered says more than a failure to close
        }
    }
}
