package org.sicredit.adapters.file.out;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.sicredit.adapters.file.in.SubmissionLayout.Column;
import org.sicredit.adapters.file.in.SubmissionLayout;
import org.sicredit.application.port.out.ErrorReportPort.RejectedRow;
import org.sicredit.application.port.out.ErrorReportPort.SubmissionErrorReport;
import org.sicredit.application.port.out.ErrorReportPort;
import org.sicredit.domain.rejection.Rejection;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * {@link ErrorReportPort} as a clerk opens it: one line per reason a row was refused — 行号 (the row's number as the
 * spreadsheet shows it), 列 (the column's header), 代码, 说明 (Chinese), Explanation (English) — then the row's
 * cells under the file's own headers, personal numbers masked. CSV is UTF-8 with a byte-order mark (Excel then reads
 * the Chinese) and every cell that Excel would take for a formula is written as text; XLSX writes cells as strings.
 */
public final class ErrorReports implements ErrorReportPort {

    static final Seq<String> HEAD = List.of("行号", "列", "代码", "说明", "Explanation");

    @Override
    public void write(SubmissionErrorReport report, ReportFormat format, OutputStream target) {
        try {
            OutputStream kept = new KeptOpen(target);
            if (format == ReportFormat.XLSX) {
                xlsx(report, kept);
            } else {
                csv(report, kept);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The lines of the report, the head first: what both formats write. */
    static Seq<Seq<String>> lines(SubmissionErrorReport report) {
        Seq<Seq<String>> lines = List.of(HEAD.appendAll(report.columns()));
        for (RejectedRow row : report.rows()) {
            for (Rejection rejection : row.rejections()) {
                lines = lines.append(List.of(String.valueOf(row.number()), columnOf(rejection, report, row),
                        rejection.code(), rejection.messageZh(), rejection.messageEn()).appendAll(row.cells()));
            }
        }
        return lines;
    }

    private static String columnOf(Rejection rejection, SubmissionErrorReport report, RejectedRow row) {
        int idNumber = report.columns().indexWhere(header -> SubmissionLayout.named(header)
                .contains(Column.ID_NUMBER));
        boolean individual = idNumber >= 0 && idNumber < row.cells().size() && !row.cells().get(idNumber).isBlank();
        return SubmissionLayout.ofField(rejection.field(), individual).map(Column::header)
                .getOrElse(rejection.field());
    }

    private static void csv(SubmissionErrorReport report, OutputStream target) throws IOException {
        StringBuilder text = new StringBuilder("\uFEFF");
        for (Seq<String> line : lines(report)) {
            text.append(line.map(ErrorReports::csvCell).mkString(",")).append("\r\n");
            if (text.length() > 1 << 16) {
                target.write(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                text.setLength(0);
            }
        }
        target.write(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        target.flush();
    }

    /** A cell as CSV: quoted when it must be, and kept as text when Excel would run it as a formula. */
    static String csvCell(String cell) {
        String text = cell == null ? "" : cell;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static void xlsx(SubmissionErrorReport report, OutputStream target) throws IOException {
        Workbook workbook = new Workbook(target, "sicredit", "1.0");
        Worksheet sheet = workbook.newWorksheet("错误报告");
        int r = 0;
        for (Seq<String> line : lines(report)) {
            for (int c = 0; c < line.size(); c++) {
                sheet.value(r, c, line.get(c));
            }
            if (r == 0) {
                sheet.range(0, 0, 0, line.size() - 1).style().bold().fillColor("DDEBF7").set();
                sheet.freezePane(1, 1);
            }
            if (++r % 1_000 == 0) {
                sheet.flush();
            }
        }
        sheet.width(3, 60);
        sheet.width(4, 60);
        workbook.finish();
        target.flush();
    }
}
