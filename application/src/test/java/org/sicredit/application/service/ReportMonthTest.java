package org.sicredit.application.service;

import org.junit.jupiter.api.Test;
import org.sicredit.application.access.Caller;
import org.sicredit.application.fixtures.Application;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.in.ReportMonthUseCase.Command;
import org.sicredit.application.port.in.ReportMonthUseCase.Result;
import org.sicredit.application.port.out.PlatformGatewayPort.ReportLine;
import org.sicredit.domain.fixtures.Clocks;
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

    private final Application app = new Application(Clocks.on(2019, 4, 30));

    @Test
    void reports_the_submitted_records_with_the_fields_of_article_7_and_marks_them_reported() {
        submit("SHSI", aRecord());
        submit("SHLS", aRecord().ofAnIndividual().fraudOf("15000.00").documentNumber("沪劳监〔2019〕7号"));

        Result result = report(OFFICER, APRIL).get();

        assertThat(result.reported()).hasSize(2);
        assertThat(result.receipt().get().lines()).isEqualTo(2);
        assertThat(result.reported().map(id -> app.records.findById(id).get().state()).distinct())
                .containsExactly(new RecordState.Reported(APRIL));
        assertThat(result.reported().map(id -> app.records.findById(id).get().reportedOn()).distinct())
                .containsExactly(io.vavr.control.Option.some(LocalDate.of(2019, 4, 30)));
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
    void names_the_providers_that_have_not_submitted_for_the_month() {
        submit("SHSI", aRecord());

        Result result = report(OFFICER, APRIL).get();

        assertThat(result.providersNotSubmitted()).hasSize(34).doesNotContain("SHSI").contains("SHLS", "EP-310115");
    }

    @Test
    void sending_the_same_report_twice_does_not_duplicate_it_on_the_platform() {
        submit("SHSI", aRecord());
        String key = ReportMonthService.idempotencyKey(APRIL, app.records.claimSubmittedFor(APRIL));
        app.platform.submit(new org.sicredit.application.port.out.PlatformGatewayPort.PlatformReport(key, APRIL,
                io.vavr.collection.List.empty()));

        Result result = report(OFFICER, APRIL).get();

        assertThat(result.idempotencyKey()).isEqualTo(key);
        assertThat(app.platform.storedReports()).hasSize(1);
        assertThat(report(OFFICER, APRIL).get().reported()).as("nothing left to report").isEmpty();
        assertThat(app.platform.storedReports()).hasSize(1);
    }

    @Test
    void marks_nothing_reported_when_the_platform_does_not_acknowledge() {
        submit("SHSI", aRecord());
        app.platform.refuseNext();

        Rejection refused = report(OFFICER, APRIL).getLeft();

        assertThat(refused.code()).isEqualTo("PLATFORM_UNAVAILABLE");
        assertThat(app.records.claimSubmittedFor(APRIL)).hasSize(1);
        assertThat(report(OFFICER, APRIL).get().reported()).as("the retry reports it").hasSize(1);
    }

    @Test
    void only_the_bureau_reports_and_only_a_month_that_has_begun() {
        assertThat(report(Caller.provider("clerk", "SHSI"), APRIL).getLeft().code()).isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(report(OFFICER, YearMonth.of(2019, 5)).getLeft().code()).isEqualTo("REPORT_PERIOD_IN_FUTURE");
        assertThat(report(OFFICER, null).getLeft().code()).isEqualTo("COMMAND_REQUIRED");
    }

    @Test
    void an_empty_month_is_reported_as_empty_without_calling_the_platform() {
        Result result = report(OFFICER, APRIL).get();

        assertThat(result.receipt()).isEmpty();
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
