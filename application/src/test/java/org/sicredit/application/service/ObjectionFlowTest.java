package org.sicredit.application.service;

import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.sicredit.application.access.Caller;
import org.sicredit.application.fixtures.Application;
import org.sicredit.application.fixtures.MutableClock;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.in.DecideObjectionUseCase;
import org.sicredit.application.port.in.ForwardObjectionUseCase;
import org.sicredit.application.port.in.ListOpenObjectionsUseCase.OpenObjection;
import org.sicredit.application.port.in.ListOpenObjectionsUseCase;
import org.sicredit.application.port.in.LookUpSubjectUseCase;
import org.sicredit.application.port.in.MarkObjectionUseCase;
import org.sicredit.application.port.in.NotifyProviderUseCase;
import org.sicredit.application.port.in.ReceiveObjectionUseCase;
import org.sicredit.application.port.in.ReportMonthUseCase;
import org.sicredit.application.port.in.VerifyObjectionUseCase;
import org.sicredit.application.port.out.AuditLogPort.Action;
import org.sicredit.application.port.out.AuditLogPort.AuditEntry;
import org.sicredit.application.view.ObjectionView;
import org.sicredit.domain.objection.Decision;
import org.sicredit.domain.objection.ObjectionId;
import org.sicredit.domain.objection.ObjectionStep;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.record.RecordState;
import org.sicredit.domain.rejection.Rejection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/** Article 9 end to end on the in-memory ports, across National Day 2020. */
class ObjectionFlowTest {

    private static final Caller CENTRE = Caller.centre("centre-desk");
    private static final Caller BUREAU = Caller.bureau("officer-001");
    private static final Caller OWNER = Caller.provider("clerk-001", "SHSI");

    private final MutableClock clock = new MutableClock(LocalDate.of(2020, 6, 30));
    private final Application app = new Application(clock);
    private final RecordId recordId = reportedRecord();

    @Test
    void an_objection_goes_from_the_centre_to_the_bureau_to_the_provider_and_corrects_the_record() {
        ObjectionId id = receive(LocalDate.of(2020, 9, 29)).id();
        on(2020, 9, 30);
        app.sicredit.markObjection().mark(new MarkObjectionUseCase.Command(CENTRE, id)).get();
        assertThat(record().state()).isInstanceOf(RecordState.UnderObjection.class);
        app.sicredit.forwardObjection().forward(new ForwardObjectionUseCase.Command(CENTRE, id)).get();
        app.sicredit.notifyProvider().notifyProvider(new NotifyProviderUseCase.Command(BUREAU, id)).get();
        assertThat(app.notifier.delivered()).as("requested in the step, delivered by the relay").isEmpty();
        assertThat(app.relay().delivered()).hasSize(1);
        assertThat(app.notifier.delivered().single().decisionDue()).isEqualTo(LocalDate.of(2020, 10, 14));
        on(2020, 10, 12);
        app.sicredit.verifyObjection().verify(new VerifyObjectionUseCase.Command(OWNER, id, "金额录入有误")).get();
        on(2020, 10, 13);

        ObjectionView decided = app.sicredit.decideObjection().decide(new DecideObjectionUseCase.Command(BUREAU, id,
                Decision.CORRECT, "更正金额", aRecord().amount(new BigDecimal("25000.00")).draft())).get();

        assertThat(decided.lastStep()).isEqualTo(ObjectionStep.CENTRE_INFORMED);
        assertThat(record().state()).isEqualTo(new RecordState.Reported(YearMonth.of(2020, 6)));
        assertThat(record().content().amount()).contains(new BigDecimal("25000.00"));
        app.relay();
        assertThat(app.platform.decisions().get(id.value()).get().decision()).isEqualTo("CORRECT");
        assertThat(app.sicredit.listOpenObjections().list(new ListOpenObjectionsUseCase.Query(BUREAU,
                LocalDate.of(2020, 10, 13))).get()).isEmpty();
        assertThat(app.audit.entriesFor(recordId).map(AuditEntry::action)).containsExactly(Action.OBJECTION_RECEIVED,
                Action.OBJECTION_MARKED, Action.OBJECTION_FORWARDED, Action.PROVIDER_NOTIFIED,
                Action.OBJECTION_VERIFIED, Action.OBJECTION_DECIDED);
        assertThat(app.audit.entriesFor(recordId).last()).satisfies(entry -> {
            assertThat(entry.actorId()).isEqualTo("officer-001");
            assertThat(entry.purpose()).isEqualTo("CORRECT：更正金额");
            assertThat(entry.subjectMasked()).isEqualTo("9131000013221158XC");
        });
    }

    @Test
    void a_lookup_shows_the_record_under_objection_since_its_mark_and_then_corrected() {
        ObjectionId id = receive(LocalDate.of(2020, 9, 29)).id();
        on(2020, 9, 30);
        app.sicredit.markObjection().mark(new MarkObjectionUseCase.Command(CENTRE, id)).get();

        LookUpSubjectUseCase.RecordView disputed = lookUp(LocalDate.of(2020, 10, 9)).activeRecords().single();
        assertThat(disputed.state()).isEqualTo("UNDER_OBJECTION");
        assertThat(disputed.stateZh()).isEqualTo("异议处理中");
        assertThat(disputed.stateSince()).contains(LocalDate.of(2020, 9, 30));
        assertThat(lookUp(LocalDate.of(2020, 10, 9)).measures()).as("the built-in Measure keeps sanctioning")
                .isNotEmpty();

        decideUpToTheBureau(id);
        app.sicredit.decideObjection().decide(new DecideObjectionUseCase.Command(BUREAU, id, Decision.CORRECT, "更正金额",
                aRecord().amount(new BigDecimal("25000.00")).draft())).get();
        LookUpSubjectUseCase.RecordView corrected = lookUp(LocalDate.of(2020, 10, 13)).activeRecords().single();
        assertThat(corrected.state()).isEqualTo("REPORTED");
        assertThat(corrected.lastCorrectedOn()).contains(LocalDate.of(2020, 10, 13));
    }

    @Test
    void a_decision_to_delete_revokes_the_record_and_the_platform_deletes_it_in_three_working_days() {
        ObjectionId id = receive(LocalDate.of(2020, 9, 29)).id();
        on(2020, 9, 30);
        app.sicredit.markObjection().mark(new MarkObjectionUseCase.Command(CENTRE, id)).get();
        decideUpToTheBureau(id);

        ObjectionView decided = app.sicredit.decideObjection().decide(new DecideObjectionUseCase.Command(BUREAU, id,
                Decision.DELETE, "该单位不属于缴费义务人，信息不应产生", null)).get();

        assertThat(decided.decision()).contains(Decision.DELETE);
        assertThat(record().state()).isEqualTo(new RecordState.Revoked(LocalDate.of(2020, 10, 13),
                "该单位不属于缴费义务人，信息不应产生"));
        assertThat(app.relay().delivered()).as("the verification request, the decision and the revocation").hasSize(3);
        assertThat(app.platform.decisions().get(id.value()).get().decision()).isEqualTo("DELETE");
        assertThat(app.platform.revocations().get(recordId.toString()).get().deleteBy())
                .isEqualTo(LocalDate.of(2020, 10, 16));
        LookUpSubjectUseCase.Result after = lookUp(LocalDate.of(2020, 10, 16));
        assertThat(after.activeRecords()).isEmpty();
        assertThat(after.revokedPendingDeletion().single().deleteBy()).contains(LocalDate.of(2020, 10, 16));
        assertThat(lookUp(LocalDate.of(2020, 10, 19)).revokedPendingDeletion()).isEmpty();
    }

    private void decideUpToTheBureau(ObjectionId id) {
        app.sicredit.forwardObjection().forward(new ForwardObjectionUseCase.Command(CENTRE, id)).get();
        app.sicredit.notifyProvider().notifyProvider(new NotifyProviderUseCase.Command(BUREAU, id)).get();
        on(2020, 10, 12);
        app.sicredit.verifyObjection().verify(new VerifyObjectionUseCase.Command(OWNER, id, "核查")).get();
        on(2020, 10, 13);
    }

    private LookUpSubjectUseCase.Result lookUp(LocalDate asOf) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        on(asOf.getYear(), asOf.getMonthValue(), asOf.getDayOfMonth());
        LookUpSubjectUseCase.Result result = app.sicredit.lookUpSubject().lookUp(new LookUpSubjectUseCase.Query(BUREAU,
                "9131000013221158XC", asOf, "复核")).get();
        on(today.getYear(), today.getMonthValue(), today.getDayOfMonth());
        return result;
    }

    @Test
    void a_step_out_of_order_notifies_no_one_and_writes_no_audit_entry() {
        ObjectionId id = receive(LocalDate.of(2020, 9, 29)).id();

        Rejection early = app.sicredit.notifyProvider().notifyProvider(new NotifyProviderUseCase.Command(BUREAU, id))
                .getLeft();

        assertThat(early.code()).isEqualTo("OBJECTION_ILLEGAL_STEP");
        assertThat(app.outbox.undelivered()).isEmpty();
        assertThat(app.audit.entriesFor(recordId).map(AuditEntry::action)).containsExactly(Action.OBJECTION_RECEIVED);
    }

    @Test
    void open_objections_as_of_year_0001_are_a_rejection() {
        assertThat(app.sicredit.listOpenObjections().list(new ListOpenObjectionsUseCase.Query(BUREAU,
                LocalDate.of(1, 1, 1))).getLeft().code()).isEqualTo("DATE_OUT_OF_RANGE");
    }

    @Test
    void the_bureau_sees_an_undecided_objection_overdue_by_working_days() {
        ObjectionId id = receive(LocalDate.of(2020, 9, 29)).id();
        on(2020, 9, 30);
        app.sicredit.markObjection().mark(new MarkObjectionUseCase.Command(CENTRE, id)).get();
        app.sicredit.forwardObjection().forward(new ForwardObjectionUseCase.Command(CENTRE, id)).get();

        Seq<OpenObjection> open = app.sicredit.listOpenObjections().list(new ListOpenObjectionsUseCase.Query(BUREAU,
                LocalDate.of(2020, 10, 16))).get();

        assertThat(open.single().isOverdue()).isTrue();
        assertThat(open.single().deadlines().find(d -> d.step() == ObjectionStep.DECIDED).get().workingDaysLate())
                .isEqualTo(2);
        assertThat(app.sicredit.listOpenObjections().list(new ListOpenObjectionsUseCase.Query(BUREAU,
                LocalDate.of(2020, 10, 16), true)).get()).hasSize(1);
        assertThat(app.sicredit.listOpenObjections().list(new ListOpenObjectionsUseCase.Query(BUREAU,
                LocalDate.of(2020, 9, 30), true)).get()).as("nothing overdue yet").isEmpty();
    }

    @Test
    void when_the_centre_cannot_be_told_the_decision_at_once_the_decision_stands_and_the_relay_tells_it_later() {
        ObjectionId id = walkToVerified();
        app.platform.refuseNext();

        ObjectionView decided = app.sicredit.decideObjection().decide(new DecideObjectionUseCase.Command(BUREAU, id,
                Decision.UPHOLD, "信息无误", null)).get();

        assertThat(decided.decision()).contains(Decision.UPHOLD);
        assertThat(record().state()).isEqualTo(new RecordState.Reported(YearMonth.of(2020, 6)));
        assertThat(app.relay().retrying()).hasSize(1);
        assertThat(app.platform.decisions()).isEmpty();
        assertThat(app.outbox.undelivered().single().lastError().get()).startsWith("PLATFORM_UNAVAILABLE");
        on(2020, 10, 14);
        assertThat(app.relay().delivered()).hasSize(1);
        assertThat(app.platform.decisions().get(id.value()).get().decision()).isEqualTo("UPHOLD");
    }

    @Test
    void a_correction_needs_the_corrected_record_and_a_bad_one_changes_nothing() {
        ObjectionId id = walkToVerified();

        assertThat(app.sicredit.decideObjection().decide(new DecideObjectionUseCase.Command(BUREAU, id,
                Decision.CORRECT, "更正", null)).getLeft().code()).isEqualTo("OBJECTION_CORRECTION_REQUIRED");
        assertThat(app.sicredit.decideObjection().decide(new DecideObjectionUseCase.Command(BUREAU, id,
                Decision.CORRECT, "更正", aRecord().cause("").draft())).getLeft().code()).isEqualTo("CAUSE_REQUIRED");
        assertThat(app.objections.findById(id).get().lastStep()).isEqualTo(ObjectionStep.VERIFIED);
        assertThat(record().content().amount()).contains(new BigDecimal("52000.00"));
    }

    @Test
    void each_step_belongs_to_its_role_and_verification_to_the_owning_provider() {
        ObjectionId id = receive(LocalDate.of(2020, 9, 29)).id();

        assertThat(app.sicredit.receiveObjection().receive(new ReceiveObjectionUseCase.Command(BUREAU, recordId,
                "理由")).getLeft().code()).isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(app.sicredit.markObjection().mark(new MarkObjectionUseCase.Command(BUREAU, id)).getLeft().code())
                .isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(app.sicredit.notifyProvider().notifyProvider(new NotifyProviderUseCase.Command(CENTRE, id))
                .getLeft().code()).isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(app.sicredit.listOpenObjections().list(new ListOpenObjectionsUseCase.Query(OWNER,
                LocalDate.of(2020, 9, 29))).getLeft().code()).isEqualTo("ROLE_NOT_ALLOWED");

        ObjectionId verified = walkToNotified(id);
        assertThat(app.sicredit.verifyObjection().verify(new VerifyObjectionUseCase.Command(
                Caller.provider("other", "SHLS"), verified, "x")).getLeft().code())
                .isEqualTo("OBJECTION_NOT_OWNING_PROVIDER");
    }

    @Test
    void a_second_objection_to_the_same_record_waits_for_the_first_decision() {
        receive(LocalDate.of(2020, 9, 29));

        assertThat(app.sicredit.receiveObjection().receive(new ReceiveObjectionUseCase.Command(CENTRE, recordId,
                "又一次")).getLeft().code()).isEqualTo("OBJECTION_ALREADY_OPEN");
    }

    @Test
    void unknown_objections_and_records_are_rejected_plainly() {
        assertThat(app.sicredit.markObjection().mark(new MarkObjectionUseCase.Command(CENTRE, new ObjectionId("X")))
                .getLeft().code()).isEqualTo("OBJECTION_NOT_FOUND");
        assertThat(app.sicredit.receiveObjection().receive(new ReceiveObjectionUseCase.Command(CENTRE,
                RecordId.of("00000000-0000-0000-0000-000000000000"), "理由")).getLeft().code())
                .isEqualTo("RECORD_NOT_FOUND");
        assertThat(app.sicredit.receiveObjection().receive(new ReceiveObjectionUseCase.Command(CENTRE, recordId, " "))
                .getLeft().code()).isEqualTo("COMMAND_REQUIRED");
        assertThat(app.sicredit.markObjection().mark(new MarkObjectionUseCase.Command(CENTRE,
                new ObjectionId("440524188001010014"))).getLeft().toString()).as("an id that is a personal number")
                .contains("OBJECTION_NOT_FOUND").doesNotContain("440524188001010014");
    }

    private ObjectionId walkToVerified() {
        ObjectionId id = walkToNotified(receive(LocalDate.of(2020, 9, 29)).id());
        app.sicredit.verifyObjection().verify(new VerifyObjectionUseCase.Command(OWNER, id, "核查属实")).get();
        return id;
    }

    private ObjectionId walkToNotified(ObjectionId id) {
        app.sicredit.markObjection().mark(new MarkObjectionUseCase.Command(CENTRE, id)).get();
        app.sicredit.forwardObjection().forward(new ForwardObjectionUseCase.Command(CENTRE, id)).get();
        app.sicredit.notifyProvider().notifyProvider(new NotifyProviderUseCase.Command(BUREAU, id)).get();
        return id;
    }

    private ObjectionView receive(LocalDate day) {
        clock.setDay(day);
        return app.sicredit.receiveObjection().receive(new ReceiveObjectionUseCase.Command(CENTRE, recordId,
                "欠费金额有误")).get();
    }

    private void on(int year, int month, int day) {
        clock.setDay(LocalDate.of(year, month, day));
    }

    private DishonestyRecord record() {
        return app.records.findById(recordId).get();
    }

    private RecordId reportedRecord() {
        YearMonth june = YearMonth.of(2020, 6);
        RecordId id = app.sicredit.collectSubmission().collect(new CollectSubmissionUseCase.Command(OWNER, "SHSI",
                june, List.of(new CollectSubmissionUseCase.Row(1, aRecord().draft())))).get().added().head();
        app.sicredit.reportMonth().report(new ReportMonthUseCase.Command(BUREAU, june)).get();
        app.relay();
        return id;
    }
}
