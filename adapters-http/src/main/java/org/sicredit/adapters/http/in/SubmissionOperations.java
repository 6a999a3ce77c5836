package org.sicredit.adapters.http.in;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.application.Sicredit;
import org.sicredit.application.access.Permission;
import org.sicredit.application.port.in.CollectSubmissionFileUseCase;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.in.WriteErrorReportUseCase;
import org.sicredit.application.port.out.ErrorReportPort.ReportFormat;
import org.sicredit.application.port.out.SubmissionFilePort.FileFormat;
import org.sicredit.domain.rejection.Rejection;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;

/** A provider's monthly submission (沪人社规〔2018〕30号 第五条): as JSON rows, or as its CSV or XLSX file. */
final class SubmissionOperations {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private SubmissionOperations() {
    }

    static List<Operation> of(Sicredit sicredit) {
        return List.of(
                Operation.post("/submissions", "collectSubmission").tag("Submissions")
                        .summary("Collect a provider's monthly submission as JSON rows; every rejected row is listed")
                        .needs(Permission.COLLECT_SUBMISSION).body(Bodies.Submission.class)
                        .answers(200, Views.SubmissionResult.class)
                        .handle(exchange -> exchange.json(Bodies.Submission.class)
                                .flatMap(body -> collect(sicredit, exchange, body))),
                Operation.post("/submission-files", "collectSubmissionFile").tag("Submissions")
                        .summary("Collect a provider's monthly submission as its CSV (UTF-8, UTF-8 with BOM or GB18030) "
                                + "or XLSX file; with Accept text/csv or the XLSX type, answers the error report itself")
                        .needs(Permission.COLLECT_SUBMISSION)
                        .param(Operation.Param.query("providerCode", "string", true, "The provider's code"))
                        .param(Operation.Param.query("period", "string", true, "The month, YYYY-MM")
                                .pattern("^[0-9]{4}-[0-9]{2}$"))
                        .upload(CSV, XLSX).answers(200, Views.FileSubmissionResult.class).alsoAnswers(CSV, XLSX)
                        .handle(exchange -> collectFile(sicredit, exchange)));
    }

    private static Either<Rejection, Reply> collect(Sicredit sicredit, Exchange exchange, Bodies.Submission body) {
        return exchange.month("period", body.period()).flatMap(period -> {
            java.util.List<CollectSubmissionUseCase.Row> rows = new ArrayList<>();
            java.util.List<Bodies.SubmissionRow> given = body.rows() == null ? java.util.List.of() : body.rows();
            for (int i = 0; i < given.size(); i++) {
                rows.add(Drafts.row(i + 1, given.get(i)));
            }
            return sicredit.collectSubmission().collect(new CollectSubmissionUseCase.Command(exchange.caller(),
                    body.providerCode(), period, body.rows() == null ? null : rows));
        }).map(result -> Reply.ok(ViewMapping.submission(result, exchange.language())));
    }

    private static Either<Rejection, Reply> collectFile(Sicredit sicredit, Exchange exchange) {
        FileFormat format = XLSX.equals(contentType(exchange)) ? FileFormat.XLSX : FileFormat.CSV;
        return exchange.required("providerCode").flatMap(provider -> exchange.required("period")
                .flatMap(text -> exchange.month("period", text))
                .flatMap(period -> exchange.upload().flatMap(content -> {
                    try (content) {
                        return sicredit.collectSubmissionFile().collect(new CollectSubmissionFileUseCase.Command(
                                exchange.caller(), provider, period, format, content));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })))
                .flatMap(result -> answer(sicredit, exchange, result));
    }

    private static Either<Rejection, Reply> answer(Sicredit sicredit, Exchange exchange,
                                                   CollectSubmissionFileUseCase.Result result) {
        Option<String> report = exchange.accepts(CSV, XLSX);
        if (report.isEmpty()) {
            return Either.right(Reply.ok(new Views.FileSubmissionResult(ViewMapping.submission(result.collected(),
                    exchange.language()), result.errors().rows().size())));
        }
        boolean csv = report.get().equals(CSV);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return sicredit.writeErrorReport().write(new WriteErrorReportUseCase.Command(result.errors(),
                        csv ? ReportFormat.CSV : ReportFormat.XLSX, out))
                .map(rows -> Reply.file(report.get(), out.toByteArray(), "error-report-"
                        + result.collected().providerCode() + "-" + result.collected().period() + (csv ? ".csv"
                        : ".xlsx")));
    }

    private static String contentType(Exchange exchange) {
        String type = exchange.header("Content-Type");
        return type == null ? "" : type.split(";")[0].strip();
    }
}
