package org.sicredit.application.port.in;

import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.out.ErrorReportPort.SubmissionErrorReport;
import org.sicredit.application.port.out.SubmissionFilePort.FileFormat;
import org.sicredit.domain.rejection.Rejection;

import java.io.InputStream;
import java.time.YearMonth;

/**
 * A provider's monthly submission handed over as a file (沪人社规〔2018〕30号 第七条第一款): a spreadsheet, or the CSV
 * exported from one, in the published layout. The file is read a chunk at a time into {@link CollectSubmissionUseCase},
 * so what holds there holds here — every row stored or rejected with its reasons, accepted rows stored all together or
 * not at all, the same rows sent twice stored once — and a file of any size is read in bounded memory. A file that is
 * not a submission, or turns out broken partway, is refused with one rejection and stores nothing. The answer carries
 * the error report: every rejected row and each reason, with its cells for the first 10,000 rejected rows.
 */
public interface CollectSubmissionFileUseCase {

    Either<Rejection, Result> collect(Command command);

    /** {@code content} is read once and closed. */
    record Command(@NotNull @Valid Caller caller, @NotBlank @Size(max = 16) String providerCode,
                   @NotNull YearMonth period, @NotNull FileFormat format, @NotNull InputStream content) {
    }

    record Result(CollectSubmissionUseCase.Result collected, SubmissionErrorReport errors) {
    }
}
