package org.sicredit.domain.record;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.record.RecordEvent.ObjectionMarked;
import org.sicredit.domain.record.RecordEvent.RecordCollected;
import org.sicredit.domain.record.RecordEvent.RecordCorrected;
import org.sicredit.domain.record.RecordEvent.RecordExpired;
import org.sicredit.domain.record.RecordEvent.RecordRepaired;
import org.sicredit.domain.record.RecordEvent.RecordReported;
import org.sicredit.domain.record.RecordEvent.RecordRevoked;
import org.sicredit.domain.record.RecordEvent.RecordSubmitted;
import org.sicredit.domain.record.RecordEvent.RecordUpheld;
import org.sicredit.domain.rejection.Rejection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.BUREAU_OFFICER;
import static org.sicredit.domain.fixtures.RecordFixture.PROVIDER_CLERK;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

class DishonestyRecordTest {

    private static final LocalDate REPORTED = LocalDate.of(2019, 4, 10);
    private static final Actor CENTRE = new Actor("centre-desk", ActorRole.CENTRE);

    @Test
    void collecting_returns_the_record_and_its_collected_event_at_the_clocks_time() {
        RecordId id = new RecordId(UUID.randomUUID());
        Changed collected = DishonestyRecord.collect(id, Providers.SOCIAL_INSURANCE_CENTRE, aRecord().draft(),
                Policies.defaultBook(), List.empty(), PROVIDER_CLERK, Clocks.on(2019, 4, 2)).get();

        assertThat(collected.record().state()).isEqualTo(new RecordState.Collected());
        assertThat(collected.record().version()).isEqualTo(1);
        assertThat(collected.record().collectedOn()).isEqualTo(LocalDate.of(2019, 4, 2));
        assertThat(collected.event()).isInstanceOf(RecordCollected.class);
        assertThat(collected.event().recordId()).isEqualTo(id);
        assertThat(collected.event().at()).isEqualTo(Clocks.on(2019, 4, 2).instant());
        assertThat(collected.event().actor()).isEqualTo(PROVIDER_CLERK);
        assertThat(collected.record().history()).containsExactly(collected.event());
    }

    @Test
    void a_draft_vetted_once_then_classified_against_the_subjects_other_records_is_collected_as_the_draft_would_be() {
        org.sicredit.domain.policy.SeverityRule repeated = (record, others) -> io.vavr.control.Either.right(
                others.size() >= 2 ? org.sicredit.domain.policy.Classification.serious(
                        org.sicredit.domain.policy.SeriousGround.FUND_FRAUD, "示例 第一条")
                        : org.sicredit.domain.policy.Classification.ORDINARY);
        org.sicredit.domain.policy.Measure measure = Policies.HU_RENSHE_GUI_2018_30;
        org.sicredit.domain.policy.PolicyBook book = org.sicredit.domain.policy.PolicyBook.of(
                measure.withSeverityRules(measure.severityRules().append(repeated)));
        io.vavr.collection.Seq<org.sicredit.domain.policy.RecordFacts> others = DishonestyRecord.severityHistory(
                List.of(aRecord().documentNumber("P-1").build(), aRecord().documentNumber("P-2").build()));
        RecordDraft draft = aRecord().draft();
        java.time.Clock clock = Clocks.on(2019, 4, 2);
        RecordId id = new RecordId(UUID.randomUUID());
        RecordDraft.Vetted vetted = draft.validate(book, LocalDate.of(2019, 4, 2),
                Providers.SOCIAL_INSURANCE_CENTRE.kind(), List.empty(), clock).get();

        Changed once = DishonestyRecord.collect(id, Providers.SOCIAL_INSURANCE_CENTRE,
                vetted.classifiedWith(others).get(), PROVIDER_CLERK, clock);
        Changed twice = DishonestyRecord.collect(id, Providers.SOCIAL_INSURANCE_CENTRE, draft, book, others,
                PROVIDER_CLERK, clock).get();

        assertThat(vetted.classification().isSerious()).isFalse();
        assertThat(once.record().isSerious()).isTrue();
        assertThat(once.record().classification()).isEqualTo(twice.record().classification());
        assertThat(once.record().content()).isEqualTo(twice.record().content());
        assertThat(once.record().lastDayOfQueryPeriod()).isEqualTo(twice.record().lastDayOfQueryPeriod());
        assertThat(once.record().collectedOn()).isEqualTo(LocalDate.of(2019, 4, 2));
        assertThat(once.record().state()).isEqualTo(new RecordState.Collected());
        assertThat(once.record().version()).isEqualTo(1);
        assertThat(once.event()).isEqualTo(twice.event());
        assertThat(once.record().history()).containsExactly(once.event());
    }

    @Test
    void an_organisations_record_names_its_legal_representative_and_an_individuals_names_none() {
        assertThat(aRecord().build().content().legalRepresentative().map(r -> r.name().value()))
                .isEqualTo(Option.some("张三"));
        assertThat(aRecord().build().content().legalRepresentative().map(r -> r.residentIdNumber().value()))
                .isEqualTo(Option.some("11010519491231002X"));
        assertThat(aRecord().ofAnIndividual().fraudOf("12000.00").build().content().legalRepresentative()).isEmpty();
    }

    @Test
    void goes_from_collected_to_submitted_to_reported_one_event_and_one_version_at_a_time() {
        DishonestyRecord collected = aRecord().build();
        Changed submitted = collected.submit(YearMonth.of(2019, 4), PROVIDER_CLERK, Clocks.on(2019, 4, 5)).get();
        Changed reported = submitted.record().report(BUREAU_OFFICER, Clocks.on(REPORTED)).get();

        assertThat(submitted.event()).isEqualTo(new RecordSubmitted(collected.id(), Clocks.on(2019, 4, 5).instant(),
                PROVIDER_CLERK, YearMonth.of(2019, 4)));
        assertThat(reported.record().state()).isEqualTo(new RecordState.Reported(YearMonth.of(2019, 4)));
        assertThat(reported.record().reportedOn()).contains(REPORTED);
        assertThat(reported.event()).isInstanceOf(RecordReported.class);
        assertThat(reported.record().version()).isEqualTo(3);
        assertThat(reported.record().history()).hasSize(3);
    }

    @Test
    void a_record_not_yet_submitted_cannot_be_reported() {
        Rejection rejection = aRecord().build().report(BUREAU_OFFICER, Clocks.on(REPORTED)).getLeft();

        assertThat(rejection.code()).isEqualTo("RECORD_ILLEGAL_TRANSITION");
        assertThat(rejection.value()).isEqualTo("Collected");
        assertThat(rejection.messageZh()).contains("已采集");
    }

    @Test
    void a_reported_record_cannot_be_submitted_again() {
        assertThat(reported().submit(YearMonth.of(2019, 5), PROVIDER_CLERK, Clocks.on(2019, 5, 2)).getLeft().code())
                .isEqualTo("RECORD_ILLEGAL_TRANSITION");
    }

    @Test
    void a_submitted_record_may_be_submitted_again_in_a_later_submission_of_its_provider() {
        DishonestyRecord submitted = aRecord().build()
                .submit(YearMonth.of(2019, 4), PROVIDER_CLERK, Clocks.on(2019, 4, 5)).get().record();

        assertThat(submitted.submit(YearMonth.of(2019, 5), PROVIDER_CLERK, Clocks.on(2019, 5, 5)).get().record().state())
                .isEqualTo(new RecordState.Submitted(YearMonth.of(2019, 5)));
    }

    @Test
    void one_objection_at_a_time_and_only_the_open_one_can_be_decided() {
        DishonestyRecord marked = reported().markObjection("OBJ-1", CENTRE, Clocks.on(2019, 6, 3)).get().record();

        assertThat(marked.state()).isEqualTo(new RecordState.UnderObjection(YearMonth.of(2019, 4), "OBJ-1"));
        assertThat(marked.history().last()).isInstanceOf(ObjectionMarked.class);
        assertThat(marked.markObjection("OBJ-2", CENTRE, Clocks.on(2019, 6, 4)).getLeft().code())
                .isEqualTo("RECORD_ILLEGAL_TRANSITION");
        assertThat(marked.uphold("OBJ-2", BUREAU_OFFICER, Clocks.on(2019, 6, 5)).getLeft().code())
                .isEqualTo("RECORD_ILLEGAL_TRANSITION");
    }

    @Test
    void an_upheld_objection_returns_the_record_to_reported_unchanged() {
        DishonestyRecord marked = reported().markObjection("OBJ-1", CENTRE, Clocks.on(2019, 6, 3)).get().record();
        Changed upheld = marked.uphold("OBJ-1", BUREAU_OFFICER, Clocks.on(2019, 6, 6)).get();

        assertThat(upheld.record().state()).isEqualTo(new RecordState.Reported(YearMonth.of(2019, 4)));
        assertThat(upheld.record().content()).isEqualTo(marked.content());
        assertThat(upheld.event()).isEqualTo(new RecordUpheld(marked.id(), Clocks.on(2019, 6, 6).instant(),
                BUREAU_OFFICER, "OBJ-1"));
    }

    @Test
    void a_correction_keeps_the_old_version_in_the_history_and_classifies_anew() {
        DishonestyRecord marked = aRecord().serious().reportedOn(REPORTED).build()
                .markObjection("OBJ-1", CENTRE, Clocks.on(2019, 6, 3)).get().record();
        Changed corrected = marked.correct(aRecord().publicNotice(false).amount(new BigDecimal("12000.00")).draft(),
                Option.some("OBJ-1"), Policies.defaultBook(), List.empty(), BUREAU_OFFICER, Clocks.on(2019, 6, 6)).get();

        RecordCorrected event = (RecordCorrected) corrected.event();
        assertThat(event.previous()).isEqualTo(marked.content());
        assertThat(event.corrected().amount()).contains(new BigDecimal("12000.00"));
        assertThat(corrected.record().isSerious()).isFalse();
        assertThat(corrected.record().state()).isEqualTo(new RecordState.Reported(YearMonth.of(2019, 4)));
        assertThat(corrected.record().history().last()).isEqualTo(event);
        assertThat(corrected.record().collectedOn()).isEqualTo(marked.collectedOn());
    }

    @Test
    void a_reported_record_is_corrected_only_through_an_objection() {
        var attempt = reported().correct(aRecord().draft(), Option.none(), Policies.defaultBook(), List.empty(),
                PROVIDER_CLERK, Clocks.on(2019, 6, 6));

        assertThat(attempt.getError().map(Rejection::code)).containsExactly("RECORD_ILLEGAL_TRANSITION");
    }

    @Test
    void a_provider_corrects_its_record_before_it_is_reported() {
        DishonestyRecord collected = aRecord().build();
        var corrected = collected.correct(aRecord().amount(new BigDecimal("1.00")).draft(), Option.none(),
                Policies.defaultBook(), List.empty(), PROVIDER_CLERK, Clocks.on(2019, 4, 3)).get();

        assertThat(corrected.record().state()).isEqualTo(new RecordState.Collected());
        assertThat(corrected.record().content().amount()).contains(new BigDecimal("1.00"));
    }

    @Test
    void an_invalid_correction_reports_every_error_and_changes_nothing() {
        DishonestyRecord collected = aRecord().build();
        var attempt = collected.correct(aRecord().cause("").documentNumber("").draft(), Option.none(),
                Policies.defaultBook(), List.empty(), PROVIDER_CLERK, Clocks.on(2019, 4, 3));

        assertThat(attempt.getError().map(Rejection::code)).containsExactly("CAUSE_REQUIRED", "DOCUMENT_NUMBER_REQUIRED");
        assertThat(collected.version()).isEqualTo(1);
    }

    @Test
    void a_revocations_reason_keeps_no_resident_id_number_in_clear() {
        Changed revoked = reported().revoke("440524188001010014的处罚决定被撤销", BUREAU_OFFICER, Clocks.on(2020, 1, 6)).get();

        assertThat(revoked.record().state()).isEqualTo(new RecordState.Revoked(LocalDate.of(2020, 1, 6),
                "4405**********0014的处罚决定被撤销"));
        assertThat(((RecordEvent.RecordRevoked) revoked.event()).reason()).isEqualTo("4405**********0014的处罚决定被撤销");
    }

    @Test
    void a_revoked_record_stops_sanctioning_at_once_and_never_changes_again() {
        DishonestyRecord record = reported();
        Changed revoked = record.revoke("处罚决定被行政复议撤销", BUREAU_OFFICER, Clocks.on(2020, 1, 6)).get();

        assertThat(record.isActiveOn(LocalDate.of(2020, 1, 6))).isTrue();
        assertThat(revoked.record().isActiveOn(LocalDate.of(2020, 1, 5))).as("the day before").isTrue();
        assertThat(revoked.record().isActiveOn(LocalDate.of(2020, 1, 6))).as("the same day").isFalse();
        assertThat(revoked.event()).isInstanceOf(RecordRevoked.class);
        assertThat(revoked.record().revoke("again", BUREAU_OFFICER, Clocks.on(2020, 1, 7)).getLeft().code())
                .isEqualTo("RECORD_ILLEGAL_TRANSITION");
    }

    @Test
    void a_record_is_active_from_the_day_it_is_reported() {
        DishonestyRecord record = reported();

        assertThat(aRecord().build().isActiveOn(LocalDate.of(2030, 1, 1))).as("never reported").isFalse();
        assertThat(record.isActiveOn(REPORTED.minusDays(1))).isFalse();
        assertThat(record.isActiveOn(REPORTED)).isTrue();
    }

    @Test
    void the_query_period_ends_five_years_after_the_act_ended_and_an_ongoing_act_stays_queryable() {
        DishonestyRecord ended = aRecord().endedOn(LocalDate.of(2019, 3, 20)).reportedOn(REPORTED).build();
        DishonestyRecord ongoing = reported();

        assertThat(ended.lastDayOfQueryPeriod()).contains(LocalDate.of(2024, 3, 20));
        assertThat(ended.isActiveOn(LocalDate.of(2024, 3, 20))).isTrue();
        assertThat(ended.isActiveOn(LocalDate.of(2024, 3, 21))).isFalse();
        assertThat(ongoing.lastDayOfQueryPeriod()).isEmpty();
        assertThat(ongoing.isActiveOn(LocalDate.of(2040, 1, 1))).isTrue();
    }

    @Test
    void the_sweep_expires_a_record_only_after_its_query_period() {
        DishonestyRecord ended = aRecord().endedOn(LocalDate.of(2019, 3, 20)).reportedOn(REPORTED).build();
        Actor sweep = Actor.system("expiry-sweep");

        Rejection early = ended.expire(sweep, Clocks.on(2024, 3, 20)).getLeft();
        Changed expired = ended.expire(sweep, Clocks.on(2024, 3, 21)).get();

        assertThat(early.code()).isEqualTo("RECORD_QUERY_PERIOD_NOT_OVER");
        assertThat(early.messageEn()).contains("2024-03-20");
        assertThat(early.messageZh()).isEqualTo("失信信息仍在查询期限内（至2024-03-20）");
        assertThat(expired.record().state()).isEqualTo(new RecordState.Expired(LocalDate.of(2024, 3, 21)));
        assertThat(expired.event()).isInstanceOf(RecordExpired.class);
        assertThat(expired.record().expire(sweep, Clocks.on(2024, 3, 22)).getLeft().code())
                .as("running the sweep twice changes nothing").isEqualTo("RECORD_ILLEGAL_TRANSITION");
        assertThat(reported().expire(sweep, Clocks.on(2040, 1, 1)).getLeft().messageEn()).contains("the act goes on");
        assertThat(reported().expire(sweep, Clocks.on(2040, 1, 1)).getLeft().messageZh()).contains("行为尚未终止");
    }

    @Test
    void only_the_owning_provider_repairs_and_only_inside_the_query_period() {
        DishonestyRecord ended = aRecord().endedOn(LocalDate.of(2019, 3, 20)).reportedOn(REPORTED).build();

        assertThat(ended.repair(Providers.LABOUR_SECURITY_SUPERVISION_CORPS, "修复〔2020〕1号", LocalDate.of(2020, 2, 3),
                PROVIDER_CLERK, Clocks.on(2020, 2, 3)).getLeft().code()).isEqualTo("RECORD_NOT_OWNING_PROVIDER");
        assertThat(ended.repair(Providers.SOCIAL_INSURANCE_CENTRE, "修复〔2024〕1号", LocalDate.of(2024, 3, 21),
                PROVIDER_CLERK, Clocks.on(2024, 3, 21)).getLeft().code()).isEqualTo("RECORD_OUTSIDE_QUERY_PERIOD");
        Rejection late = ended.repair(Providers.SOCIAL_INSURANCE_CENTRE, "修复〔2024〕1号", LocalDate.of(2024, 3, 21),
                PROVIDER_CLERK, Clocks.on(2024, 3, 21)).getLeft();
        assertThat(late.messageZh()).isEqualTo("已超过失信信息查询期限（2024-03-20）");
        assertThat(late.messageEn()).isEqualTo("The record's query period is over (2024-03-20)");

        Changed repaired = ended.repair(Providers.SOCIAL_INSURANCE_CENTRE, "修复〔2020〕1号", LocalDate.of(2020, 2, 3),
                PROVIDER_CLERK, Clocks.on(2020, 2, 3)).get();
        assertThat(repaired.event()).isInstanceOf(RecordRepaired.class);
        assertThat(repaired.record().isActiveOn(LocalDate.of(2020, 2, 2))).isTrue();
        assertThat(repaired.record().isActiveOn(LocalDate.of(2020, 2, 3))).isFalse();
    }

    @Test
    void an_unreported_record_cannot_be_repaired() {
        assertThat(aRecord().build().repair(Providers.SOCIAL_INSURANCE_CENTRE, "p", LocalDate.of(2019, 5, 1),
                PROVIDER_CLERK, Clocks.on(2019, 5, 1)).getLeft().code()).isEqualTo("RECORD_ILLEGAL_TRANSITION");
    }

    @Test
    void prints_without_the_full_resident_id_of_an_individual() {
        DishonestyRecord record = aRecord().ofAnIndividual().build();

        assertThat(record.toString()).contains("4405**********0014").doesNotContain("440524188001010014");
    }

    private static DishonestyRecord reported() {
        return aRecord().reportedOn(REPORTED).build();
    }

    @Test
    void a_correction_is_one_more_version() {
        DishonestyRecord collected = aRecord().build();
        var corrected = collected.correct(aRecord().amount(new BigDecimal("1.00")).draft(), Option.none(),
                Policies.defaultBook(), List.empty(), PROVIDER_CLERK, Clocks.on(2019, 4, 3)).get();

        assertThat(corrected.record().version()).isEqualTo(2);
        assertThat(corrected.record().history()).hasSize(2);
    }

    @Test
    void a_stored_record_is_restored_as_it_was() {
        DishonestyRecord record = reported();
        DishonestyRecord restored = DishonestyRecord.restore(record.id(), record.provider(), record.content(),
                record.classification(), record.queryPeriod(), record.collectedOn(), record.state(),
                record.reportedOn(), record.history(), record.version());

        assertThat(restored.toString()).isEqualTo(record.toString());
        assertThat(restored.history()).isEqualTo(record.history());
        assertThat(restored.queryPeriod()).isEqualTo(java.time.Period.ofYears(5));
        assertThat(restored.classification()).isEqualTo(record.classification());
        assertThat(restored.isActiveOn(REPORTED)).isTrue();
    }

    @Test
    void a_restored_records_history_is_read_once_and_only_when_asked_for() {
        DishonestyRecord record = aRecord().endedOn(java.time.LocalDate.of(2019, 3, 20)).reportedOn(REPORTED).build();
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        DishonestyRecord restored = DishonestyRecord.restore(record.id(), record.provider(), record.content(),
                record.classification(), record.queryPeriod(), record.collectedOn(), record.state(),
                record.reportedOn(), () -> {
                    reads.incrementAndGet();
                    return record.history();
                }, record.version());

        assertThat(restored.isActiveOn(REPORTED)).isTrue();
        assertThat(restored.lastDayOfQueryPeriod()).isEqualTo(record.lastDayOfQueryPeriod());
        assertThat(reads).hasValue(0);
        DishonestyRecord expired = restored.expire(BUREAU_OFFICER, Clocks.on(2030, 1, 1)).get().record();
        assertThat(expired.history()).hasSize(record.history().size() + 1);
        assertThat(restored.history()).isEqualTo(record.history());
        assertThat(reads).hasValue(1);
    }

    @Test
    void a_state_names_itself_for_a_person() {
        assertThat(List.of(new RecordState.Collected(), new RecordState.Submitted(YearMonth.of(2019, 4)),
                        new RecordState.Reported(YearMonth.of(2019, 4)), new RecordState.UnderObjection(YearMonth.of(2019, 4), "O"),
                        new RecordState.Revoked(REPORTED, "r"), new RecordState.Repaired(REPORTED, "p"),
                        new RecordState.Expired(REPORTED)).map(RecordState::nameZh))
                .containsExactly("已采集", "已报送市人力资源社会保障局", "已报送市公共信用信息服务平台", "异议处理中",
                        "已撤销", "已信用修复", "已超过查询期限");
        assertThat(new RecordState.Repaired(REPORTED, "p").isFinal()).isTrue();
        assertThat(new RecordState.Reported(YearMonth.of(2019, 4)).isFinal()).isFalse();
    }

    @Test
    void a_record_id_reads_and_prints_its_uuid() {
        RecordId id = RecordId.of("0b7c1c3e-3f7a-4c52-9a0e-4a1f3c2b1d00");

        assertThat(id).hasToString("0b7c1c3e-3f7a-4c52-9a0e-4a1f3c2b1d00");
        assertThat(Actor.system("expiry-sweep")).isEqualTo(new Actor("expiry-sweep", ActorRole.SYSTEM));
    }

    @Test
    void says_since_when_it_is_in_its_state_and_when_it_was_last_corrected() {
        DishonestyRecord reported = aRecord().reportedOn(REPORTED).build();
        DishonestyRecord marked = reported.markObjection("OBJ-7", BUREAU_OFFICER,
                Clocks.on(2020, 5, 20)).get().record();
        DishonestyRecord corrected = marked.correct(aRecord().category(2).draft(), Option.some("OBJ-7"),
                Policies.defaultBook(), io.vavr.collection.List.empty(), BUREAU_OFFICER, Clocks.on(2020, 5, 27)).get()
                .record();
        DishonestyRecord revoked = corrected.revoke("撤销", BUREAU_OFFICER, Clocks.on(2020, 6, 3)).get().record();

        assertThat(aRecord().build().stateSince()).isEmpty();
        assertThat(reported.stateSince()).contains(REPORTED);
        assertThat(reported.lastCorrectedOn()).isEmpty();
        assertThat(marked.stateSince()).contains(LocalDate.of(2020, 5, 20));
        assertThat(marked.lastCorrectedOn()).isEmpty();
        assertThat(corrected.lastCorrectedOn()).contains(LocalDate.of(2020, 5, 27));
        assertThat(corrected.stateSince()).contains(REPORTED);
        assertThat(revoked.stateSince()).contains(LocalDate.of(2020, 6, 3));
        assertThat(revoked.lastCorrectedOn()).contains(LocalDate.of(2020, 5, 27));
        assertThat(corrected.repair(Providers.SOCIAL_INSURANCE_CENTRE, "P", LocalDate.of(2020, 7, 1), PROVIDER_CLERK,
                Clocks.on(2020, 7, 1)).get().record().stateSince()).contains(LocalDate.of(2020, 7, 1));
        assertThat(aRecord().endedOn(LocalDate.of(2019, 3, 20)).reportedOn(REPORTED).build()
                .expire(Actor.system("sweep"), Clocks.on(2024, 3, 21)).get().record().stateSince())
                .contains(LocalDate.of(2024, 3, 21));
    }

    @Test
    void a_reported_record_at_version_three_answers_never_corrected_without_reading_its_history() {
        DishonestyRecord record = aRecord().reportedOn(REPORTED).build();
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        DishonestyRecord restored = DishonestyRecord.restore(record.id(), record.provider(), record.content(),
                record.classification(), record.queryPeriod(), record.collectedOn(), record.state(),
                record.reportedOn(), () -> {
                    reads.incrementAndGet();
                    return record.history();
                }, record.version());

        assertThat(restored.lastCorrectedOn()).isEmpty();
        assertThat(reads).hasValue(0);
    }
}
