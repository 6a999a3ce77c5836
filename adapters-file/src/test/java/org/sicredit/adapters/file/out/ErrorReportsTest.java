package org.sicredit.adapters.file.out;

import io.vavr.collection.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.sicredit.application.port.out.ErrorReportPort.ReportFormat;
import org.sicredit.application.port.out.ErrorReportPort.SubmissionErrorReport;
import org.sicredit.application.port.out.ErrorReportPort;
import org.sicredit.domain.rejection.Rejection;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorReportsTest {

    private static final SubmissionErrorReport REPORT = new SubmissionErrorReport(
            List.of("失信主体名称", "证件号码", "失信行为日期", "事由"),
            List.of(new ErrorReportPort.RejectedRow(7, List.of("李四", "4405**********0014", "2024-13-01",
                    "=HYPERLINK(\"http://example.invalid\",\"点击\")"), List.of(
                            Rejection.of("CELL_DATE", "actDate", "2024-13-01", "失信行为日期：不是存在的日期",
                                    "actDate: no day of the calendar"),
                            Rejection.of("RESIDENT_ID_CHECK_CHARACTER", "subject.identifier", "4405**********0014",
                                    "校验码不符", "check character, mind you, is wrong")))));

    @Test
    void the_csv_report_has_a_line_per_reason_with_row_column_code_both_languages_and_the_cells() {
        String csv = written(ReportFormat.CSV);

        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv.substring(1).split("\r\n")).containsExactly(
                "行号,列,代码,说明,Explanation,失信主体名称,证件号码,失信行为日期,事由",
                "7,失信行为日期,CELL_DATE,失信行为日期：不是存在的日期,actDate: no day of the calendar,李四,4405**********0014,"
                        + "2024-13-01,\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"点击\"\")\"",
                "7,证件号码,RESIDENT_ID_CHECK_CHARACTER,校验码不符,\"check character, mind you, is wrong\",李四,"
                        + "4405**********0014,2024-13-01,\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"点击\"\")\"");
    }

    @Test
    void the_xlsx_report_holds_the_same_lines_read_back_by_an_independent_reader() throws Exception {
        byte[] xlsx = new ByteArrayOutputStream() {
            {
                new ErrorReports().write(REPORT, ReportFormat.XLSX, this);
            }
        }.toByteArray();

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            java.util.List<String> lines = workbook.getFirstSheet().read().stream()
                    .map(row -> row.stream().map(cell -> cell == null ? "" : cell.getText())
                            .collect(Collectors.joining("|")))
                    .collect(Collectors.toList());
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0)).isEqualTo("行号|列|代码|说明|Explanation|失信主体名称|证件号码|失信行为日期|事由");
            assertThat(lines.get(2)).startsWith("7|证件号码|RESIDENT_ID_CHECK_CHARACTER|校验码不符|")
                    .endsWith("|=HYPERLINK(\"http://example.invalid\",\"点击\")");
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("错误报告");
            assertThat(workbook.getFirstSheet().read().stream().flatMap(Row::stream)
                    .filter(cell -> cell != null && cell.getFormula() != null)).as("no cell is a formula").isEmpty();
        }
    }

    @Test
    void writing_does_not_close_the_stream_it_is_given() {
        boolean[] closed = {false};
        ByteArrayOutputStream target = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        new ErrorReports().write(REPORT, ReportFormat.XLSX, target);
        new ErrorReports().write(REPORT, ReportFormat.CSV, target);

        assertThat(closed[0]).isFalse();
    }

    private static String written(ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ErrorReports().write(REPORT, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
