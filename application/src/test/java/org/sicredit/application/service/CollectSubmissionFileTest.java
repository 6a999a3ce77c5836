package org.sicredit.application.service;

import io.vavr.collection.List;
import io.vavr.collection.Stream;
import org.junit.jupiter.api.Test;
import org.sicredit.application.Sicredit;
import org.sicredit.application.access.Caller;
import org.sicredit.application.fixtures.Application;
import org.sicredit.application.fixtures.InMemoryTransactions;
import org.sicredit.application.port.in.CollectSubmissionFileUseCase;
import org.sicredit.application.port.in.WriteErrorReportUseCase;
import org.sicredit.application.port.out.ErrorReportPort.ReportFormat;
import org.sicredit.application.port.out.ErrorReportPort.SubmissionErrorReport;
import org.sicredit.application.port.out.ErrorReportPort;
import org.sicredit.application.port.out.SubmissionFilePort.FileFormat;
import org.sicredit.application.port.out.SubmissionFilePort.FileRow;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.subject.SubjectDraft;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

class CollectSubmissionFileTest {

    private static final YearMonth APRIL = YearMonth.of(2019, 4);
    private static final Caller CLERK = Caller.provider("clerk-001", "SHSI");
    private static final String PERSON = "440524188001010014";

    private final Application app = new Application(Clocks.on(2019, 4, 25));

    @Test
    void a_files_rows_are_collected_and_the_rejected_ones_come_back_with_their_cells_masked_and_their_reasons() {
        app.files.rows(() -> Stream.rangeClosed(2, 2601).map(number -> number == 1500
                ? FileRow.unreadable(number, List.of("张三", PERSON, "D-" + number), List.of(Rejection.of("CELL_DATE",
                        "失信行为日期", "2019-13-01", "日期无法识别", "not a date")))
                : FileRow.read(number, List.of("张三", PERSON, "D-" + number), aRecord()
                        .of(SubjectDraft.individual("张三", PERSON)).category(4).amount(null)
                        .documentNumber(number == 2400 ? "" : "D-" + number).draft())).iterator());

        CollectSubmissionFileUseCase.Result result = collect().get();

        assertThat(result.collected().added()).hasSize(2598);
        assertThat(result.errors().rows().map(ErrorReportPort.RejectedRow::number)).containsExactly(1500, 2400);
        assertThat(result.errors().rows().head().rejections().single().code()).isEqualTo("CELL_DATE");
        assertThat(result.errors().rows().head().cells()).containsExactly("张三", "4405**********0014", "D-1500");
        assertThat(result.errors().columns()).isEqualTo(List.of("失信主体名称", "文书编号"));
        assertThat(app.files.closed()).isTrue();
    }

    @Test
    void every_rejected_row_is_reported_but_only_the_first_ten_thousand_with_their_cells() {
        app.files.rows(() -> Stream.rangeClosed(2, 10_003).map(number -> FileRow.unreadable(number,
                List.of("单位", "D-" + number), List.of(Rejection.of("CELL_DATE", "actDate", "x", "日期无法识别",
                        "not a date")))).iterator());

        CollectSubmissionFileUseCase.Result result = collect().get();

        assertThat(result.errors().rows()).hasSize(10_002);
        assertThat(result.errors().rows().get(9_999).cells()).containsExactly("单位", "D-10001");
        assertThat(result.errors().rows().get(10_000).cells()).isEmpty();
        assertThat(result.errors().rows().last().number()).isEqualTo(10_003);
    }

    @Test
    void a_file_refused_partway_stores_nothing_of_it_and_answers_the_one_refusal() {
        Rejection tooLong = Rejection.of("FILE_LINE_TOO_LONG", "row 4503", "", "行过长", "line too long");
        app.files.rows(() -> Stream.from(2).map(number -> FileRow.read(number, List.of("单位", "D-" + number),
                aRecord().documentNumber("D-" + number).draft())).iterator())
                .refuseAfter(4501, tooLong);

        assertThat(collect().getLeft()).isEqualTo(tooLong);
        assertThat(app.files.read()).isEqualTo(4501);
        assertThat(app.records.findBySubject(aRecord().build().content().subject().identifier())).isEmpty();
        assertThat(app.submissions.submissionsFor(APRIL)).isEmpty();
        assertThat(app.files.closed()).isTrue();
    }

    @Test
    void a_file_that_is_not_a_submission_is_refused_before_a_row_is_read() {
        Rejection notASubmission = Rejection.of("FILE_NOT_A_SUBMISSION", "file", "", "不是报送文件", "not a submission");
        app.files.refuseAtHeader(notASubmission);

        assertThat(collect().getLeft()).isEqualTo(notASubmission);
        assertThat(app.files.read()).isZero();
    }

    @Test
    void a_file_command_without_its_content_is_refused_by_field() {
        assertThat(app.sicredit.collectSubmissionFile().collect(new CollectSubmissionFileUseCase.Command(CLERK, "SHSI",
                APRIL, FileFormat.DETECT, null)).getLeft().field()).isEqualTo("content");
    }

    @Test
    void a_provider_may_not_send_another_providers_file() {
        app.files.rows(() -> List.of(FileRow.read(2, List.of("单位"), aRecord().draft())).iterator());

        assertThat(app.sicredit.collectSubmissionFile().collect(new CollectSubmissionFileUseCase.Command(
                Caller.provider("clerk-9", "SHEP"), "SHSI", APRIL, FileFormat.CSV, content())).getLeft().code())
                .isEqualTo("PROVIDER_SCOPE");
        assertThat(app.files.read()).isZero();
    }

    @Test
    void the_error_report_is_written_through_the_port_and_counts_its_rows() {
        SubmissionErrorReport report = new SubmissionErrorReport(List.of("文书编号"), List.of(
                new ErrorReportPort.RejectedRow(7, List.of("D-7"), List.of(Rejection.of("CELL_DATE", "失信行为日期",
                        "", "日期无法识别", "not a date")))));
        ByteArrayOutputStream written = new ByteArrayOutputStream();

        assertThat(app.sicredit.writeErrorReport().write(new WriteErrorReportUseCase.Command(report, ReportFormat.CSV,
                written)).get()).isEqualTo(1);
        assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo("CSV 7: CELL_DATE\n");
    }

    @Test
    void sicredit_built_without_a_file_reader_says_which_builder_call_is_missing() {
        Application plain = new Application(Clocks.on(2019, 4, 25));
        Sicredit withoutFiles = Sicredit.builder().recordStore(plain.records).submissionLog(plain.submissions)
                .auditLog(plain.audit).platformGateway(plain.platform).objectionStore(plain.objections)
                .repairStore(plain.repairs).recordStatistics(plain.records).providerNotifier(plain.notifier)
                .transactions(new InMemoryTransactions(plain.records, plain.objections, plain.repairs,
                        plain.submissions, plain.audit, plain.outbox))
                .outbox(plain.outbox).holidayData(() -> org.sicredit.domain.calendar.HolidayCn.schedules(2019, 2020))
                .clock(Clocks.on(2019, 4, 25)).build();

        assertThatThrownBy(withoutFiles::collectSubmissionFile).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("submissionFiles(SubmissionFilePort, ErrorReportPort)");
    }

    private io.vavr.control.Either<Rejection, CollectSubmissionFileUseCase.Result> collect() {
        return app.sicredit.collectSubmissionFile().collect(new CollectSubmissionFileUseCase.Command(CLERK, "SHSI",
                APRIL, FileFormat.DETECT, content()));
    }

    private static InputStream content() {
        return new ByteArrayInputStream("ignored by the fixture".getBytes(StandardCharsets.UTF_8));
    }
}
