package org.sicredit.adapters.file.in;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.sicredit.application.port.out.SubmissionFilePort.FileFormat;
import org.sicredit.application.port.out.SubmissionFilePort.FileRow;
import org.sicredit.domain.rejection.Rejection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readers take whatever a provider sends: for any bytes, the only answers are rows (each a draft or that row's
 * rejections) or one refusal — never an exception, a hang or unbounded memory. Run as ordinary tests, these replay the
 * regression corpus under {@code SubmissionReadersFuzzTestInputs}; {@code adapters-file/fuzz} fuzzes them.
 */
class SubmissionReadersFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void any_bytes_read_as_csv_are_rows_or_one_refusal(byte[] bytes) {
        answered(bytes, FileFormat.CSV);
    }

    @FuzzTest(maxDuration = "5m")
    void any_bytes_read_as_a_workbook_are_rows_or_one_refusal(byte[] bytes) {
        answered(bytes, FileFormat.XLSX);
    }

    @FuzzTest(maxDuration = "5m")
    void any_bytes_whose_format_is_detected_are_rows_or_one_refusal(byte[] bytes) {
        answered(bytes, FileFormat.DETECT);
    }

    private static void answered(byte[] bytes, FileFormat format) {
        Either<Rejection, List<FileRow>> answer = Reading.all(bytes, format);
        if (answer.isLeft()) {
            assertThat(answer.getLeft().code()).matches("FILE_[A-Z_]+|CELL_[A-Z_]+");
            return;
        }
        for (FileRow row : answer.get()) {
            assertThat(row.number()).isPositive();
            assertThat(row.draft() != null || !row.unreadable().isEmpty()).as("a draft or its rejections").isTrue();
        }
    }
}
