package org.sicredit.domain.scenario;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.sicredit.domain.calendar.HolidayCn;
import org.sicredit.domain.calendar.WorkingCalendar;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.objection.Decision;
import org.sicredit.domain.objection.Objection;
import org.sicredit.domain.objection.ObjectionId;
import org.sicredit.domain.objection.ObjectionStep;
import org.sicredit.domain.objection.StepDeadline;
import org.sicredit.domain.policy.Facilitation;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.policy.PolicyBook;
import org.sicredit.domain.policy.SeriousGround;
import org.sicredit.domain.record.Actor;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.record.Changed;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.Providers;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.record.RecordState;
import org.sicredit.domain.repair.RepairApplication;
import org.sicredit.domain.repair.RepairApplicationId;
import org.sicredit.domain.repair.RepairGround;
import org.sicredit.domain.sanction.SanctionProfile;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.BUREAU_OFFICER;
import static org.sicredit.domain.fixtures.RecordFixture.PROVIDER_CLERK;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/** The regulation article by article, end to end, on fixed clocks and the State Council's calendar. */
class RegulationScenariosTest {

    private static final PolicyBook BOOK = Policies.defaultBook();
    private static final WorkingCalendar CALENDAR = HolidayCn.calendar();
    private static final Actor CENTRE = new Actor("centre-desk", ActorRole.CENTRE);
    private static final Actor SUBJECT = new Actor("440524188001010014", ActorRole.SUBJECT);

    @Test
    void articles_5_to_8_a_fraud_is_collected_monthly_reported_and_sanctioned_jointly() {
        Changed collected = DishonestyRecord.collect(new RecordId(UUID.randomUUID()),
                Providers.SOCIAL_INSURANCE_CENTRE, aRecord().ofAnIndividual().fraudOf("18000.00")
                        .actDate(LocalDate.of(2020, 8, 20)).draft(),
                BOOK, List.empty(), PROVIDER_CLERK, Clocks.on(2020, 9, 1)).get();
        DishonestyRecord record = collected.record();
        assertThat(record.classification().grounds()).containsExactly(SeriousGround.FUND_FRAUD);

        record = record.submit(YearMonth.of(2020, 9), PROVIDER_CLERK, Clocks.on(2020, 9, 30)).get().record();
        record = record.report(BUREAU_OFFICER, Clocks.on(2020, 10, 12)).get().record();

        SanctionProfile profile = SanctionProfile.of(List.of(record), LocalDate.of(2020, 10, 12), BOOK);
        assertThat(profile.measures().map(m -> m.measure().code())).containsExactly("KEY_REVIEW", "KEY_INSPECTION", "KEY_AUDIT_TARGET", "RESTRICTED_FACILITATION",
                "JOINT_PUNISHMENT");
        assertThat(profile.mayUse(Facilitation.NOTIFICATION_AND_COMMITMENT).allowed()).isFalse();
        assertThat(record.history().map(e -> e.getClass().getSimpleName()))
                .containsExactly("RecordCollected", "RecordSubmitted", "RecordReported");
    }

    @Test
    void article_9_an_objection_over_national_day_decided_late_corrects_the_record() {
        DishonestyRecord record = aRecord().serious().reportedOn(LocalDate.of(2020, 6, 10)).build();
        Objection objection = Objection.receive(new ObjectionId("OBJ-2020-0929"), record, "公开告示已撤回",
                List.empty(), CENTRE, Clocks.on(2020, 9, 29)).get().objection();
        record = record.markObjection(objection.id().value(), CENTRE, Clocks.on(2020, 9, 30)).get().record();
        objection = objection.mark(CENTRE, Clocks.on(2020, 9, 30)).get().objection()
                .forward(CENTRE, Clocks.on(2020, 9, 30)).get().objection()
                .notifyProvider(BUREAU_OFFICER, Clocks.on(2020, 9, 30)).get().objection()
                .recordVerification(Providers.SOCIAL_INSURANCE_CENTRE, "告示已于2020-09-01撤回", PROVIDER_CLERK,
                        Clocks.on(2020, 10, 13)).get().objection()
                .decide(Decision.CORRECT, "撤销公开告示标记", BUREAU_OFFICER, Clocks.on(2020, 10, 16)).get()
                .objection();

        StepDeadline decision = objection.overdue(LocalDate.of(2020, 10, 16), Policies.SHANGHAI_SOCIAL_CREDIT_REGULATIONS.deadlines(), CALENDAR).get()
                .find(d -> d.step() == ObjectionStep.DECIDED).get();
        assertThat(decision.due()).isEqualTo(LocalDate.of(2020, 10, 14));
        assertThat(decision.workingDaysLate()).isEqualTo(2);

        DishonestyRecord corrected = record.correct(aRecord().publicNotice(false).draft(),
                Option.some(objection.id().value()), BOOK, List.empty(), BUREAU_OFFICER, Clocks.on(2020, 10, 16))
                .get().record();
        assertThat(corrected.isSerious()).isFalse();
        assertThat(SanctionProfile.of(List.of(corrected), LocalDate.of(2020, 10, 16), BOOK).measures()
                .map(m -> m.measure().code())).containsExactly("KEY_REVIEW", "KEY_INSPECTION", "KEY_AUDIT_TARGET", "RESTRICTED_FACILITATION");
    }

    @Test
    void article_10_repair_is_refused_outside_the_query_period_and_ends_sanctions_inside_it() {
        DishonestyRecord record = aRecord().endedOn(LocalDate.of(2019, 3, 20)).reportedOn(LocalDate.of(2019, 4, 10))
                .build();

        assertThat(RepairApplication.apply(new RepairApplicationId("R-late"), record, RepairGround.OBLIGATIONS_FULFILLED, "已补缴", List.empty(), SUBJECT,
                Clocks.on(2024, 4, 1)).getLeft().code()).isEqualTo("REPAIR_OUTSIDE_QUERY_PERIOD");

        RepairApplication application = RepairApplication.apply(new RepairApplicationId("R-1"), record, RepairGround.OBLIGATIONS_FULFILLED,
                        "已补缴", List.empty(), SUBJECT, Clocks.on(2021, 9, 1)).get().application()
                .addEvidence("补缴凭证", SUBJECT, Clocks.on(2021, 9, 1)).get().application()
                .verify(Providers.SOCIAL_INSURANCE_CENTRE, "属实", PROVIDER_CLERK, Clocks.on(2021, 9, 10)).get()
                .application()
                .issueProof("沪社保修复〔2021〕7号", PROVIDER_CLERK, Clocks.on(2021, 9, 30)).get().application();
        DishonestyRecord repaired = record.repair(Providers.SOCIAL_INSURANCE_CENTRE, "沪社保修复〔2021〕7号",
                LocalDate.of(2021, 9, 30), PROVIDER_CLERK, Clocks.on(2021, 9, 30)).get().record();

        assertThat(application.delistingDue(Policies.SHANGHAI_SOCIAL_CREDIT_REGULATIONS.deadlines(), CALENDAR).get()).isEqualTo(LocalDate.of(2021, 10, 11));
        assertThat(SanctionProfile.of(List.of(repaired), LocalDate.of(2021, 9, 30), BOOK).isSanctioned()).isFalse();
    }

    @Test
    void scr_article_37_a_revoked_record_stops_sanctioning_at_once_and_is_deleted_within_three_working_days() {
        DishonestyRecord revoked = aRecord().reportedOn(LocalDate.of(2021, 3, 1)).build()
                .revoke("行政处罚决定经复议撤销", BUREAU_OFFICER, Clocks.on(2021, 9, 30)).get().record();

        assertThat(SanctionProfile.of(List.of(revoked), LocalDate.of(2021, 9, 30), BOOK).isSanctioned()).isFalse();
        assertThat(revoked.deletionDue(Policies.SHANGHAI_SOCIAL_CREDIT_REGULATIONS.deadlines(), CALENDAR).get()).isEqualTo(LocalDate.of(2021, 10, 11));
        assertThat(aRecord().build().deletionDue(Policies.SHANGHAI_SOCIAL_CREDIT_REGULATIONS.deadlines(), CALENDAR).getLeft().code())
                .isEqualTo("RECORD_ILLEGAL_TRANSITION");
    }

    @Test
    void scr_article_35_a_record_leaves_every_answer_after_five_years() {
        DishonestyRecord record = aRecord().endedOn(LocalDate.of(2018, 9, 3)).actDate(LocalDate.of(2018, 8, 20))
                .collectedOn(LocalDate.of(2018, 9, 10)).reportedOn(LocalDate.of(2018, 10, 10)).build();

        assertThat(SanctionProfile.of(List.of(record), LocalDate.of(2023, 7, 31), BOOK).isSanctioned()).isTrue();
        assertThat(record.expire(Actor.system("sweep"), Clocks.on(2023, 9, 4)).get().record().state())
                .isEqualTo(new RecordState.Expired(LocalDate.of(2023, 9, 4)));
    }

    @Test
    void the_measure_sanctions_on_2023_07_31_and_not_on_2023_08_01_while_the_record_stays_visible() {
        DishonestyRecord record = aRecord().reportedOn(LocalDate.of(2019, 4, 10)).build();

        SanctionProfile lastDay = SanctionProfile.of(List.of(record), LocalDate.of(2023, 7, 31), BOOK);
        SanctionProfile dayAfter = SanctionProfile.of(List.of(record), LocalDate.of(2023, 8, 1), BOOK);

        assertThat(lastDay.measures().map(m -> m.measure().code())).containsExactly("KEY_REVIEW", "KEY_INSPECTION",
                "KEY_AUDIT_TARGET", "RESTRICTED_FACILITATION");
        assertThat(dayAfter.measures()).isEmpty();
        assertThat(dayAfter.activeRecords()).containsExactly(record);
        assertThat(dayAfter.basisZh()).contains("2023-08-01没有生效的社会保险失信信息管理办法");
    }

    @Test
    void an_act_on_2023_07_31_is_collected_and_one_on_2023_08_01_is_refused_without_a_measure() {
        var lastDay = DishonestyRecord.collect(new RecordId(UUID.randomUUID()), Providers.SOCIAL_INSURANCE_CENTRE,
                aRecord().actDate(LocalDate.of(2023, 7, 31)).draft(), BOOK, List.empty(), PROVIDER_CLERK,
                Clocks.on(2023, 8, 10));
        var dayAfter = DishonestyRecord.collect(new RecordId(UUID.randomUUID()), Providers.SOCIAL_INSURANCE_CENTRE,
                aRecord().actDate(LocalDate.of(2023, 8, 1)).draft(), BOOK, List.empty(), PROVIDER_CLERK,
                Clocks.on(2023, 8, 10));

        assertThat(lastDay.isValid()).isTrue();
        assertThat(dayAfter.getError().map(r -> r.code() + "@" + r.field())).containsExactly("NO_POLICY_IN_FORCE@actDate");
    }

    @Test
    void scr_article_35_the_query_period_ends_on_its_last_day_whether_a_measure_is_in_force_or_not() {
        // ended 2018-09-03: the last day 2023-09-03 falls after the Measure; ended 2018-06-...: none before 2018-08-01
        DishonestyRecord afterMeasure = aRecord().actDate(LocalDate.of(2018, 8, 20)).endedOn(LocalDate.of(2018, 9, 3))
                .collectedOn(LocalDate.of(2018, 9, 10)).reportedOn(LocalDate.of(2018, 10, 10)).build();
        DishonestyRecord withinMeasure = aRecord().actDate(LocalDate.of(2018, 8, 2)).endedOn(LocalDate.of(2018, 8, 3))
                .collectedOn(LocalDate.of(2018, 9, 10)).reportedOn(LocalDate.of(2018, 10, 10)).build();
        PolicyBook continued = BOOK.with(org.sicredit.domain.policy.FollowUpMeasure.from2023(
                Policies.DEFAULT_LARGE_AMOUNT));

        assertThat(withinMeasure.lastDayOfQueryPeriod()).contains(LocalDate.of(2023, 8, 3));
        assertThat(SanctionProfile.of(List.of(afterMeasure), LocalDate.of(2023, 9, 3), BOOK).activeRecords()).hasSize(1);
        assertThat(SanctionProfile.of(List.of(afterMeasure), LocalDate.of(2023, 9, 4), BOOK).activeRecords()).isEmpty();
        assertThat(SanctionProfile.of(List.of(afterMeasure), LocalDate.of(2023, 9, 3), continued).isSanctioned()).isTrue();
        assertThat(SanctionProfile.of(List.of(afterMeasure), LocalDate.of(2023, 9, 4), continued).isSanctioned()).isFalse();
        assertThat(SanctionProfile.of(List.of(withinMeasure), LocalDate.of(2023, 7, 31), BOOK).isSanctioned()).isTrue();
        assertThat(afterMeasure.expire(Actor.system("sweep"), Clocks.on(2023, 9, 3)).getLeft().code())
                .isEqualTo("RECORD_QUERY_PERIOD_NOT_OVER");
        assertThat(afterMeasure.expire(Actor.system("sweep"), Clocks.on(2023, 9, 4)).isRight()).isTrue();
    }

    @Test
    void scr_article_35_an_act_whose_query_period_ended_before_collection_is_refused() {
        var refused = DishonestyRecord.collect(new RecordId(UUID.randomUUID()), Providers.SOCIAL_INSURANCE_CENTRE,
                aRecord().actDate(LocalDate.of(2018, 8, 2)).endedOn(LocalDate.of(2018, 8, 3)).draft(), BOOK,
                List.empty(), PROVIDER_CLERK, Clocks.on(2023, 8, 4)).getError();
        var lastDay = DishonestyRecord.collect(new RecordId(UUID.randomUUID()), Providers.SOCIAL_INSURANCE_CENTRE,
                aRecord().actDate(LocalDate.of(2018, 8, 2)).endedOn(LocalDate.of(2018, 8, 3)).draft(), BOOK,
                List.empty(), PROVIDER_CLERK, Clocks.on(2023, 8, 3));

        assertThat(refused.map(r -> r.code())).containsExactly("QUERY_PERIOD_ENDED");
        assertThat(refused.head().legalBasis()).contains("上海市社会信用条例 第三十五条");
        assertThat(refused.head().messageZh()).contains("2023-08-03");
        assertThat(lastDay.isValid()).isTrue();
    }
}
