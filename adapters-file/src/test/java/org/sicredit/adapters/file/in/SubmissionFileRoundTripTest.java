package org.sicredit.adapters.file.in;

import org.junit.jupiter.api.Test;
import org.sicredit.adapters.file.out.ErrorReports;
import org.sicredit.application.access.Caller;
import org.sicredit.application.fixtures.Application;
import org.sicredit.application.port.in.CollectSubmissionFileUseCase;
import org.sicredit.application.port.in.WriteErrorReportUseCase;
import org.sicredit.application.port.out.ErrorReportPort.RejectedRow;
import org.sicredit.application.port.out.ErrorReportPort.ReportFormat;
import org.sicredit.application.port.out.ErrorReportPort;
import org.sicredit.application.port.out.SubmissionFilePort.FileFormat;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.fixtures.Subjects;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A district centre's month: 200,000 rows of which three are wrong; the clerk reads the error report, fixes those
 * three rows in the original file and sends it again — everything stored, nothing twice.
 */
class SubmissionFileRoundTripTest {

    private static final int ROWS = 200_000;
    private static final YearMonth JUNE = YearMonth.of(2023, 6);
    private static final Caller CLERK = Caller.provider("clerk-001", "SHSI");

    private final Application app = new Application(Clocks.on(2023, 6, 26), new SubmissionFiles(), new ErrorReports());

    @Test
    void a_file_of_200000_rows_with_three_wrong_stores_the_rest_reports_the_three_and_once_fixed_stores_them_once() {
        CollectSubmissionFileUseCase.Result first = send(file(false));

        assertThat(first.collected().added()).hasSize(ROWS - 3);
        assertThat(first.errors().rows().map(RejectedRow::number)).containsExactly(1_001, 100_001, 199_999);
        assertThat(first.errors().rows().map(row -> row.rejections().head().code()))
                .containsExactly("CELL_DATE", "DOCUMENT_NUMBER_REQUIRED", "USCC_CHECK_CHARACTER");
        String report = report(first);
        assertThat(report.lines()).hasSize(4);
        assertThat(report).contains("1001,失信行为日期,CELL_DATE", "100001,文书编号,DOCUMENT_NUMBER_REQUIRED",
                "199999,统一社会信用代码,USCC_CHECK_CHARACTER");

        CollectSubmissionFileUseCase.Result again = send(file(true));

        assertThat(again.errors().rows()).isEmpty();
        assertThat(again.collected().added()).hasSize(3);
        assertThat(again.collected().unchanged()).hasSize(ROWS - 3);
        assertThat(first.collected().added().appendAll(again.collected().added()).distinct()).hasSize(ROWS);
    }

    private CollectSubmissionFileUseCase.Result send(byte[] file) {
        return app.sicredit.collectSubmissionFile().collect(new CollectSubmissionFileUseCase.Command(CLERK, "SHSI",
                JUNE, FileFormat.DETECT, new ByteArrayInputStream(file))).get();
    }

    private String report(CollectSubmissionFileUseCase.Result result) {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        app.sicredit.writeErrorReport().write(new WriteErrorReportUseCase.Command(result.errors(), ReportFormat.CSV,
                written)).get();
        return written.toString(StandardCharsets.UTF_8).substring(1);
    }

    /** Row n (2 … 200,001) names organisation n; three rows are wrong unless {@code fixed}. */
    private static byte[] file(boolean fixed) {
        StringBuilder text = new StringBuilder(TestFiles.HEADER).append("\r\n");
        for (int n = 2; n <= ROWS + 1; n++) {
            String code = Subjects.creditCode(n);
            String date = "2023-05-31";
            String document = "沪人社监罚〔2023〕第" + n + "号";
            if (!fixed && n == 1_001) {
                date = "2023-02-30";
            } else if (!fixed && n == 100_001) {
                document = "";
            } else if (!fixed && n == 199_999) {
                code = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
            }
            text.append(TestFiles.row(code, document, date)).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

}
