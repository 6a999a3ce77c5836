package org.sicredit.application.service;

import org.junit.jupiter.api.Test;
import org.sicredit.application.access.Caller;
import org.sicredit.application.fixtures.Application;
import org.sicredit.application.port.in.CollectSubmissionUseCase.Command;
import org.sicredit.application.port.in.CollectSubmissionUseCase.RejectedRow;
import org.sicredit.application.port.in.CollectSubmissionUseCase.Result;
import org.sicredit.application.port.in.CollectSubmissionUseCase.Row;
import org.sicredit.application.port.out.AuditLogPort;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.fixtures.RecordFixture;
import org.sicredit.domain.policy.Scheme;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.RecordState;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.subject.SubjectDraft;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

class CollectSubmissionTest {

    private static final YearMonth APRIL = YearMonth.of(2019, 4);
    private static final Caller CLERK = Caller.provider("clerk-001", "SHSI");

    private final Application app = new Application(Clocks.on(2019, 4, 25));

    @Test
    void stores_every_valid_row_as_a_record_submitted_for_the_month() {
        Result result = collect(CLERK, "SHSI", APRIL, row(1, aRecord()), row(2, aRecord().documentNumber("D-2")))
                .get();

        assertThat(result.added()).hasSize(2);
        assertThat(result.rejected()).isEmpty();
        DishonestyRecord stored = app.records.findById(result.added().head()).get();
        assertThat(stored.state()).isEqualTo(new RecordState.Submitted(APRIL));
        assertThat(stored.collectedOn()).isEqualTo(LocalDate.of(2019, 4, 25));
        assertThat(app.submissions.submissionsFor(APRIL).map(s -> s.providerCode() + " " + s.added()))
                .containsExactly("SHSI 2");
    }

    @Test
    void a_medical_insurance_record_follows_the_same_rules_and_writes_the_audit_trail() {
        Result result = collect(CLERK, "SHSI", APRIL, row(1, aRecord().scheme(Scheme.MEDICAL_INSURANCE))).get();

        assertThat(app.records.findById(result.added().single()).get().content().scheme())
                .isEqualTo(Scheme.MEDICAL_INSURANCE);
        assertThat(app.audit.entriesByActor("clerk-001").single()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditLogPort.Action.SUBMISSION_COLLECTED);
            assertThat(entry.purpose()).isEqualTo("SHSI 2019-04：新增1，未变0，更正0，拒绝0");
        });
    }

    @Test
    void returns_a_row_with_ten_errors_with_its_number_and_every_error_and_stores_the_others() {
        RecordFixture broken = aRecord()
                .of(SubjectDraft.organisation("", "9131000013221158XD", "", "110105194912310021"))
                .cause("").documentNumber("").amount(new BigDecimal("-1.001")).scheme(null);

        Result result = collect(CLERK, "SHSI", APRIL, row(1, aRecord()), row(7, broken)).get();

        assertThat(result.added()).hasSize(1);
        assertThat(result.rejected()).hasSize(1);
        assertThat(result.rejected().head().number()).isEqualTo(7);
        assertThat(result.rejected().head().rejections().map(Rejection::code)).containsExactly(
                "NAME_REQUIRED", "USCC_CHECK_CHARACTER", "NAME_REQUIRED", "ID_CHECK_CHARACTER", "CAUSE_REQUIRED",
                "DOCUMENT_NUMBER_REQUIRED", "SCHEME_REQUIRED", "AMOUNT_NOT_POSITIVE", "AMOUNT_SCALE");
        assertThat(result.rejected().head().rejections().map(Rejection::toString).mkString())
                .doesNotContain("110105194912310021");
    }

    @Test
    void submitting_the_same_rows_again_changes_nothing() {
        collect(CLERK, "SHSI", APRIL, row(1, aRecord())).get();
        DishonestyRecord before = app.records.findBySubject(
                org.sicredit.domain.subject.UnifiedSocialCreditCode.parse("9131000013221158XC").get()).head();

        Result again = collect(CLERK, "SHSI", APRIL, row(1, aRecord())).get();

        assertThat(again.added()).isEmpty();
        assertThat(again.unchanged()).containsExactly(before.id());
        DishonestyRecord after = app.records.findById(before.id()).get();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.history()).isEqualTo(before.history());
    }

    @Test
    void a_later_submission_corrects_a_row_not_yet_reported_and_keeps_the_old_version_in_the_history() {
        collect(CLERK, "SHSI", APRIL, row(1, aRecord())).get();

        Result may = collect(CLERK, "SHSI", YearMonth.of(2019, 4), row(1, aRecord().amount(new BigDecimal("60000.00"))),
                row(2, aRecord().documentNumber("D-NEW"))).get();

        assertThat(may.corrected()).hasSize(1);
        assertThat(may.added()).hasSize(1);
        DishonestyRecord corrected = app.records.findById(may.corrected().head()).get();
        assertThat(corrected.content().amount()).contains(new BigDecimal("60000.00"));
        assertThat(corrected.history().map(e -> e.getClass().getSimpleName()))
                .containsExactly("RecordCollected", "RecordSubmitted", "RecordCorrected", "RecordSubmitted");
    }

    @Test
    void two_different_rows_with_the_same_key_in_one_submission_are_refused_the_second_time() {
        Result result = collect(CLERK, "SHSI", APRIL, row(1, aRecord()),
                row(2, aRecord().amount(new BigDecimal("1.00"))), row(3, aRecord())).get();

        assertThat(result.added()).hasSize(1);
        assertThat(result.rejected().map(r -> r.number() + " " + r.rejections().head().code()))
                .containsExactly("2 DUPLICATE_ROW_IN_SUBMISSION");
    }

    @Test
    void a_submission_of_several_chunks_asks_for_its_subjects_once_per_chunk_and_still_sees_a_repeat_across_chunks() {
        java.util.List<Row> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= 2_500; i++) {
            rows.add(row(i, aRecord().documentNumber("D-" + i)));
        }
        rows.add(row(2_501, aRecord().documentNumber("D-5").amount(new BigDecimal("1.00"))));
        rows.add(row(2_502, aRecord().documentNumber("D-6")));
        int questionsBefore = app.records.subjectQuestions();

        Result result = app.sicredit.collectSubmission().collect(new Command(CLERK, "SHSI", APRIL, rows)).get();

        assertThat(app.records.subjectQuestions() - questionsBefore).isEqualTo(2);
        assertThat(result.added()).hasSize(2_500);
        assertThat(result.rejected().map(r -> r.number() + " " + r.rejections().head().code()))
                .containsExactly("2501 DUPLICATE_ROW_IN_SUBMISSION");
        assertThat(app.records.size()).isEqualTo(2_500);
    }

    @Test
    void reads_the_rows_once_and_stores_each_chunk_before_reading_the_next() {
        java.util.List<Integer> storedWhenRead = new java.util.ArrayList<>();
        Iterable<Row> once = new Iterable<>() {
            private boolean read;

            @Override
            public java.util.Iterator<Row> iterator() {
                assertThat(read).as("the rows are read only once").isFalse();
                read = true;
                return java.util.stream.IntStream.rangeClosed(1, 4_001).mapToObj(i -> {
                    storedWhenRead.add(app.records.size());
                    return row(i, aRecord().documentNumber("D-" + i));
                }).iterator();
            }
        };

        Result result = app.sicredit.collectSubmission().collect(new Command(CLERK, "SHSI", APRIL, once)).get();

        assertThat(result.added()).hasSize(4_001);
        assertThat(storedWhenRead.get(1_999)).isZero();
        assertThat(storedWhenRead.get(2_000)).isEqualTo(2_000);
        assertThat(storedWhenRead.get(4_000)).isEqualTo(4_000);
    }

    @Test
    void a_bad_row_late_in_the_file_rejects_the_submission_and_leaves_nothing_of_the_chunks_already_stored() {
        java.util.List<Row> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= 2_100; i++) {
            rows.add(row(i, aRecord().documentNumber("D-" + i)));
        }
        rows.add(null);

        Rejection rejection = app.sicredit.collectSubmission().collect(new Command(CLERK, "SHSI", APRIL, rows))
                .getLeft();

        assertThat(rejection.code()).isEqualTo("COMMAND_REQUIRED");
        assertThat(rejection.field()).isEqualTo("rows[2100]");
        assertThat(app.records.size()).isZero();
        assertThat(app.submissions.submissionsFor(APRIL)).isEmpty();
    }

    @Test
    void a_provider_may_not_submit_another_providers_records_and_nothing_is_stored() {
        Rejection rejection = collect(Caller.provider("clerk-9", "SHLS"), "SHSI", APRIL, row(1, aRecord())).getLeft();

        assertThat(rejection.code()).isEqualTo("PROVIDER_SCOPE");
        assertThat(rejection.legalBasis()).contains("沪人社规〔2018〕30号 第四条");
        assertThat(app.submissions.submissionsFor(APRIL)).isEmpty();
        assertThat(collect(Caller.bureau("officer"), "SHSI", APRIL, row(1, aRecord())).getLeft().code())
                .as("the Bureau is not a provider").isEqualTo("ROLE_NOT_ALLOWED");
    }

    @Test
    void rejects_an_unknown_provider_an_empty_submission_a_missing_period_and_a_month_to_come() {
        assertThat(collect(CLERK, "NOPE", APRIL, row(1, aRecord())).getLeft().code()).isEqualTo("PROVIDER_UNKNOWN");
        assertThat(collect(CLERK, "SHSI", APRIL).getLeft()).satisfies(r -> {
            assertThat(r.code()).isEqualTo("COMMAND_REQUIRED");
            assertThat(r.field()).isEqualTo("rows");
        });
        assertThat(collect(CLERK, "SHSI", null, row(1, aRecord())).getLeft().field()).isEqualTo("period");
        assertThat(collect(CLERK, "SHSI", YearMonth.of(2019, 5), row(1, aRecord())).getLeft().code())
                .isEqualTo("SUBMISSION_PERIOD_IN_FUTURE");
        assertThat(app.sicredit.collectSubmission().collect(null).getLeft().code()).isEqualTo("COMMAND_REQUIRED");
    }

    @Test
    void a_period_of_year_minus_one_or_0001_or_before_the_regulations_is_rejected_and_nothing_is_stored() {
        assertThat(collect(CLERK, "SHSI", YearMonth.of(-1, 12), row(1, aRecord())).getLeft())
                .satisfies(r -> {
                    assertThat(r.code()).isEqualTo("DATE_OUT_OF_RANGE");
                    assertThat(r.field()).isEqualTo("period");
                    assertThat(r.kind()).isEqualTo(org.sicredit.domain.rejection.RejectionKind.INVALID);
                });
        assertThat(collect(CLERK, "SHSI", YearMonth.of(1, 1), row(1, aRecord())).getLeft().code())
                .isEqualTo("DATE_OUT_OF_RANGE");
        assertThat(collect(CLERK, "SHSI", YearMonth.of(2017, 9), row(1, aRecord())).getLeft().code())
                .isEqualTo("PERIOD_BEFORE_REGULATIONS");
        assertThat(app.records.findBySubject(aRecord().build().content().subject().identifier())).isEmpty();
        assertThat(app.submissions.submissionsFor(YearMonth.of(-1, 12))).isEmpty();
        assertThat(collect(CLERK, "SHSI", YearMonth.of(2017, 10), row(1, aRecord())).isRight())
                .as("the Regulations' first month is a period").isTrue();
    }

    @Test
    void a_row_whose_act_date_is_year_0001_is_rejected_under_its_row_number() {
        Result result = collect(CLERK, "SHSI", APRIL, row(1, aRecord().actDate(java.time.LocalDate.of(1, 1, 1))),
                row(2, aRecord().documentNumber("OK-2"))).get();

        assertThat(result.added()).hasSize(1);
        assertThat(result.rejected().single().number()).isEqualTo(1);
        assertThat(result.rejected().single().rejections().map(Rejection::code)).contains("DATE_OUT_OF_RANGE");
    }

    @Test
    void rejects_a_row_without_a_draft_or_with_a_number_below_one() {
        Rejection noDraft = app.sicredit.collectSubmission()
                .collect(new Command(CLERK, "SHSI", APRIL, List.of(new Row(1, null)))).getLeft();
        Rejection badNumber = collect(CLERK, "SHSI", APRIL, row(0, aRecord())).getLeft();

        assertThat(noDraft.field()).isEqualTo("rows[0].draft");
        assertThat(noDraft.code()).isEqualTo("COMMAND_REQUIRED");
        assertThat(badNumber.code()).isEqualTo("COMMAND_INVALID");
        assertThat(badNumber.field()).isEqualTo("rows[0].number");
        Rejection both = app.sicredit.collectSubmission().collect(new Command(CLERK, "SHSI", APRIL, List.of(
                new Row(1, aRecord().draft(), io.vavr.collection.List.of(Rejection.of("X", "amount", "abc", "x", "x"))))))
                .getLeft();
        assertThat(both.field()).isEqualTo("rows[0].draft");
        Rejection nullReason = app.sicredit.collectSubmission().collect(new Command(CLERK, "SHSI", APRIL, List.of(
                Row.unreadable(1, io.vavr.collection.List.of((Rejection) null))))).getLeft();
        assertThat(nullReason.field()).startsWith("rows[0].unreadable");
    }

    @Test
    void a_row_whose_cells_could_not_be_read_is_rejected_under_its_number_and_the_others_are_stored() {
        Rejection badDate = Rejection.of("CELL_DATE", "actDate", "2024-13-01", "失信行为日期不是有效日期",
                "The act date is not a date");
        Rejection badAmount = Rejection.of("CELL_NUMBER", "amount", "abc", "金额不是数字", "The amount is not a number");

        Result result = app.sicredit.collectSubmission().collect(new Command(CLERK, "SHSI", APRIL, List.of(
                row(1, aRecord()), Row.unreadable(2, io.vavr.collection.List.of(badDate, badAmount)),
                row(3, aRecord().documentNumber("D-3"))))).get();

        assertThat(result.added()).hasSize(2);
        assertThat(result.rejected()).containsExactly(new RejectedRow(2, io.vavr.collection.List.of(badDate,
                badAmount)));
        assertThat(app.records.findById(result.added().head()).isDefined()).isTrue();
    }

    @Test
    void a_reported_record_is_corrected_only_through_an_objection() {
        Result first = collect(CLERK, "SHSI", APRIL, row(1, aRecord())).get();
        DishonestyRecord stored = app.records.findById(first.added().head()).get();
        DishonestyRecord reported = stored.report(RecordFixture.BUREAU_OFFICER, Clocks.on(2019, 4, 25)).get().record();
        app.records.saveAll(io.vavr.collection.List.of(
                new org.sicredit.application.port.out.RecordStorePort.Save(reported, stored.version()))).get();

        Result later = collect(CLERK, "SHSI", APRIL, row(1, aRecord().amount(new BigDecimal("1.00")))).get();

        assertThat(later.rejected().head().rejections().map(Rejection::code)).containsExactly("RECORD_ALREADY_REPORTED");
        assertThat(app.records.findById(stored.id()).get().content().amount()).contains(new BigDecimal("52000.00"));
    }

    private io.vavr.control.Either<Rejection, Result> collect(Caller caller, String provider, YearMonth period,
                                                              Row... rows) {
        return app.sicredit.collectSubmission().collect(new Command(caller, provider, period, List.of(rows)));
    }

    private static Row row(int number, RecordFixture fixture) {
        return new Row(number, fixture.draft());
    }

}
