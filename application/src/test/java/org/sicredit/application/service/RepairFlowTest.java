package org.sicredit.application.service;

import org.junit.jupiter.api.Test;
import org.sicredit.application.access.Caller;
import org.sicredit.application.fixtures.Application;
import org.sicredit.application.fixtures.MutableClock;
import org.sicredit.application.port.in.AddRepairEvidenceUseCase;
import org.sicredit.application.port.in.ApplyForRepairUseCase;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.in.IssueRepairProofUseCase;
import org.sicredit.application.port.in.ListOpenRepairsUseCase;
import org.sicredit.application.port.in.LookUpSubjectUseCase;
import org.sicredit.application.port.in.RefuseRepairUseCase;
import org.sicredit.application.port.in.ReportMonthUseCase;
import org.sicredit.application.port.in.VerifyRepairUseCase;
import org.sicredit.application.port.out.AuditLogPort.Action;
import org.sicredit.application.port.out.AuditLogPort.AuditEntry;
import org.sicredit.application.view.RepairView;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.record.RecordState;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.repair.RepairApplicationId;
import org.sicredit.domain.repair.RepairGround;
import org.sicredit.domain.repair.RepairStatus;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/** Article 10 and SCR Art. 38 end to end on the in-memory ports, across National Day 2021. */
class RepairFlowTest {

    private static final Caller SUBJECT = Caller.subject("9131000013221158XC", org.sicredit.domain.subject.UnifiedSocialCreditCode.parse("9131000013221158XC").get());
    private static final Caller CENTRE = Caller.centre("centre-desk");
    private static final Caller BUREAU = Caller.bureau("officer-001");
    private static final Caller OWNER = Caller.provider("clerk-001", "SHSI");
    private static final Caller OTHER_PROVIDER = Caller.provider("clerk-009", "SHLS");

    private final MutableClock clock = new MutableClock(LocalDate.of(2019, 4, 30));
    private final Application app = new Application(clock);
    private final RecordId recordId = reportedRecord();

    @Test
    void a_subject_applies_the_owning_provider_verifies_and_issues_a_proof_and_the_record_stops_sanctioning() {
        on(2021, 9, 1);
        RepairView applied = apply(SUBJECT, "补缴凭证").get();
        on(2021, 9, 2);
        app.sicredit.addRepairEvidence().addEvidence(new AddRepairEvidenceUseCase.Command(SUBJECT, applied.id(),
                "滞纳金缴纳凭证")).get();
        on(2021, 9, 10);
        app.sicredit.verifyRepair().verify(new VerifyRepairUseCase.Command(OWNER, applied.id(), "已全额补缴")).get();
        on(2021, 9, 30);

        IssueRepairProofUseCase.Result issued = app.sicredit.issueRepairProof().issueProof(
                new IssueRepairProofUseCase.Command(OWNER, applied.id(), "沪社保修复〔2021〕12号")).get();

        // 1–7 Oct 2021 off, Saturday 9 Oct worked: three working days after 30 Sep is Monday 11 Oct
        assertThat(issued.delistBy()).isEqualTo(LocalDate.of(2021, 10, 11));
        assertThat(issued.application().status()).isInstanceOf(RepairStatus.ProofIssued.class);
        assertThat(issued.application().evidence()).containsExactly("补缴凭证", "滞纳金缴纳凭证");
        assertThat(record().state()).isEqualTo(new RecordState.Repaired(LocalDate.of(2021, 9, 30), "沪社保修复〔2021〕12号"));
        assertThat(app.platform.repairs()).as("told after commit, by the relay").isEmpty();
        app.relay();
        assertThat(app.platform.repairs().get(applied.id().value()).get().delistBy()).isEqualTo(LocalDate.of(2021, 10, 11));
        assertThat(app.sicredit.lookUpSubject().lookUp(new LookUpSubjectUseCase.Query(BUREAU, "9131000013221158XC", LocalDate.of(2021, 9, 30), "复核")).get().activeRecords()).isEmpty();
        assertThat(app.audit.entriesFor(recordId).map(AuditEntry::action)).startsWith(Action.REPAIR_APPLIED,
                Action.REPAIR_EVIDENCE_ADDED, Action.REPAIR_VERIFIED, Action.REPAIR_PROOF_ISSUED);
    }

    @Test
    void the_owning_provider_or_the_centre_may_record_an_application_for_the_subject_but_not_another_provider() {
        on(2021, 9, 1);

        Rejection other = apply(OTHER_PROVIDER, "凭证").getLeft();
        RepairView byCentre = apply(CENTRE, "凭证").get();

        assertThat(other.code()).isEqualTo("PROVIDER_SCOPE");
        assertThat(other.legalBasis()).contains("上海市社会信用条例 第三十八条");
        assertThat(byCentre.appliedBy()).isEqualTo(org.sicredit.domain.record.ActorRole.CENTRE);
        assertThat(apply(OWNER, "凭证").getLeft().code()).isEqualTo("REPAIR_ALREADY_OPEN");
        assertThat(app.repairs.findByRecord(recordId)).hasSize(1);
    }

    @Test
    void only_the_owning_provider_verifies_issues_or_refuses() {
        on(2021, 9, 1);
        RepairApplicationId id = apply(SUBJECT, "凭证").get().id();

        assertThat(app.sicredit.verifyRepair().verify(new VerifyRepairUseCase.Command(OTHER_PROVIDER, id, "属实"))
                .getLeft().code()).isEqualTo("REPAIR_NOT_OWNING_PROVIDER");
        assertThat(app.sicredit.verifyRepair().verify(new VerifyRepairUseCase.Command(BUREAU, id, "属实"))
                .getLeft().code()).isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(app.sicredit.refuseRepair().refuse(new RefuseRepairUseCase.Command(OTHER_PROVIDER, id, "不予修复"))
                .getLeft().code()).isEqualTo("REPAIR_NOT_OWNING_PROVIDER");
        app.sicredit.verifyRepair().verify(new VerifyRepairUseCase.Command(OWNER, id, "属实")).get();
        assertThat(app.sicredit.issueRepairProof().issueProof(new IssueRepairProofUseCase.Command(OTHER_PROVIDER, id,
                "P-1")).getLeft().code()).isEqualTo("REPAIR_NOT_OWNING_PROVIDER");
        assertThat(record().state()).isInstanceOf(RecordState.Reported.class);
    }

    @Test
    void a_proof_needs_a_verification_first_and_an_unknown_application_is_named_as_such() {
        on(2021, 9, 1);
        RepairApplicationId id = apply(SUBJECT, "凭证").get().id();

        assertThat(app.sicredit.issueRepairProof().issueProof(new IssueRepairProofUseCase.Command(OWNER, id, "P-1"))
                .getLeft().code()).isEqualTo("REPAIR_ILLEGAL_STEP");
        assertThat(app.sicredit.verifyRepair().verify(new VerifyRepairUseCase.Command(OWNER, new RepairApplicationId("REP-nope"), "属实"))
                .getLeft().code()).isEqualTo("REPAIR_NOT_FOUND");
        assertThat(app.sicredit.verifyRepair().verify(new VerifyRepairUseCase.Command(OWNER,
                new RepairApplicationId("440524188001010014"), "属实")).getLeft().toString())
                .doesNotContain("440524188001010014");
        assertThat(record().state()).isInstanceOf(RecordState.Reported.class);
    }

    @Test
    void when_the_centre_cannot_be_told_of_the_proof_at_once_the_repair_stands_and_the_relay_tells_it_later() {
        on(2021, 9, 1);
        RepairApplicationId id = apply(SUBJECT, "凭证").get().id();
        app.sicredit.verifyRepair().verify(new VerifyRepairUseCase.Command(OWNER, id, "属实")).get();
        app.platform.refuseNext();

        assertThat(app.sicredit.issueRepairProof().issueProof(new IssueRepairProofUseCase.Command(OWNER, id, "P-1"))
                .isRight()).isTrue();

        assertThat(record().state()).isInstanceOf(RecordState.Repaired.class);
        assertThat(app.relay().retrying()).hasSize(1);
        assertThat(app.platform.repairs()).isEmpty();
        on(2021, 9, 2);
        assertThat(app.relay().delivered()).hasSize(1);
        assertThat(app.platform.repairs().get(id.value()).get().proofNumber()).isEqualTo("P-1");
    }

    @Test
    void a_refused_application_leaves_the_record_sanctioning_and_a_new_one_may_be_made() {
        on(2021, 9, 1);
        RepairApplicationId id = apply(SUBJECT, "凭证").get().id();

        RepairView refused = app.sicredit.refuseRepair().refuse(new RefuseRepairUseCase.Command(OWNER, id,
                "补缴金额不足")).get();

        assertThat(refused.status()).isEqualTo(new RepairStatus.Refused(LocalDate.of(2021, 9, 1), "补缴金额不足"));
        assertThat(record().state()).isInstanceOf(RecordState.Reported.class);
        assertThat(apply(SUBJECT, "新的补缴凭证").isRight()).isTrue();
    }

    @Test
    void no_repair_after_the_query_period_and_none_for_a_record_not_on_the_platform() {
        on(2024, 3, 21);
        assertThat(apply(SUBJECT, "凭证").getLeft().code()).isEqualTo("REPAIR_OUTSIDE_QUERY_PERIOD");

        on(2019, 5, 10);
        RecordId collectedOnly = app.sicredit.collectSubmission().collect(new CollectSubmissionUseCase.Command(OWNER,
                "SHSI", YearMonth.of(2019, 5), List.of(new CollectSubmissionUseCase.Row(1,
                        aRecord().documentNumber("D-MAY").draft())))).get().added().head();
        assertThat(app.sicredit.applyForRepair().apply(new ApplyForRepairUseCase.Command(SUBJECT, collectedOnly,
                RepairGround.SELF_EXPLANATION, "说明", List.of())).getLeft().code())
                .isEqualTo("REPAIR_RECORD_NOT_ON_PLATFORM");
    }

    @Test
    void a_provider_sees_its_own_open_applications_and_the_bureau_sees_all() {
        on(2021, 9, 1);
        RepairApplicationId id = apply(SUBJECT, "凭证").get().id();

        assertThat(app.sicredit.listOpenRepairs().list(new ListOpenRepairsUseCase.Query(OWNER)).get()
                .map(RepairView::id)).containsExactly(id);
        assertThat(app.sicredit.listOpenRepairs().list(new ListOpenRepairsUseCase.Query(OTHER_PROVIDER)).get())
                .isEmpty();
        assertThat(app.sicredit.listOpenRepairs().list(new ListOpenRepairsUseCase.Query(BUREAU)).get()).hasSize(1);
        assertThat(app.sicredit.listOpenRepairs().list(new ListOpenRepairsUseCase.Query(SUBJECT)).getLeft().code())
                .isEqualTo("ROLE_NOT_ALLOWED");
    }

    @Test
    void a_command_without_ground_or_with_blank_evidence_is_rejected_before_anything_is_stored() {
        on(2021, 9, 1);

        assertThat(app.sicredit.applyForRepair().apply(new ApplyForRepairUseCase.Command(SUBJECT, recordId, null,
                "说明", List.of())).getLeft()).satisfies(r -> {
            assertThat(r.code()).isEqualTo("COMMAND_REQUIRED");
            assertThat(r.field()).isEqualTo("ground");
        });
        assertThat(apply(SUBJECT, " ").getLeft().code()).isEqualTo("COMMAND_REQUIRED");
        assertThat(app.repairs.findByRecord(recordId)).isEmpty();
    }

    @Test
    void a_subject_applies_only_for_its_own_record_and_a_stranger_cannot_block_the_real_subject() {
        on(2021, 9, 1);
        Caller stranger = Caller.subject("stranger", new org.sicredit.domain.subject.ResidentIdNumber(
                "11010519491231002X"));

        Rejection refused = apply(stranger, "伪造凭证").getLeft();

        assertThat(refused.code()).isEqualTo("SUBJECT_SCOPE");
        assertThat(refused.kind()).isEqualTo(org.sicredit.domain.rejection.RejectionKind.FORBIDDEN);
        assertThat(apply(SUBJECT, "补缴凭证").isRight()).as("the real subject is not blocked").isTrue();
    }

    private io.vavr.control.Either<Rejection, RepairView> apply(Caller caller, String evidence) {
        return app.sicredit.applyForRepair().apply(new ApplyForRepairUseCase.Command(caller, recordId,
                RepairGround.OBLIGATIONS_FULFILLED, "已全额补缴欠费", List.of(evidence)));
    }

    private void on(int year, int month, int day) {
        clock.setDay(LocalDate.of(year, month, day));
    }

    private DishonestyRecord record() {
        return app.records.findById(recordId).get();
    }

    private RecordId reportedRecord() {
        YearMonth april = YearMonth.of(2019, 4);
        RecordId id = app.sicredit.collectSubmission().collect(new CollectSubmissionUseCase.Command(OWNER, "SHSI",
                april, List.of(new CollectSubmissionUseCase.Row(1, aRecord().endedOn(LocalDate.of(2019, 3, 20))
                        .draft())))).get().added().head();
        app.sicredit.reportMonth().report(new ReportMonthUseCase.Command(BUREAU, april)).get();
        app.relay();
        return id;
    }
}
