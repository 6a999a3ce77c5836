package org.sicredit.domain.repair;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.sicredit.domain.calendar.HolidayCn;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.record.Actor;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.Providers;
import org.sicredit.domain.rejection.Rejection;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.PROVIDER_CLERK;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

class RepairApplicationTest {

    private static final Actor SUBJECT = new Actor("9131000013221158XC", ActorRole.SUBJECT);
    private final DishonestyRecord record = aRecord().endedOn(LocalDate.of(2019, 3, 20))
            .reportedOn(LocalDate.of(2019, 4, 10)).build();

    @Test
    void a_subject_applies_inside_the_query_period_and_the_owning_provider_issues_a_proof() {
        RepairApplication applied = apply(LocalDate.of(2021, 9, 1)).application();
        RepairApplication withEvidence = applied.addEvidence("补缴凭证", SUBJECT, Clocks.on(2021, 9, 2)).get().application();
        RepairApplication verified = withEvidence.verify(Providers.SOCIAL_INSURANCE_CENTRE, "已全额补缴", PROVIDER_CLERK,
                Clocks.on(2021, 9, 10)).get().application();
        RepairApplication.Changed issued = verified.issueProof("沪社保修复〔2021〕12号", PROVIDER_CLERK,
                Clocks.on(2021, 9, 30)).get();

        RepairProof proof = ((RepairStatus.ProofIssued) issued.application().status()).proof();
        assertThat(proof).isEqualTo(new RepairProof("沪社保修复〔2021〕12号", LocalDate.of(2021, 9, 30),
                Providers.SOCIAL_INSURANCE_CENTRE));
        assertThat(issued.event()).isInstanceOf(RepairEvent.RepairProofIssued.class);
        assertThat(issued.application().history()).hasSize(4);
        assertThat(issued.application().version()).isEqualTo(4);
        assertThat(issued.application().evidence()).extracting(Evidence::description).containsExactly("补缴凭证");
    }

    @Test
    void the_platform_stops_showing_the_record_within_three_working_days_of_the_proof_across_national_day() {
        RepairApplication issued = apply(LocalDate.of(2021, 9, 1)).application()
                .addEvidence("补缴凭证", SUBJECT, Clocks.on(2021, 9, 2)).get().application()
                .verify(Providers.SOCIAL_INSURANCE_CENTRE, "已补缴", PROVIDER_CLERK, Clocks.on(2021, 9, 10)).get()
                .application()
                .issueProof("P-1", PROVIDER_CLERK, Clocks.on(2021, 9, 30)).get().application();

        // 1–7 Oct 2021 off; Friday 8 Oct, Saturday 9 Oct (worked), Monday 11 Oct
        assertThat(issued.delistingDue(Policies.SHANGHAI_SOCIAL_CREDIT_REGULATIONS.deadlines(), HolidayCn.calendar()).get())
                .isEqualTo(LocalDate.of(2021, 10, 11));
    }

    @Test
    void a_repair_is_refused_outside_the_query_period() {
        Rejection rejection = RepairApplication.apply(new RepairApplicationId("R-1"), record, RepairGround.OBLIGATIONS_FULFILLED, "已补缴",
                List.empty(), SUBJECT, Clocks.on(2024, 3, 21)).getLeft();

        assertThat(rejection.code()).isEqualTo("REPAIR_OUTSIDE_QUERY_PERIOD");
        assertThat(rejection.messageZh()).contains("2024-03-20");
        assertThat(rejection.legalBasis()).contains("上海市社会信用条例 第三十八条");
        assertThat(RepairApplication.apply(new RepairApplicationId("R-1"), record, RepairGround.OBLIGATIONS_FULFILLED, "已补缴", List.empty(), SUBJECT,
                Clocks.on(2024, 3, 20)).isRight()).as("the last day still counts").isTrue();
    }

    @Test
    void only_a_record_on_the_platform_can_be_repaired() {
        assertThat(RepairApplication.apply(new RepairApplicationId("R-1"), aRecord().build(), RepairGround.SELF_EXPLANATION, "说明", List.empty(), SUBJECT,
                Clocks.on(2021, 9, 1)).getLeft().code()).isEqualTo("REPAIR_RECORD_NOT_ON_PLATFORM");
    }

    @Test
    void only_the_owning_provider_verifies_and_only_with_evidence() {
        RepairApplication applied = apply(LocalDate.of(2021, 9, 1)).application();

        assertThat(applied.verify(Providers.EMPLOYMENT_PROMOTION_CENTRE, "x", PROVIDER_CLERK, Clocks.on(2021, 9, 3))
                .getLeft().code()).isEqualTo("REPAIR_NOT_OWNING_PROVIDER");
        assertThat(applied.verify(Providers.SOCIAL_INSURANCE_CENTRE, "x", PROVIDER_CLERK, Clocks.on(2021, 9, 3))
                .getLeft().code()).isEqualTo("REPAIR_EVIDENCE_REQUIRED");
    }

    @Test
    void a_refusal_carries_its_reason_and_ends_the_application() {
        RepairApplication.Changed refused = apply(LocalDate.of(2021, 9, 1)).application()
                .refuse("未提供补缴凭证", PROVIDER_CLERK, Clocks.on(2021, 9, 15)).get();

        assertThat(refused.application().status()).isEqualTo(new RepairStatus.Refused(LocalDate.of(2021, 9, 15),
                "未提供补缴凭证"));
        assertThat(refused.application().addEvidence("迟到的凭证", SUBJECT, Clocks.on(2021, 9, 16)).getLeft().code())
                .isEqualTo("REPAIR_ILLEGAL_STEP");
        assertThat(refused.application().issueProof("P", PROVIDER_CLERK, Clocks.on(2021, 9, 16)).getLeft().code())
                .isEqualTo("REPAIR_ILLEGAL_STEP");
        assertThat(refused.application().refuse("again", PROVIDER_CLERK, Clocks.on(2021, 9, 16)).getLeft().code())
                .isEqualTo("REPAIR_ILLEGAL_STEP");
        assertThat(refused.application().delistingDue(Policies.SHANGHAI_SOCIAL_CREDIT_REGULATIONS.deadlines(),
                HolidayCn.calendar()).getLeft().code()).isEqualTo("REPAIR_ILLEGAL_STEP");
    }

    @Test
    void an_application_records_its_ground_and_the_owning_provider() {
        RepairApplication applied = apply(LocalDate.of(2021, 9, 1)).application();

        assertThat(applied.ground()).isEqualTo(RepairGround.OBLIGATIONS_FULFILLED);
        assertThat(applied.provider()).isEqualTo(Providers.SOCIAL_INSURANCE_CENTRE);
        assertThat(applied.appliedOn()).isEqualTo(LocalDate.of(2021, 9, 1));
        assertThat(applied.explanation()).isEqualTo("已全额补缴欠费");
        assertThat(applied.status()).isEqualTo(new RepairStatus.Applied());
    }

    @Test
    void a_record_has_at_most_one_open_repair_application_and_a_refused_one_does_not_count() {
        RepairApplication open = apply(LocalDate.of(2021, 9, 1)).application();
        RepairApplication refused = open.refuse("证据不足", PROVIDER_CLERK, Clocks.on(2021, 9, 5)).get().application();

        Rejection second = RepairApplication.apply(new RepairApplicationId("R-2"), record, RepairGround.SELF_EXPLANATION, "说明", List.of(open),
                SUBJECT, Clocks.on(2021, 9, 6)).getLeft();

        assertThat(second.code()).isEqualTo("REPAIR_ALREADY_OPEN");
        assertThat(second.messageZh()).contains("R-1");
        assertThat(open.isOpen()).isTrue();
        assertThat(refused.isOpen()).isFalse();
        assertThat(RepairApplication.apply(new RepairApplicationId("R-2"), record, RepairGround.SELF_EXPLANATION, "说明", List.of(refused),
                SUBJECT, Clocks.on(2021, 9, 6)).isRight()).isTrue();
    }

    @Test
    void a_stored_application_is_restored_equal_in_every_field() {
        RepairApplication verified = apply(LocalDate.of(2021, 9, 1)).application()
                .addEvidence("凭证", SUBJECT, Clocks.on(2021, 9, 2)).get().application()
                .verify(Providers.SOCIAL_INSURANCE_CENTRE, "属实", PROVIDER_CLERK, Clocks.on(2021, 9, 3)).get()
                .application();

        RepairApplication restored = RepairApplication.restore(verified.id(), verified.recordId(), verified.provider(),
                verified.ground(), verified.explanation(), verified.appliedOn(), verified.evidence(),
                verified.status(), verified.history(), verified.version());

        assertThat(restored).usingRecursiveComparison().isEqualTo(verified);
        assertThat(restored.isOpen()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RepairApplication.restore(new RepairApplicationId("R-0"), record.id(),
                        verified.provider(), verified.ground(), "", verified.appliedOn(), List.empty(),
                        new RepairStatus.Applied(), List.empty(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void explanations_evidence_findings_and_reasons_keep_no_resident_id_number_in_clear() {
        RepairApplication applied = RepairApplication.apply(new RepairApplicationId("R-9"), record,
                RepairGround.OBLIGATIONS_FULFILLED, "法定代表人440524188001010014已补缴", List.empty(), SUBJECT,
                Clocks.on(2021, 9, 1)).get().application()
                .addEvidence("440524188001010014的缴费凭证", SUBJECT, Clocks.on(2021, 9, 2)).get().application();
        RepairApplication verified = applied.verify(Providers.SOCIAL_INSURANCE_CENTRE, "核实440524188001010014", PROVIDER_CLERK,
                Clocks.on(2021, 9, 3)).get().application();
        RepairApplication refused = applied.refuse("440524188001010014未补足", PROVIDER_CLERK, Clocks.on(2021, 9, 3)).get()
                .application();

        assertThat(applied.explanation()).isEqualTo("法定代表人4405**********0014已补缴");
        assertThat(applied.evidence().map(Evidence::description)).containsExactly("4405**********0014的缴费凭证");
        assertThat(verified.status()).isEqualTo(new RepairStatus.Verified(LocalDate.of(2021, 9, 3), "核实4405**********0014"));
        assertThat(refused.status()).isEqualTo(new RepairStatus.Refused(LocalDate.of(2021, 9, 3), "4405**********0014未补足"));
    }

    private RepairApplication.Changed apply(LocalDate on) {
        return RepairApplication.apply(new RepairApplicationId("R-1"), record, RepairGround.OBLIGATIONS_FULFILLED, " 已全额补缴欠费 ", List.empty(), SUBJECT,
                Clocks.on(on)).get();
    }

    @Test
    void an_application_belongs_to_its_record_and_keeps_its_id() {
        RepairApplication applied = apply(LocalDate.of(2021, 9, 1)).application();

        assertThat(applied.id()).isEqualTo(new RepairApplicationId("R-1"));
        assertThat(applied.id()).hasToString("R-1");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new RepairApplicationId(" "));
        assertThat(applied.recordId()).isEqualTo(record.id());
        assertThat(applied.history().head().recordId()).isEqualTo(record.id());
        assertThat(RepairGround.EXTENSION.nameZh()).isEqualTo("申请延期");
        assertThat(RepairGround.SELF_EXPLANATION.nameEn()).isEqualTo("self-explanation");
    }

    @Test
    void a_verified_application_cannot_be_verified_again() {
        RepairApplication verified = apply(LocalDate.of(2021, 9, 1)).application()
                .addEvidence("凭证", SUBJECT, Clocks.on(2021, 9, 2)).get().application()
                .verify(Providers.SOCIAL_INSURANCE_CENTRE, "属实", PROVIDER_CLERK, Clocks.on(2021, 9, 3)).get()
                .application();

        assertThat(verified.status()).isEqualTo(new RepairStatus.Verified(LocalDate.of(2021, 9, 3), "属实"));
        assertThat(verified.verify(Providers.SOCIAL_INSURANCE_CENTRE, "again", PROVIDER_CLERK, Clocks.on(2021, 9, 4))
                .getLeft().code()).isEqualTo("REPAIR_ILLEGAL_STEP");
        assertThat(verified.refuse("证据不足", PROVIDER_CLERK, Clocks.on(2021, 9, 5)).isRight()).isTrue();
    }
}
