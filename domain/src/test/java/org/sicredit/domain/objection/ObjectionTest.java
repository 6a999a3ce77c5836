package org.sicredit.domain.objection;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.sicredit.domain.calendar.HolidayCn;
import org.sicredit.domain.calendar.WorkingCalendar;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.policy.Deadlines;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.record.Actor;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.Providers;
import org.sicredit.domain.rejection.Rejection;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.BUREAU_OFFICER;
import static org.sicredit.domain.fixtures.RecordFixture.PROVIDER_CLERK;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

class ObjectionTest {

    private static final Actor CENTRE = new Actor("centre-desk", ActorRole.CENTRE);
    private static final Deadlines DEADLINES = Policies.SHANGHAI_SOCIAL_CREDIT_REGULATIONS.deadlines();
    private static final WorkingCalendar CALENDAR = HolidayCn.calendar();
    private static final LocalDate RECEIVED = LocalDate.of(2020, 9, 29);

    private final DishonestyRecord record = aRecord().reportedOn(LocalDate.of(2019, 4, 10)).build();

    @Test
    void the_centre_receives_an_objection_to_a_record_on_the_platform() {
        Objection.Changed received = receive();

        assertThat(received.objection().isOpen()).isTrue();
        assertThat(received.objection().lastStep()).isEqualTo(ObjectionStep.RECEIVED);
        assertThat(received.objection().provider()).isEqualTo(record.provider());
        assertThat(received.event().step()).isEqualTo(ObjectionStep.RECEIVED);
        assertThat(received.event().detail()).contains("欠费已于处罚前补缴");
        assertThat(received.objection().version()).isEqualTo(1);
    }

    @Test
    void an_objection_states_its_grounds() {
        assertThat(Objection.receive(new ObjectionId("OBJ-1"), record, " ", List.empty(), CENTRE, Clocks.on(RECEIVED))
                .getLeft().code()).isEqualTo("OBJECTION_GROUNDS_REQUIRED");
    }

    @Test
    void only_a_record_on_the_platform_can_be_objected_to() {
        Rejection rejection = Objection.receive(new ObjectionId("OBJ-1"), aRecord().build(), "错误", List.empty(),
                CENTRE, Clocks.on(RECEIVED)).getLeft();

        assertThat(rejection.code()).isEqualTo("OBJECTION_RECORD_NOT_ON_PLATFORM");
        assertThat(rejection.legalBasis()).contains("上海市社会信用条例 第三十六条");
    }

    @Test
    void a_record_has_one_open_objection_at_a_time() {
        Objection open = receive().objection();
        DishonestyRecord marked = record.markObjection("OBJ-1", CENTRE, Clocks.on(RECEIVED)).get().record();

        assertThat(Objection.receive(new ObjectionId("OBJ-2"), record, "又一次", List.of(open), CENTRE,
                Clocks.on(RECEIVED)).getLeft().code()).isEqualTo("OBJECTION_ALREADY_OPEN");
        assertThat(Objection.receive(new ObjectionId("OBJ-2"), marked, "又一次", List.empty(), CENTRE,
                Clocks.on(RECEIVED)).getLeft().code()).isEqualTo("OBJECTION_ALREADY_OPEN");
    }

    @Test
    void a_decided_objection_no_longer_blocks_a_new_one() {
        Objection decided = walkTo(ObjectionStep.DECIDED, RECEIVED, RECEIVED.plusDays(1));

        assertThat(decided.isOpen()).isFalse();
        assertThat(decided.decision()).contains(Decision.UPHOLD);
        assertThat(Objection.receive(new ObjectionId("OBJ-2"), record, "新的理由", List.of(decided), CENTRE,
                Clocks.on(RECEIVED.plusDays(20))).isRight()).isTrue();
    }

    @Test
    void steps_happen_in_order_and_once() {
        Objection received = receive().objection();

        Rejection skipped = received.forward(CENTRE, Clocks.on(RECEIVED)).getLeft();
        assertThat(skipped.code()).isEqualTo("OBJECTION_ILLEGAL_STEP");
        assertThat(skipped.messageZh()).contains("市公共信用信息服务中心收到异议申请", "中心转交市人力资源社会保障局");

        Objection marked = received.mark(CENTRE, Clocks.on(RECEIVED)).get().objection();
        assertThat(marked.mark(CENTRE, Clocks.on(RECEIVED)).getLeft().code()).isEqualTo("OBJECTION_ILLEGAL_STEP");
    }

    @Test
    void only_the_owning_provider_verifies() {
        Objection notified = walkTo(ObjectionStep.PROVIDER_NOTIFIED, RECEIVED, RECEIVED);

        assertThat(notified.recordVerification(Providers.LABOUR_SECURITY_SUPERVISION_CORPS, "核查无误", PROVIDER_CLERK,
                Clocks.on(RECEIVED)).getLeft().code()).isEqualTo("OBJECTION_NOT_OWNING_PROVIDER");
        assertThat(notified.recordVerification(Providers.SOCIAL_INSURANCE_CENTRE, "核查无误", PROVIDER_CLERK,
                Clocks.on(RECEIVED)).get().objection().lastStep()).isEqualTo(ObjectionStep.VERIFIED);
    }

    @Test
    void deadlines_cross_national_day_and_its_make_up_saturday() {
        // received Tue 29 Sep 2020, forwarded Wed 30 Sep; 1–8 Oct off, Saturday 10 Oct worked
        Objection forwarded = walkTo(ObjectionStep.FORWARDED, RECEIVED, LocalDate.of(2020, 9, 30));
        Seq<StepDeadline> deadlines = forwarded.deadlines(LocalDate.of(2020, 9, 30), DEADLINES, CALENDAR).get();

        assertThat(deadlines.map(d -> d.step() + " " + d.due())).containsExactly(
                "MARKED 2020-09-30",
                "FORWARDED 2020-10-09",
                "PROVIDER_NOTIFIED 2020-09-30",
                "VERIFIED 2020-10-14",
                "DECIDED 2020-10-14",
                "CENTRE_INFORMED 2020-10-14");
        assertThat(deadlines.filter(StepDeadline::isOverdue)).isEmpty();
    }

    @Test
    void an_objection_decided_late_says_by_how_many_working_days() {
        Objection decidedLate = walkTo(ObjectionStep.DECIDED, RECEIVED, LocalDate.of(2020, 9, 30),
                LocalDate.of(2020, 10, 16));

        // notified 16 Oct instead of 30 Sep: 9, 10 (Saturday worked), 12–16 Oct are 7 working days late
        Seq<StepDeadline> overdue = decidedLate.overdue(LocalDate.of(2020, 10, 16), DEADLINES, CALENDAR).get();

        assertThat(overdue.map(d -> d.step() + " late " + d.workingDaysLate())).containsExactly(
                "PROVIDER_NOTIFIED late 7", "VERIFIED late 2", "DECIDED late 2", "CENTRE_INFORMED late 2");
        assertThat(overdue.find(d -> d.step() == ObjectionStep.DECIDED).get().doneOn())
                .contains(LocalDate.of(2020, 10, 16));
    }

    @Test
    void an_undecided_objection_grows_later_each_working_day() {
        Objection waiting = walkTo(ObjectionStep.VERIFIED, RECEIVED, LocalDate.of(2020, 9, 30));

        assertThat(waiting.overdue(LocalDate.of(2020, 10, 14), DEADLINES, CALENDAR).get()).isEmpty();
        assertThat(waiting.overdue(LocalDate.of(2020, 10, 19), DEADLINES, CALENDAR).get()
                .find(d -> d.step() == ObjectionStep.DECIDED).get().workingDaysLate()).isEqualTo(3);
    }

    @Test
    void deadlines_need_a_calendar_that_covers_them() {
        Objection late2026 = Objection.receive(new ObjectionId("OBJ-9"), record, "理由", List.empty(), CENTRE,
                Clocks.on(2026, 12, 30)).get().objection();

        assertThat(late2026.deadlines(LocalDate.of(2026, 12, 30), DEADLINES, CALENDAR).getLeft().code())
                .isEqualTo("CALENDAR_YEAR_NOT_COVERED");
    }

    @Test
    void a_stored_objection_is_restored_equal_in_every_step_whatever_order_the_steps_are_read_in() {
        Objection decided = walkTo(ObjectionStep.DECIDED, RECEIVED, LocalDate.of(2020, 9, 30));
        io.vavr.collection.Map<ObjectionStep, LocalDate> shuffled = io.vavr.collection.LinkedHashMap.ofEntries(
                decided.done().toList().reverse());

        Objection restored = Objection.restore(decided.id(), decided.recordId(), decided.provider(),
                decided.grounds(), shuffled, decided.decision(), decided.history(), decided.version());

        assertThat(restored).usingRecursiveComparison().isEqualTo(decided);
        assertThat(restored.lastStep()).isEqualTo(ObjectionStep.DECIDED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Objection.restore(decided.id(), decided.recordId(),
                        decided.provider(), "理由", io.vavr.collection.LinkedHashMap.empty(), Option.none(),
                        List.empty(), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void grounds_findings_and_reasons_keep_no_resident_id_number_in_clear() {
        Objection received = Objection.receive(new ObjectionId("OBJ-9"), record, "本人身份证440524188001010014从未在该单位工作",
                List.empty(), CENTRE, Clocks.on(RECEIVED)).get().objection();
        Objection verified = walkTo(ObjectionStep.PROVIDER_NOTIFIED, RECEIVED, RECEIVED.plusDays(1))
                .recordVerification(Providers.SOCIAL_INSURANCE_CENTRE, "核实440524188001010014的参保记录", PROVIDER_CLERK,
                        Clocks.on(RECEIVED.plusDays(2))).get().objection();
        Objection decided = verified.decide(Decision.UPHOLD, "440524188001010014所述不实", BUREAU_OFFICER,
                Clocks.on(RECEIVED.plusDays(3))).get().objection();

        assertThat(received.grounds()).isEqualTo("本人身份证4405**********0014从未在该单位工作");
        assertThat(received.history().head().detail()).contains("本人身份证4405**********0014从未在该单位工作");
        assertThat(decided.history().map(event -> event.detail().getOrElse("")).mkString())
                .doesNotContain("440524188001010014").contains("核实4405**********0014的参保记录").contains("4405**********0014所述不实");
    }

    private Objection.Changed receive() {
        return Objection.receive(new ObjectionId("OBJ-1"), record, "欠费已于处罚前补缴", List.empty(), CENTRE,
                Clocks.on(RECEIVED)).get();
    }

    /** Walks every step up to {@code last}: received and marked on the first day, forwarded on the second. */
    private Objection walkTo(ObjectionStep last, LocalDate received, LocalDate forwarded) {
        return walkTo(last, received, forwarded, forwarded);
    }

    private Objection walkTo(ObjectionStep last, LocalDate received, LocalDate forwarded, LocalDate decided) {
        Objection objection = Objection.receive(new ObjectionId("OBJ-1"), record, "理由", List.empty(), CENTRE,
                Clocks.on(received)).get().objection();
        for (ObjectionStep step : ObjectionStep.values()) {
            if (step == ObjectionStep.RECEIVED) {
                continue;
            }
            if (step.ordinal() > last.ordinal()) {
                break;
            }
            objection = switch (step) {
                case MARKED -> objection.mark(CENTRE, Clocks.on(received)).get().objection();
                case FORWARDED -> objection.forward(CENTRE, Clocks.on(forwarded)).get().objection();
                case PROVIDER_NOTIFIED -> objection.notifyProvider(BUREAU_OFFICER, Clocks.on(decided)).get().objection();
                case VERIFIED -> objection.recordVerification(Providers.SOCIAL_INSURANCE_CENTRE, "核查属实",
                        PROVIDER_CLERK, Clocks.on(decided)).get().objection();
                case DECIDED -> objection.decide(Decision.UPHOLD, "信息无误", BUREAU_OFFICER, Clocks.on(decided))
                        .get().objection();
                case CENTRE_INFORMED -> objection.informCentre(BUREAU_OFFICER, Clocks.on(decided)).get().objection();
                default -> objection;
            };
        }
        return Option.of(objection).get();
    }

    @Test
    void walks_every_step_to_informing_the_centre_one_event_and_version_each() {
        Objection informed = walkTo(ObjectionStep.CENTRE_INFORMED, RECEIVED, LocalDate.of(2020, 9, 30));

        assertThat(informed.lastStep()).isEqualTo(ObjectionStep.CENTRE_INFORMED);
        assertThat(informed.version()).isEqualTo(7);
        assertThat(informed.history().map(ObjectionEvent::step)).containsExactly(ObjectionStep.values());
        assertThat(informed.history().map(ObjectionEvent::objectionId).distinct()).containsExactly(informed.id());
        assertThat(informed.history().map(ObjectionEvent::recordId).distinct()).containsExactly(record.id());
        assertThat(informed.recordId()).isEqualTo(record.id());
        assertThat(informed.grounds()).isEqualTo("理由");
        assertThat(informed.done().get(ObjectionStep.FORWARDED)).contains(LocalDate.of(2020, 9, 30));
        assertThat(informed.id()).hasToString("OBJ-1");
        assertThat(informed.informCentre(BUREAU_OFFICER, Clocks.on(2020, 10, 1)).getLeft().code())
                .isEqualTo("OBJECTION_ILLEGAL_STEP");
    }
}
