package org.sicredit.application.service;

import org.junit.jupiter.api.Test;
import org.sicredit.application.access.Caller;
import org.sicredit.application.fixtures.Application;
import org.sicredit.application.fixtures.MutableClock;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.in.ReportMonthUseCase.Command;
import org.sicredit.application.port.in.ReportMonthUseCase.Result;
import org.sicredit.application.port.out.PlatformGatewayPort.ReportLine;
import org.sicredit.domain.record.RecordState;
import org.sicredit.domain.rejection.Rejection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

class ReportMonthTest {

    private static final YearMonth APRIL = YearMonth.of(2019, 4);
    private static final Caller OFFICER = Caller.bureau("officer-001");

    private final MutableClock clock = new MutableClock(LocalDate.of(2019, 4, 30));
    private final Application app = new Application(clock);

    @Test
    void queues_the_submitted_records_and_marks_them_reported_only_when_the_relay_delivered_the_report() {
        submit("SHSI", aRecord());
        submit("SHLS", aRecord().ofAnIndividual().fraudOf("15000.00").documentNumber("沪劳监〔2019〕7号"));

        Result result = report(OFFICER, APRIL).get();

        assertThat(result.queued()).hasSize(2);
        assertThat(result.message().isDefined()).isTrue();
        assertThat(app.platform.storedReports()).as("nothing sent inside the report's transaction").isEmpty();
        assertThat(app.records.claimSubmittedFor(APRIL)).as("not reported before the Platform acknowledged").hasSize(2);

        assertThat(app.relay().delivered()).containsExactly(result.message().get());

        assertThat(result.queued().map(id -> app.records.findById(id).get().state()).distinct())
                .containsExactly(new RecordState.Reported(APRIL));
        assertThat(result.queued().map(id -> app.records.findById(id).get().reportedOn()).distinct())
                .containsExactly(io.vavr.control.Option.some(LocalDate.of(2019, 4, 30)));
        assertThat(app.platform.storedReports().head()._1).isEqualTo(result.idempotencyKey());
        ReportLine organisation = app.platform.storedReports().head()._2.lines()
                .find(line -> line.providerCode().equals("SHSI")).get();
        assertThat(organisation).isEqualTo(new ReportLine(organisation.recordId(),
                "未按时足额缴纳社会保险费，被依法作出行政处罚决定", "2019-03-15", "沪人社监罚〔2019〕第0315号",
                "上海示例贸易有限公司", "9131000013221158XC", "张三", "11010519491231002X", 1, "ORDINARY", "SHSI", ""));
        ReportLine person = app.platform.storedReports().head()._2.lines()
                .find(line -> line.providerCode().equals("SHLS")).get();
        assertThat(person.subjectIdentifier()).isEqualTo("440524188001010014");
        assertThat(person.legalRepresentativeName()).isNull();
        assertThat(person.severity()).isEqualTo("SERIOUS");
    }

    @Test
    void a_month_reported_twice_before_the_relay_ran_is_queued_once() {
        submit("SHSI", aRecord());

        Result first = report(OFFICER, APRIL).get();
        Result second = report(OFFICER, APRIL).get();

        assertThat(second.message()).as("already queued at the same version").isEmpty();
        assertThat(second.queued()).isEmpty();
        assertThat(app.outbox.undelivered()).hasSize(1);
        assertThat(app.relay().delivered()).containsExactly(first.message().get());
        assertThat(app.platform.storedReports()).hasSize(1);
    }

    @Test
    void a_record_corrected_after_it_was_queued_is_left_out_and_reported_with_its_new_content_next_time() {
        submit("SHSI", aRecord());
        submit("SHLS", aRecord().ofAnIndividual().fraudOf("15000.00").documentNumber("沪劳监〔2019〕7号"));
        report(OFFICER, APRIL).get();
        submit("SHSI", aRecord().cause("未按时足额缴纳社会保险费（更正）"));

        app.relay();

        assertThat(app.platform.storedReports().head()._2.lines().map(ReportLine::providerCode))
                .containsExactly("SHLS");
        Result next = report(OFFICER, APRIL).get();
        assertThat(next.queued()).hasSize(1);
        app.relay();
        assertThat(app.platform.storedReports()).hasSize(2);
        assertThat(app.platform.storedReports().last()._2.lines().head().cause())
                .isEqualTo("未按时足额缴纳社会保险费（更正）");
        assertThat(app.records.claimSubmittedFor(APRIL)).isEmpty();
    }

    @Test
    void names_the_providers_that_have_not_submitted_for_the_month() {
        submit("SHSI", aRecord());

        Result result = report(OFFICER, APRIL).get();

        assertThat(result.providersNotSubmitted()).hasSize(34).doesNotContain("SHSI").contains("SHLS", "EP-310115");
    }

    @Test
    void a_report_the_platform_already_holds_is_acknowledged_with_its_first_receipt_and_not_stored_twice() {
        submit("SHSI", aRecord());
        String key = ReportMonthService.idempotencyKey(APRIL, app.records.claimSubmittedFor(APRIL));
        app.platform.submit(new org.sicredit.application.port.out.PlatformGatewayPort.PlatformReport(key, APRIL,
                io.vavr.collection.List.empty()));

        Result result = report(OFFICER, APRIL).get();
        app.relay();

        assertThat(result.idempotencyKey()).isEqualTo(key);
        assertThat(app.platform.storedReports()).hasSize(1);
        assertThat(app.outbox.findById(result.message().get()).get().reference()).contains("PF-1");
        assertThat(report(OFFICER, APRIL).get().queued()).as("nothing left to report").isEmpty();
        assertThat(app.platform.storedReports()).hasSize(1);
    }

    @Test
    void marks_nothing_reported_while_the_platform_does_not_acknowledge_and_the_relay_tries_again_later() {
        submit("SHSI", aRecord());
        Result result = report(OFFICER, APRIL).get();
        app.platform.refuseNext();

        assertThat(app.relay().retrying()).containsExactly(result.message().get());

        assertThat(app.records.claimSubmittedFor(APRIL)).hasSize(1);
        assertThat(app.outbox.findById(result.message().get()).get().lastError().get())
                .startsWith("PLATFORM_UNAVAILABLE");
        clock.setDay(LocalDate.of(2019, 5, 1));
        assertThat(app.relay().delivered()).as("the retry reports it").containsExactly(result.message().get());
        assertThat(app.records.claimSubmittedFor(APRIL)).isEmpty();
    }

    @Test
    void only_the_bureau_reports_and_only_a_month_that_has_begun() {
        assertThat(report(Caller.provider("clerk", "SHSI"), APRIL).getLeft().code()).isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(report(OFFICER, YearMonth.of(2019, 5)).getLeft().code()).isEqualTo("REPORT_PERIOD_IN_FUTURE");
        assertThat(report(OFFICER, null).getLeft().code()).isEqualTo("COMMAND_REQUIRED");
        assertThat(report(OFFICER, YearMonth.of(-1, 12)).getLeft().code()).isEqualTo("DATE_OUT_OF_RANGE");
        assertThat(report(OFFICER, YearMonth.of(2017, 9)).getLeft().code()).isEqualTo("PERIOD_BEFORE_REGULATIONS");
    }

    @Test
    void an_empty_month_is_reported_as_empty_without_calling_the_platform() {
        Result result = report(OFFICER, APRIL).get();

        assertThat(result.message()).isEmpty();
        assertThat(result.providersNotSubmitted()).hasSize(35);
        assertThat(app.platform.storedReports()).isEmpty();
    }

    private io.vavr.control.Either<Rejection, Result> report(Caller caller, YearMonth period) {
        return app.sicredit.reportMonth().report(new Command(caller, period));
    }

    private void submit(String provider, org.sicredit.domain.fixtures.RecordFixture fixture) {
        app.sicredit.collectSubmission().collect(new CollectSubmissionUseCase.Command(
                Caller.provider("clerk-" + provider, provider), provider, APRIL,
                List.of(new CollectSubmissionUseCase.Row(1, fixture.draft())))).get();
    }
}
