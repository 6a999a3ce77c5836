package org.sicredit.application.service;

import org.junit.jupiter.api.Test;
import org.sicredit.application.access.Caller;
import org.sicredit.application.command.ExpectedVersion;
import org.sicredit.application.fixtures.Application;
import org.sicredit.application.fixtures.MutableClock;
import org.sicredit.application.port.in.AddLaterFactsUseCase;
import org.sicredit.application.port.in.AddRepairEvidenceUseCase;
import org.sicredit.application.port.in.ApplyForRepairUseCase;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.in.MarkObjectionUseCase;
import org.sicredit.application.port.in.ReceiveObjectionUseCase;
import org.sicredit.application.port.in.ReportMonthUseCase;
import org.sicredit.application.port.in.RevokeRecordUseCase;
import org.sicredit.application.view.ObjectionView;
import org.sicredit.application.view.RepairView;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.repair.RepairGround;
import org.sicredit.domain.subject.UnifiedSocialCreditCode;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/** A change made against a version the caller read, so an update in between is refused, not lost (If-Match). */
class ExpectedVersionTest {

    private static final Caller CENTRE = Caller.centre("centre-desk");
    private static final Caller BUREAU = Caller.bureau("officer-001");
    private static final Caller OWNER = Caller.provider("clerk-001", "SHSI");
    private static final Caller SUBJECT = Caller.subject("self",
            UnifiedSocialCreditCode.parse("9131000013221158XC").get());

    private final MutableClock clock = new MutableClock(LocalDate.of(2020, 6, 30));
    private final Application app = new Application(clock);
    private final RecordId recordId = reportedRecord();

    @Test
    void an_objection_step_against_the_version_read_is_taken() {
        ObjectionView received = receive();

        ObjectionView marked = app.sicredit.markObjection().mark(new MarkObjectionUseCase.Command(CENTRE,
                received.id(), ExpectedVersion.of(received.version()))).get();

        assertThat(marked.version()).isGreaterThan(received.version());
    }

    @Test
    void an_objection_step_against_an_older_version_is_stale_and_changes_nothing() {
        ObjectionView received = receive();
        long recordVersion = app.records.findById(recordId).get().version();

        var refused = app.sicredit.markObjection().mark(new MarkObjectionUseCase.Command(CENTRE, received.id(),
                ExpectedVersion.of(received.version() + 1))).getLeft();

        assertThat(refused.code()).isEqualTo("STALE_VERSION");
        assertThat(refused.field()).isEqualTo("expectedVersion");
        assertThat(app.objections.findById(received.id()).get().version()).isEqualTo(received.version());
        assertThat(app.records.findById(recordId).get().version()).isEqualTo(recordVersion);
    }

    @Test
    void a_repair_step_against_an_older_version_is_stale() {
        clock.setDay(LocalDate.of(2021, 9, 1));
        RepairView applied = app.sicredit.applyForRepair().apply(new ApplyForRepairUseCase.Command(SUBJECT, recordId,
                RepairGround.OBLIGATIONS_FULFILLED, "已全额补缴欠费", List.of("补缴凭证"))).get();
        RepairView added = app.sicredit.addRepairEvidence().addEvidence(new AddRepairEvidenceUseCase.Command(SUBJECT,
                applied.id(), "滞纳金缴纳凭证", ExpectedVersion.of(applied.version()))).get();

        assertThat(app.sicredit.addRepairEvidence().addEvidence(new AddRepairEvidenceUseCase.Command(SUBJECT,
                applied.id(), "再一份", ExpectedVersion.of(applied.version()))).getLeft().code())
                .isEqualTo("STALE_VERSION");
        assertThat(app.repairs.findById(applied.id()).get().evidence()).hasSize(added.evidence().size());
    }

    @Test
    void a_revocation_and_later_facts_are_checked_against_the_record_version() {
        long version = app.records.findById(recordId).get().version();

        assertThat(app.sicredit.addLaterFacts().add(new AddLaterFactsUseCase.Command(OWNER, recordId,
                LocalDate.of(2020, 7, 1), false, "补缴凭证", ExpectedVersion.of(version + 1))).getLeft().code())
                .isEqualTo("STALE_VERSION");
        RevokeRecordUseCase.Result revoked = app.sicredit.revokeRecord().revoke(new RevokeRecordUseCase.Command(BUREAU,
                recordId, "行政处罚决定经复议撤销", ExpectedVersion.of(version))).get();

        assertThat(revoked.version()).isEqualTo(app.records.findById(recordId).get().version()).isGreaterThan(version);
    }

    @Test
    void no_stored_version_is_below_one() {
        assertThatThrownBy(() -> ExpectedVersion.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ExpectedVersion.any().check("loaded", 7).get()).isEqualTo("loaded");
    }

    private ObjectionView receive() {
        clock.setDay(LocalDate.of(2020, 9, 29));
        return app.sicredit.receiveObjection().receive(new ReceiveObjectionUseCase.Command(CENTRE, recordId,
                "欠费金额有误")).get();
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
