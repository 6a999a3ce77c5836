package org.sicredit.application.service;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.sicredit.application.access.Caller;
import org.sicredit.application.command.PageRequest;
import org.sicredit.application.fixtures.Application;
import org.sicredit.application.port.in.LookUpSubjectUseCase;
import org.sicredit.application.port.in.ReadAuditTrailUseCase;
import org.sicredit.application.port.in.ReceiveObjectionUseCase;
import org.sicredit.application.port.out.AuditLogPort.Action;
import org.sicredit.application.port.out.AuditLogPort.AuditEntry;
import org.sicredit.application.port.out.RecordStorePort.Save;
import org.sicredit.application.view.Page;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.fixtures.Subjects;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.record.DishonestyRecord;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

class AuditTrailTest {

    private static final LocalDate DAY = LocalDate.of(2020, 7, 10);
    private static final Caller AUDITOR = Caller.auditor("auditor-7");
    private static final Caller OFFICER = Caller.officer("counter-3");

    private final Application app = new Application(Clocks.on(DAY));
    private final DishonestyRecord record = aRecord().reportedOn(LocalDate.of(2020, 6, 30)).build();

    @Test
    void an_auditor_reads_who_looked_at_a_subject_and_why_oldest_first_and_the_reading_is_itself_recorded() {
        app.records.saveAll(List.of(Save.created(record))).get();
        lookUp(Caller.bureau("officer-001"), Subjects.SPDB_CODE, "行政许可审查");
        lookUp(OFFICER, "13221158-X", "窗口办理社保登记");
        lookUp(Caller.subject("s", org.sicredit.domain.subject.ResidentIdNumber.parse(Subjects.PERSON_ID).get()),
                Subjects.SPDB_CODE, "好奇");

        java.util.List<AuditEntry> trail = app.sicredit.readAuditTrail().read(new ReadAuditTrailUseCase.Query(
                AUDITOR, "13221158-X", "年度审计")).get().toJavaList();

        assertThat(trail).extracting(AuditEntry::role, AuditEntry::action, AuditEntry::purpose).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ActorRole.BUREAU, Action.LOOKUP, "行政许可审查"),
                org.assertj.core.groups.Tuple.tuple(ActorRole.OFFICER, Action.LOOKUP, "窗口办理社保登记"),
                org.assertj.core.groups.Tuple.tuple(ActorRole.SUBJECT, Action.LOOKUP_REFUSED, "好奇"));
        assertThat(trail.get(2).refusal()).contains("SUBJECT_SCOPE");
        assertThat(app.audit.entriesByActor("auditor-7").map(AuditEntry::action))
                .containsExactly(Action.AUDIT_TRAIL_READ);
        assertThat(app.audit.entriesByActor("auditor-7").head().purpose()).isEqualTo("年度审计");
    }

    @Test
    void counter_staff_look_subjects_up_with_personal_numbers_masked_and_may_do_nothing_else() {
        DishonestyRecord person = aRecord().ofAnIndividual().fraudOf("12000.00").reportedOn(LocalDate.of(2020, 6, 30))
                .build();
        app.records.saveAll(List.of(Save.created(person))).get();

        LookUpSubjectUseCase.Result found = lookUp(OFFICER, Subjects.PERSON_ID, "窗口办理").get();

        assertThat(found.activeRecords()).hasSize(1);
        assertThat(found.activeRecords().head().toString()).doesNotContain(Subjects.PERSON_ID);
        assertThat(app.sicredit.receiveObjection().receive(new ReceiveObjectionUseCase.Command(OFFICER, person.id(),
                "有误")).getLeft().code()).isEqualTo("ROLE_NOT_ALLOWED");
    }

    @Test
    void only_an_auditor_reads_the_trail_and_an_identifier_it_cannot_read_is_refused() {
        assertThat(app.sicredit.readAuditTrail().read(new ReadAuditTrailUseCase.Query(Caller.bureau("officer-001"),
                Subjects.SPDB_CODE, "查看")).getLeft().code()).isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(app.sicredit.readAuditTrail().read(new ReadAuditTrailUseCase.Query(AUDITOR, "不是代码", "审计"))
                .getLeft().code()).isEqualTo("LOOKUP_IDENTIFIER");
        assertThat(app.sicredit.readAuditTrail().read(new ReadAuditTrailUseCase.Query(AUDITOR, Subjects.SPDB_CODE, ""))
                .getLeft().field()).isEqualTo("purpose");
    }

    @Test
    void an_auditor_walks_a_long_trail_page_by_page_and_sees_each_entry_once_in_order() {
        app.records.saveAll(List.of(Save.created(record))).get();
        for (int i = 0; i < 7; i++) {
            lookUp(OFFICER, Subjects.SPDB_CODE, "窗口办理 " + i);
        }

        java.util.List<String> purposes = new java.util.ArrayList<>();
        io.vavr.control.Option<String> cursor = io.vavr.control.Option.none();
        do {
            Page<AuditEntry> page = app.sicredit.readAuditTrail().page(new ReadAuditTrailUseCase.Query(AUDITOR,
                    Subjects.SPDB_CODE, "年度审计"), new PageRequest(3, cursor)).get();
            page.items().forEach(entry -> purposes.add(entry.action() + " " + entry.purpose()));
            cursor = page.nextCursor();
        } while (cursor.isDefined());

        assertThat(purposes.subList(0, 7)).containsExactly("LOOKUP 窗口办理 0", "LOOKUP 窗口办理 1",
                "LOOKUP 窗口办理 2", "LOOKUP 窗口办理 3", "LOOKUP 窗口办理 4", "LOOKUP 窗口办理 5", "LOOKUP 窗口办理 6");
        assertThat(purposes.subList(7, purposes.size())).as("each page read lands in the trail after what it read")
                .isNotEmpty().containsOnly("AUDIT_TRAIL_READ 年度审计");
    }

    @Test
    void a_page_too_large_or_a_forged_cursor_is_refused_before_the_trail_is_read() {
        ReadAuditTrailUseCase.Query query = new ReadAuditTrailUseCase.Query(AUDITOR, Subjects.SPDB_CODE, "年度审计");

        assertThat(app.sicredit.readAuditTrail().page(query, PageRequest.first(501)).getLeft().code())
                .isEqualTo("PAGE_LIMIT");
        assertThat(app.sicredit.readAuditTrail().page(query, PageRequest.after("110101199003077777", 10)).getLeft())
                .satisfies(refused -> {
                    assertThat(refused.code()).isEqualTo("PAGE_CURSOR");
                    assertThat(refused.toString()).doesNotContain("110101199003077777");
                });
        assertThat(app.audit.entriesByActor("auditor-7")).isEmpty();
    }

    private io.vavr.control.Either<org.sicredit.domain.rejection.Rejection, LookUpSubjectUseCase.Result> lookUp(
            Caller caller, String identifier, String purpose) {
        return app.sicredit.lookUpSubject().lookUp(new LookUpSubjectUseCase.Query(caller, identifier, DAY, purpose));
    }
}
