package org.sicredit.application.port.in;

import io.vavr.control.Either;
import jakarta.validation.constraints.NotNull;
import org.sicredit.application.port.out.ErrorReportPort.ReportFormat;
import org.sicredit.application.port.out.ErrorReportPort.SubmissionErrorReport;
import org.sicredit.domain.rejection.Rejection;

import java.io.OutputStream;

/**
 * Writes a submission's error report (from {@link CollectSubmissionFileUseCase}) as CSV or XLSX for the clerk who sent
 * the file; answers the number of rejected rows written. {@code target} is not closed.
 */
public interface WriteErrorReportUseCase {

    Either<Rejection, Integer> write(Command command);

    record Command(@NotNull SubmissionErrorReport report, @NotNull ReportFormat format, @NotNull OutputStream target) {
    }
}
