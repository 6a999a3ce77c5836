package org.sicredit.application.service;

import org.junit.jupiter.api.Test;
import org.sicredit.application.access.Caller;
import org.sicredit.application.fixtures.Application;
import org.sicredit.application.fixtures.MutableClock;
import org.sicredit.application.port.in.AddLaterFactsUseCase;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.in.ExpireRecordsUseCase;
import org.sicredit.application.port.in.LookUpSubjectUseCase;
import org.sicredit.application.port.in.ReportMonthUseCase;
import org.sicredit.application.port.in.RevokeRecordUseCase;
import org.sicredit.application.port.out.AuditLogPort;
import org.sicredit.application.port.out.PlatformGatewayPort;
import org.sicredit.domain.fixtures.RecordFixture;
import org.sicredit.domain.policy.Severity;
import org.sicredit.domain.record.RecordEvent;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.record.RecordState;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

class RecordMaintenanceTest {

    private static final Caller BUREAU = Caller.bureau("officer-001");
    private static final Caller OWNER = Caller.provider("clerk-001", "SHSI");

    private final MutableClock clock = new MutableClock(LocalDate.of(2019, 4, 30));
    private final Application app = new Application(clock);

    @Test
    void a_revoked_record_stops_sanctioning_at_once_and_the_platform_is_told_to_delete_it_in_three_working_days() {
        RecordId id = reported(aRecord());
        clock.setDay(LocalDate.of(2021, 9, 30));

        RevokeRecordUseCase.Result result = app.sicredit.revokeRecord().revoke(
                new RevokeRecordUseCase.Command(BUREAU, id, "行政处罚决定经复议撤销")).get();

        assertThat(result.deleteBy()).isEqualTo(LocalDate.of(2021, 10, 11));
        assertThat(app.platform.revocations()).as("told after commit, by the relay").isEmpty();
        app.relay();
        assertThat(app.platform.revocations().get(id.toString()).get().deleteBy()).isEqualTo(LocalDate.of(2021, 10, 11));
        assertThat(app.records.findById(id).get().state()).isInstanceOf(RecordState.Revoked.class);
        assertThat(app.sicredit.lookUpSubject().lookUp(new LookUpSubjectUseCase.Query(BUREAU, "9131000013221158XC", LocalDate.of(2021, 9, 30), "复核")).get().activeRecords()).isEmpty();
    }

    @Test
    void only_the_bureau_or_the_owning_provider_revokes() {
        RecordId id = reported(aRecord());

        assertThat(app.sicredit.revokeRecord().revoke(new RevokeRecordUseCase.Command(
                Caller.provider("x", "SHLS"), id, "撤销")).getLeft().code()).isEqualTo("PROVIDER_SCOPE");
        assertThat(app.sicredit.revokeRecord().revoke(new RevokeRecordUseCase.Command(Caller.centre("c"), id, "撤销"))
                .getLeft().code()).isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(app.sicredit.revokeRecord().revoke(new RevokeRecordUseCase.Command(OWNER, id, "撤销")).isRight())
                .isTrue();
        assertThat(app.sicredit.revokeRecord().revoke(new RevokeRecordUseCase.Command(OWNER, id, "再次")).getLeft()
                .code()).isEqualTo("RECORD_ILLEGAL_TRANSITION");
    }

    @Test
    void the_sweep_expires_records_past_their_query_period_and_running_it_twice_changes_nothing() {
        RecordId ended = reported(aRecord().endedOn(LocalDate.of(2019, 3, 20)));
        RecordId ongoing = reported(aRecord().documentNumber("D-ONGOING"));
        clock.setDay(LocalDate.of(2024, 3, 21));

        ExpireRecordsUseCase.Result first = app.sicredit.expireRecords().expire(
                new ExpireRecordsUseCase.Command(Caller.system("expiry-sweep"))).get();
        ExpireRecordsUseCase.Result second = app.sicredit.expireRecords().expire(
                new ExpireRecordsUseCase.Command(Caller.system("expiry-sweep"))).get();

        assertThat(first.expired()).containsExactly(ended);
        assertThat(second.expired()).isEmpty();
        assertThat(app.records.findById(ended).get().state()).isEqualTo(new RecordState.Expired(LocalDate.of(2024, 3, 21)));
        assertThat(app.records.findById(ongoing).get().state()).isInstanceOf(RecordState.Reported.class);
    }

    @Test
    void the_sweep_works_in_claimed_batches_writes_one_audit_entry_and_is_run_only_by_a_system_job_or_the_bureau() {
        clock.setDay(LocalDate.of(2019, 4, 30));
        java.util.List<CollectSubmissionUseCase.Row> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= RecordMaintenanceService.SWEEP_BATCH + 3; i++) {
            rows.add(new CollectSubmissionUseCase.Row(i, aRecord().documentNumber("D-" + i)
                    .endedOn(LocalDate.of(2019, 3, 20)).draft()));
        }
        app.sicredit.collectSubmission().collect(new CollectSubmissionUseCase.Command(OWNER, "SHSI",
                YearMonth.of(2019, 4), rows)).get();
        clock.setDay(LocalDate.of(2024, 3, 21));

        assertThat(app.sicredit.expireRecords().expire(new ExpireRecordsUseCase.Command(OWNER)).getLeft().code())
                .isEqualTo("ROLE_NOT_ALLOWED");
        ExpireRecordsUseCase.Result result = app.sicredit.expireRecords().expire(
                new ExpireRecordsUseCase.Command(Caller.system("expiry-sweep"))).get();

        assertThat(result.expired()).hasSize(RecordMaintenanceService.SWEEP_BATCH + 3).doesNotHaveDuplicates();
        assertThat(app.audit.entriesByActor("expiry-sweep").single().purpose()).startsWith("超过查询期限：503条");
    }

    @Test
    void the_owning_provider_records_the_end_of_the_act_after_the_report_and_the_platform_and_the_trail_have_it() {
        RecordId id = reported(aRecord());
        clock.setDay(LocalDate.of(2021, 3, 1));

        AddLaterFactsUseCase.Result result = app.sicredit.addLaterFacts().add(new AddLaterFactsUseCase.Command(OWNER,
                id, LocalDate.of(2021, 2, 26), false, "补缴凭证 沪社保缴〔2021〕88号")).get();

        assertThat(result.lastDayOfQueryPeriod()).contains(LocalDate.of(2026, 2, 26));
        assertThat(app.records.findById(id).get().history().last()).isInstanceOf(RecordEvent.RecordFactsAdded.class);
        app.relay();
        PlatformGatewayPort.RecordUpdate told = app.platform.updates().get(id + "/v" + result.version()).get();
        assertThat(told.actEndedOn()).isEqualTo("2021-02-26");
        assertThat(told.severity()).isEqualTo("ORDINARY");
        assertThat(app.audit.entriesFor(id).last().action()).isEqualTo(AuditLogPort.Action.RECORD_FACTS_ADDED);
        assertThat(app.audit.entriesFor(id).last().purpose()).isEqualTo("补缴凭证 沪社保缴〔2021〕88号");
        clock.setDay(LocalDate.of(2026, 2, 27));
        assertThat(app.sicredit.expireRecords().expire(new ExpireRecordsUseCase.Command(Caller.system("sweep"))).get()
                .expired()).containsExactly(id);
    }

    @Test
    void a_later_public_notice_makes_the_record_serious_at_once_and_the_platform_is_told_when_it_is_back() {
        RecordId id = reported(aRecord());
        clock.setDay(LocalDate.of(2021, 3, 1));
        app.platform.refuseNext();

        AddLaterFactsUseCase.Result result = app.sicredit.addLaterFacts().add(new AddLaterFactsUseCase.Command(OWNER,
                id, null, true, "沪人社告〔2021〕3号")).get();

        assertThat(result.severity()).isEqualTo(Severity.SERIOUS);
        assertThat(result.seriousBasis()).containsExactly("沪人社规〔2018〕30号 第六条第（一）项");
        assertThat(app.records.findById(id).get().isSerious()).isTrue();
        assertThat(app.relay().retrying()).hasSize(1);
        assertThat(app.platform.updates()).isEmpty();
        clock.setDay(LocalDate.of(2021, 3, 2));
        assertThat(app.relay().delivered()).hasSize(1);
        assertThat(app.platform.updates().values().single().severity()).isEqualTo("SERIOUS");
    }

    @Test
    void only_the_owning_provider_adds_later_facts() {
        RecordId id = reported(aRecord());

        assertThat(app.sicredit.addLaterFacts().add(new AddLaterFactsUseCase.Command(BUREAU, id,
                LocalDate.of(2019, 4, 30), false, "e")).getLeft().code()).isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(app.sicredit.addLaterFacts().add(new AddLaterFactsUseCase.Command(Caller.provider("x", "SHLS"), id,
                LocalDate.of(2019, 4, 30), false, "e")).getLeft().code()).isEqualTo("RECORD_NOT_OWNING_PROVIDER");
        assertThat(app.sicredit.addLaterFacts().add(new AddLaterFactsUseCase.Command(OWNER, id,
                LocalDate.of(2019, 4, 30), false, " ")).getLeft().field()).isEqualTo("evidenceReference");
    }

    private RecordId reported(RecordFixture fixture) {
        YearMonth april = YearMonth.of(2019, 4);
        LocalDate day = LocalDate.ofInstant(clock.instant(), clock.getZone());
        clock.setDay(LocalDate.of(2019, 4, 30));
        RecordId id = app.sicredit.collectSubmission().collect(new CollectSubmissionUseCase.Command(OWNER, "SHSI",
                april, List.of(new CollectSubmissionUseCase.Row(1, fixture.draft())))).get().added().head();
        app.sicredit.reportMonth().report(new ReportMonthUseCase.Command(BUREAU, april)).get();
        app.relay();
        clock.setDay(day);
        return id;
    }
}
