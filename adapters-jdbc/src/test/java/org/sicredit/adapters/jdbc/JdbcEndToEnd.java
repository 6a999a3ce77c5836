package org.sicredit.adapters.jdbc;

import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.sicredit.application.Sicredit;
import org.sicredit.application.access.Caller;
import org.sicredit.application.fixtures.InMemoryPlatformGateway;
import org.sicredit.application.fixtures.MutableClock;
import org.sicredit.application.port.in.AddLaterFactsUseCase;
import org.sicredit.application.port.in.ApplyForRepairUseCase;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.in.DecideObjectionUseCase;
import org.sicredit.application.port.in.ExpireRecordsUseCase;
import org.sicredit.application.port.in.ForwardObjectionUseCase;
import org.sicredit.application.port.in.IssueRepairProofUseCase;
import org.sicredit.application.port.in.ListOpenObjectionsUseCase;
import org.sicredit.application.port.in.LookUpSubjectUseCase;
import org.sicredit.application.port.in.MarkObjectionUseCase;
import org.sicredit.application.port.in.NotifyProviderUseCase;
import org.sicredit.application.port.in.ProduceStatisticsUseCase;
import org.sicredit.application.port.in.ReceiveObjectionUseCase;
import org.sicredit.application.port.in.RelayOutboxUseCase;
import org.sicredit.application.port.in.ReportMonthUseCase;
import org.sicredit.application.port.in.RevokeRecordUseCase;
import org.sicredit.application.port.in.VerifyObjectionUseCase;
import org.sicredit.application.port.in.VerifyRepairUseCase;
import org.sicredit.application.port.out.AuditLogPort.Action;
import org.sicredit.application.port.out.AuditLogPort.AuditEntry;
import org.sicredit.domain.objection.Decision;
import org.sicredit.domain.objection.ObjectionId;
import org.sicredit.domain.objection.ObjectionStep;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.RecordEvent;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.record.RecordState;
import org.sicredit.domain.repair.RepairApplicationId;
import org.sicredit.domain.repair.RepairGround;
import org.sicredit.domain.subject.ForeignPermanentResidentId;
import org.sicredit.domain.subject.IdentityDocument;
import org.sicredit.domain.subject.SubjectDraft;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/** The use cases end to end on a real database: one subclass per database. */
abstract class JdbcEndToEnd {

    private static final Caller CLERK = Caller.provider("clerk-001", "SHSI");
    private static final Caller BUREAU = Caller.bureau("officer-001");
    private static final Caller CENTRE = Caller.centre("centre-desk");
    private static final YearMonth JUNE = YearMonth.of(2020, 6);

    private final MutableClock clock = new MutableClock(LocalDate.of(2020, 6, 30));
    private final InMemoryPlatformGateway platform = new InMemoryPlatformGateway(clock);
    private final JdbcStores stores = stores();
    private final Sicredit sicredit = TestDatabases.sicredit(stores, clock, platform).build();

    protected abstract JdbcStores stores();

    private RelayOutboxUseCase.Result relay() {
        return sicredit.relayOutbox().relay(new RelayOutboxUseCase.Command(Caller.system("outbox-relay"))).get();
    }

    @Test
    void a_record_goes_from_submission_through_objection_and_repair_with_every_step_stored_and_audited() {
        Seq<RecordId> added = sicredit.collectSubmission().collect(new CollectSubmissionUseCase.Command(CLERK, "SHSI",
                JUNE, List.of(new CollectSubmissionUseCase.Row(1, aRecord().endedOn(LocalDate.of(2020, 3, 20)).draft()),
                        new CollectSubmissionUseCase.Row(2, aRecord().ofAnIndividual().fraudOf("12000.00")
                                .documentNumber("D-2").draft())))).get().added();
        sicredit.reportMonth().report(new ReportMonthUseCase.Command(BUREAU, JUNE)).get();
        relay();
        RecordId organisation = added.get(0);

        clock.setDay(LocalDate.of(2020, 9, 29));
        ObjectionId objection = sicredit.receiveObjection().receive(new ReceiveObjectionUseCase.Command(CENTRE,
                organisation, "欠费金额有误")).get().id();
        sicredit.markObjection().mark(new MarkObjectionUseCase.Command(CENTRE, objection)).get();
        sicredit.forwardObjection().forward(new ForwardObjectionUseCase.Command(CENTRE, objection)).get();
        sicredit.notifyProvider().notifyProvider(new NotifyProviderUseCase.Command(BUREAU, objection)).get();
        sicredit.verifyObjection().verify(new VerifyObjectionUseCase.Command(CLERK, objection, "核查属实")).get();
        platform.refuseNext();
        sicredit.decideObjection().decide(new DecideObjectionUseCase.Command(BUREAU, objection, Decision.UPHOLD,
                "信息无误", null)).get();
        assertThat(stores.objections().findById(objection).get().lastStep()).isEqualTo(ObjectionStep.CENTRE_INFORMED);
        RelayOutboxUseCase.Result firstRelay = relay();
        assertThat(firstRelay.delivered()).as("the verification request").hasSize(1);
        assertThat(firstRelay.retrying()).as("the decision, refused").hasSize(1);
        assertThat(stores.outbox().undelivered()).hasSize(1);
        clock.setDay(LocalDate.of(2020, 9, 30));
        assertThat(relay().delivered()).hasSize(1);
        assertThat(platform.decisions().get(objection.value()).get().decision()).isEqualTo("UPHOLD");
        assertThat(stores.outbox().undelivered()).isEmpty();

        clock.setDay(LocalDate.of(2021, 9, 1));
        RepairApplicationId repair = sicredit.applyForRepair().apply(new ApplyForRepairUseCase.Command(Caller.subject("s", org.sicredit.domain.subject.UnifiedSocialCreditCode.parse("9131000013221158XC").get()),
                organisation, RepairGround.OBLIGATIONS_FULFILLED, "已全额补缴", List.of("补缴凭证"))).get().id();
        sicredit.verifyRepair().verify(new VerifyRepairUseCase.Command(CLERK, repair, "属实")).get();
        clock.setDay(LocalDate.of(2021, 9, 30));
        assertThat(sicredit.issueRepairProof().issueProof(new IssueRepairProofUseCase.Command(CLERK, repair, "P-1"))
                .get().delistBy()).isEqualTo(LocalDate.of(2021, 10, 11));

        assertThat(stores.records().findById(organisation).get().state())
                .isEqualTo(new RecordState.Repaired(LocalDate.of(2021, 9, 30), "P-1"));
        assertThat(stores.auditLog().entriesFor(organisation).map(AuditEntry::action)).containsExactly(
                Action.OBJECTION_RECEIVED, Action.OBJECTION_MARKED, Action.OBJECTION_FORWARDED,
                Action.PROVIDER_NOTIFIED, Action.OBJECTION_VERIFIED, Action.OBJECTION_DECIDED, Action.REPAIR_APPLIED,
                Action.REPAIR_VERIFIED, Action.REPAIR_PROOF_ISSUED);
        LookUpSubjectUseCase.Result person = sicredit.lookUpSubject().lookUp(new LookUpSubjectUseCase.Query(BUREAU,
                "440524188001010014", LocalDate.of(2021, 9, 30), "复核")).get();
        assertThat(person.activeRecords().map(view -> view.id())).containsExactly(added.get(1));
        assertThat(sicredit.produceStatistics().produce(new ProduceStatisticsUseCase.Query(BUREAU, JUNE, JUNE)).get()
                .byStatus().toJavaMap()).containsEntry("REPAIRED", 1L).containsEntry("REPORTED", 1L);
    }

    @Test
    void hostile_values_are_rejections_on_this_database_and_the_refusals_are_audited_without_an_exception() {
        CollectSubmissionUseCase.Result result = sicredit.collectSubmission().collect(new CollectSubmissionUseCase
                .Command(CLERK, "SHSI", JUNE, List.of(
                        new CollectSubmissionUseCase.Row(1, aRecord().documentNumber("H-1").cause("欠费\u0000").draft()),
                        new CollectSubmissionUseCase.Row(2, aRecord().documentNumber("H-2")
                                .amount(new java.math.BigDecimal("1E+20")).draft()),
                        new CollectSubmissionUseCase.Row(3, aRecord().of(org.sicredit.domain.subject.SubjectDraft
                                .individual("王\u200B五", "440524188001010014")).category(4).amount(null)
                                .documentNumber("H-3").draft())))).get();

        assertThat(result.rejected().map(CollectSubmissionUseCase.RejectedRow::number)).containsExactly(1, 2);
        assertThat(result.added()).hasSize(1);
        assertThat(sicredit.findSubjectsByName().find(new org.sicredit.application.port.in.FindSubjectsByNameUseCase
                .Query(BUREAU, "王五", LocalDate.of(2020, 6, 30), "核查")).get()).hasSize(1);
        Caller hostile = Caller.bureau("x".repeat(150) + "\u0000");
        assertThat(sicredit.lookUpSubject().lookUp(new LookUpSubjectUseCase.Query(hostile, "9131000013221158XC",
                LocalDate.of(2020, 6, 30), "审\u0000核" + "长".repeat(1500))).isLeft()).isTrue();
        assertThat(sicredit.findSubjectsByName().find(new org.sicredit.application.port.in.FindSubjectsByNameUseCase
                .Query(BUREAU, "王".repeat(300), LocalDate.of(2020, 6, 30), "核查")).getLeft().code())
                .isEqualTo("COMMAND_SIZE");
        assertThat(stores.auditLog().entriesByActor("x".repeat(100))).singleElement()
                .satisfies(entry -> assertThat(entry.refusal()).contains("COMMAND_SIZE"));
    }

    @Test
    void counter_staff_lookups_and_an_auditors_reading_of_the_trail_are_stored_and_read_back_on_this_database() {
        sicredit.collectSubmission().collect(new CollectSubmissionUseCase.Command(CLERK, "SHSI", JUNE,
                List.of(new CollectSubmissionUseCase.Row(1, aRecord().documentNumber("AUD-1").draft())))).get();
        sicredit.lookUpSubject().lookUp(new LookUpSubjectUseCase.Query(Caller.officer("counter-3"), "13221158-X",
                LocalDate.of(2020, 6, 30), "窗口办理社保登记")).get();

        Seq<AuditEntry> trail = sicredit.readAuditTrail().read(new org.sicredit.application.port.in
                .ReadAuditTrailUseCase.Query(Caller.auditor("auditor-7"), "9131000013221158XC", "年度审计")).get();

        assertThat(trail.filter(entry -> entry.action() == Action.LOOKUP).map(AuditEntry::actorId))
                .containsExactly("counter-3");
        assertThat(stores.auditLog().entriesByActor("auditor-7").map(AuditEntry::action))
                .containsExactly(Action.AUDIT_TRAIL_READ);
    }

    @Test
    void a_record_filed_under_an_organisation_code_and_again_under_its_credit_code_is_one_record_found_by_both() {
        RecordId first = sicredit.collectSubmission().collect(new CollectSubmissionUseCase.Command(CLERK, "SHSI", JUNE,
                List.of(new CollectSubmissionUseCase.Row(1, aRecord().of(org.sicredit.domain.subject.SubjectDraft
                        .organisation("上海示例贸易有限公司", "13221158-X", "张三", "11010519491231002X"))
                        .documentNumber("ID-1").draft())))).get().added().single();

        CollectSubmissionUseCase.Result again = sicredit.collectSubmission().collect(new CollectSubmissionUseCase
                .Command(CLERK, "SHSI", JUNE, List.of(new CollectSubmissionUseCase.Row(1, aRecord()
                        .documentNumber("ID-1").draft())))).get();

        assertThat(again.added()).as("not stored a second time").isEmpty();
        for (String asked : List.of("13221158-X", "9131000013221158XC")) {
            assertThat(stores.records().findBySubject(org.sicredit.domain.subject.OrganisationIdentifier.parse(asked)
                    .get()).map(DishonestyRecord::id)).as(asked).containsExactly(first);
        }
    }

    @Test
    void the_expiry_sweep_claims_and_expires_each_record_once_even_when_run_twice() {
        java.util.List<CollectSubmissionUseCase.Row> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            rows.add(new CollectSubmissionUseCase.Row(i, aRecord().documentNumber("E-" + i)
                    .endedOn(LocalDate.of(2020, 3, 20)).draft()));
        }
        sicredit.collectSubmission().collect(new CollectSubmissionUseCase.Command(CLERK, "SHSI", JUNE, rows)).get();
        clock.setDay(LocalDate.of(2025, 3, 21));

        ExpireRecordsUseCase.Result first = sicredit.expireRecords().expire(
                new ExpireRecordsUseCase.Command(Caller.system("sweep"))).get();
        ExpireRecordsUseCase.Result second = sicredit.expireRecords().expire(
                new ExpireRecordsUseCase.Command(Caller.system("sweep"))).get();

        assertThat(first.expired()).hasSize(30);
        assertThat(second.expired()).isEmpty();
    }

    /**
     * Issue 10's "done": on a clock set to 2026-11-26 — three years after 沪人社规〔2018〕30号 expired — the Regulations'
     * duties towards records reported in 2022 go on.
     */
    @Test
    void on_today_records_reported_in_2022_are_looked_up_objected_to_revoked_repaired_and_expired_under_the_regulations() {
        clock.setDay(LocalDate.of(2022, 5, 31));
        YearMonth may2022 = YearMonth.of(2022, 5);
        Seq<RecordId> added = sicredit.collectSubmission().collect(new CollectSubmissionUseCase.Command(CLERK, "SHSI",
                may2022, List.of(
                        row(1, aRecord().actDate(LocalDate.of(2022, 3, 15)).documentNumber("OBJ-1")),
                        row(2, aRecord().ofAnIndividual().fraudOf("12000.00").actDate(LocalDate.of(2022, 3, 1))
                                .endedOn(LocalDate.of(2022, 4, 1)).documentNumber("FRAUD-1")),
                        row(3, aRecord().actDate(LocalDate.of(2021, 6, 1)).endedOn(LocalDate.of(2021, 9, 10))
                                .documentNumber("ENDED-1")),
                        row(4, aRecord().actDate(LocalDate.of(2022, 4, 1)).documentNumber("REVOKE-1")),
                        row(5, aRecord().actDate(LocalDate.of(2022, 4, 2)).documentNumber("REPAIR-1")))))
                .get().added();
        sicredit.reportMonth().report(new ReportMonthUseCase.Command(BUREAU, may2022)).get();
        relay();
        clock.setDay(LocalDate.of(2026, 11, 26));

        LookUpSubjectUseCase.Result person = sicredit.lookUpSubject().lookUp(new LookUpSubjectUseCase.Query(BUREAU,
                "440524188001010014", LocalDate.of(2026, 11, 26), "复核")).get();
        assertThat(person.activeRecords().map(view -> view.id())).containsExactly(added.get(1));
        assertThat(person.activeRecords().head().lastDayOfQueryPeriod()).contains(LocalDate.of(2027, 4, 1));
        assertThat(person.activeRecords().head().seriousBasis()).containsExactly("沪人社规〔2018〕30号 第六条第（二）项");
        assertThat(person.measures()).isEmpty();
        assertThat(person.basis().measureCitation()).isEmpty();
        assertThat(person.basis().explanationZh()).startsWith("不适用惩戒措施：2026-11-26没有生效的社会保险失信信息管理办法");

        ObjectionId objection = sicredit.receiveObjection().receive(new ReceiveObjectionUseCase.Command(CENTRE,
                added.get(0), "欠费已补缴")).get().id();
        sicredit.markObjection().mark(new MarkObjectionUseCase.Command(CENTRE, objection)).get();
        sicredit.forwardObjection().forward(new ForwardObjectionUseCase.Command(CENTRE, objection)).get();
        sicredit.notifyProvider().notifyProvider(new NotifyProviderUseCase.Command(BUREAU, objection)).get();
        sicredit.verifyObjection().verify(new VerifyObjectionUseCase.Command(CLERK, objection, "核查属实")).get();
        assertThat(sicredit.listOpenObjections().list(new ListOpenObjectionsUseCase.Query(BUREAU,
                        LocalDate.of(2026, 11, 26))).get().single().deadlines()
                .find(deadline -> deadline.step() == ObjectionStep.DECIDED).get().due())
                .isEqualTo(LocalDate.of(2026, 12, 3));
        sicredit.decideObjection().decide(new DecideObjectionUseCase.Command(BUREAU, objection, Decision.UPHOLD,
                "信息无误", null)).get();
        assertThat(stores.objections().findById(objection).get().decision()).contains(Decision.UPHOLD);

        assertThat(sicredit.revokeRecord().revoke(new RevokeRecordUseCase.Command(BUREAU, added.get(3),
                "行政处罚决定被撤销")).get().deleteBy()).isEqualTo(LocalDate.of(2026, 12, 1));

        RepairApplicationId repair = sicredit.applyForRepair().apply(new ApplyForRepairUseCase.Command(Caller.subject("s", org.sicredit.domain.subject.UnifiedSocialCreditCode.parse("9131000013221158XC").get()),
                added.get(4), RepairGround.OBLIGATIONS_FULFILLED, "已全额补缴", List.of("补缴凭证"))).get().id();
        sicredit.verifyRepair().verify(new VerifyRepairUseCase.Command(CLERK, repair, "属实")).get();
        assertThat(sicredit.issueRepairProof().issueProof(new IssueRepairProofUseCase.Command(CLERK, repair, "P-9"))
                .get().delistBy()).isEqualTo(LocalDate.of(2026, 12, 1));

        assertThat(sicredit.addLaterFacts().add(new AddLaterFactsUseCase.Command(CLERK, added.get(0),
                LocalDate.of(2026, 11, 20), true, "补缴凭证")).get().lastDayOfQueryPeriod())
                .contains(LocalDate.of(2031, 11, 20));
        DishonestyRecord updated = stores.records().findById(added.get(0)).get();
        assertThat(updated.classification().legalBasis()).containsExactly("沪人社规〔2018〕30号 第六条第（一）项");
        assertThat(updated.history().last()).isInstanceOf(RecordEvent.RecordFactsAdded.class);

        assertThat(sicredit.expireRecords().expire(new ExpireRecordsUseCase.Command(Caller.system("sweep"))).get()
                .expired()).containsExactly(added.get(2));
        assertThat(stores.records().findById(added.get(2)).get().state())
                .isEqualTo(new RecordState.Expired(LocalDate.of(2026, 11, 26)));
    }

    @Test
    void a_decision_to_delete_is_stored_and_revokes_the_record() {
        RecordId id = sicredit.collectSubmission().collect(new CollectSubmissionUseCase.Command(CLERK, "SHSI", JUNE,
                List.of(row(1, aRecord())))).get().added().head();
        sicredit.reportMonth().report(new ReportMonthUseCase.Command(BUREAU, JUNE)).get();
        relay();
        clock.setDay(LocalDate.of(2020, 9, 1));
        ObjectionId objection = sicredit.receiveObjection().receive(new ReceiveObjectionUseCase.Command(CENTRE, id,
                "不是缴费义务人")).get().id();
        sicredit.markObjection().mark(new MarkObjectionUseCase.Command(CENTRE, objection)).get();
        sicredit.forwardObjection().forward(new ForwardObjectionUseCase.Command(CENTRE, objection)).get();
        sicredit.notifyProvider().notifyProvider(new NotifyProviderUseCase.Command(BUREAU, objection)).get();
        sicredit.verifyObjection().verify(new VerifyObjectionUseCase.Command(CLERK, objection, "属实")).get();

        sicredit.decideObjection().decide(new DecideObjectionUseCase.Command(BUREAU, objection, Decision.DELETE,
                "信息不应产生", null)).get();

        assertThat(stores.objections().findById(objection).get().decision()).contains(Decision.DELETE);
        assertThat(stores.records().findById(id).get().state())
                .isEqualTo(new RecordState.Revoked(LocalDate.of(2020, 9, 1), "信息不应产生"));
    }

    @Test
    void foreign_nationals_named_by_a_permanent_residence_card_or_a_passport_are_stored_sealed_and_found() {
        SubjectDraft card = SubjectDraft.individual("John Smith", IdentityDocument.FOREIGN_PERMANENT_RESIDENT_ID,
                "931840198503120013");
        SubjectDraft passport = SubjectDraft.individual("Kim Minji", IdentityDocument.PASSPORT, "KOR:M12345678");
        Seq<RecordId> added = sicredit.collectSubmission().collect(new CollectSubmissionUseCase.Command(CLERK, "SHSI",
                JUNE, List.of(row(1, aRecord().of(card).category(4).amount(null).documentNumber("F-1")),
                        row(2, aRecord().of(passport).category(4).amount(null).documentNumber("F-2"))))).get().added();
        sicredit.reportMonth().report(new ReportMonthUseCase.Command(BUREAU, JUNE)).get();
        relay();

        assertThat(stores.records().findById(added.get(0)).get().content().subject().identifier())
                .isEqualTo(new ForeignPermanentResidentId("931840198503120013"));
        LookUpSubjectUseCase.Result byCard = sicredit.lookUpSubject().lookUp(new LookUpSubjectUseCase.Query(BUREAU,
                "931840198503120013", LocalDate.of(2020, 6, 30), "复核")).get();
        assertThat(byCard.activeRecords().map(view -> view.id())).containsExactly(added.get(0));
        LookUpSubjectUseCase.Result byPassport = sicredit.lookUpSubject().lookUp(new LookUpSubjectUseCase.Query(
                Caller.provider("other", "SHLS"), "KOR M12345678", LocalDate.of(2020, 6, 30), "核查")).get();
        assertThat(byPassport.activeRecords().single().subjectIdentifier()).isEqualTo("KOR:*********");
        assertThat(stores.auditLog().entriesFor(added.get(1)).last().subjectMasked()).isEqualTo("KOR:*********");
        assertThat(stores.auditLog().entriesAbout(new org.sicredit.domain.subject.PassportNumber("KOR", "M12345678"))
                .map(entry -> entry.actorId())).containsExactly("other");
        assertThat(stores.auditLog().entriesAbout(new org.sicredit.domain.subject.PassportNumber("KOR", "M12345679")))
                .isEmpty();
    }

    private static CollectSubmissionUseCase.Row row(int number, org.sicredit.domain.fixtures.RecordFixture record) {
        return new CollectSubmissionUseCase.Row(number, record.draft());
    }
}
