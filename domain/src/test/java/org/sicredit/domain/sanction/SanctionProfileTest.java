package org.sicredit.domain.sanction;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.policy.Facilitation;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.policy.PolicyBook;
import org.sicredit.domain.policy.Severity;
import org.sicredit.domain.record.DishonestyRecord;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.sicredit.domain.fixtures.RecordFixture.BUREAU_OFFICER;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

class SanctionProfileTest {

    private static final LocalDate REPORTED = LocalDate.of(2019, 4, 10);
    private static final LocalDate ASKED = LocalDate.of(2020, 6, 1);
    private final PolicyBook book = Policies.defaultBook();

    @Test
    void an_active_record_brings_measures_one_to_four_each_with_its_cause_and_basis() {
        DishonestyRecord record = aRecord().reportedOn(REPORTED).build();
        SanctionProfile profile = SanctionProfile.of(List.of(record), ASKED, book);

        assertThat(profile.measures().map(m -> m.measure().code()))
                .containsExactly("KEY_REVIEW", "KEY_INSPECTION", "KEY_AUDIT_TARGET", "RESTRICTED_FACILITATION");
        assertThat(profile.measures().map(AppliedMeasure::legalBasis)).containsExactly(
                "沪人社规〔2018〕30号 第八条第（一）项", "沪人社规〔2018〕30号 第八条第（二）项",
                "沪人社规〔2018〕30号 第八条第（三）项", "沪人社规〔2018〕30号 第八条第（四）项");
        assertThat(profile.measures().head().causes()).containsExactly(record.id());
        assertThat(profile.severity()).isEqualTo(Severity.ORDINARY);
        assertThat(profile.isSanctioned()).isTrue();
    }

    @Test
    void an_active_serious_record_adds_joint_punishment_caused_by_it_alone() {
        DishonestyRecord ordinary = aRecord().reportedOn(REPORTED).build();
        DishonestyRecord serious = aRecord().serious().reportedOn(REPORTED).build();
        SanctionProfile profile = SanctionProfile.of(List.of(ordinary, serious), ASKED, book);

        AppliedMeasure joint = profile.measures().find(m -> m.measure().code().equals("JOINT_PUNISHMENT")).get();
        assertThat(joint.causes()).containsExactly(serious.id());
        assertThat(joint.legalBasis()).isEqualTo("沪人社规〔2018〕30号 第八条第二款");
        assertThat(profile.measures().head().causes()).containsExactly(ordinary.id(), serious.id());
        assertThat(profile.severity()).isEqualTo(Severity.SERIOUS);
    }

    @Test
    void a_subject_without_active_records_has_no_measures_and_may_use_every_convenience() {
        DishonestyRecord unreported = aRecord().build();
        SanctionProfile profile = SanctionProfile.of(List.of(unreported), ASKED, book);

        assertThat(profile.isSanctioned()).isFalse();
        assertThat(profile.activeRecords()).isEmpty();
        FacilitationAnswer answer = profile.mayUse(Facilitation.GREEN_CHANNEL);
        assertThat(answer.allowed()).isTrue();
        assertThat(answer.reasonZh()).contains("可以享受绿色通道", "2020-06-01");
        assertThat(answer.reasonEn()).contains("no active dishonesty record");
    }

    @Test
    void a_subject_with_an_active_record_may_not_use_notification_and_commitment_and_is_told_why() {
        SanctionProfile profile = SanctionProfile.of(List.of(aRecord().reportedOn(REPORTED).build()), ASKED, book);

        for (Facilitation facilitation : Facilitation.values()) {
            FacilitationAnswer answer = profile.mayUse(facilitation);
            assertThat(answer.allowed()).isFalse();
            assertThat(answer.restrictedBy().get().measure().code()).isEqualTo("RESTRICTED_FACILITATION");
        }
        assertThat(profile.mayUse(Facilitation.NOTIFICATION_AND_COMMITMENT).reasonZh())
                .contains("不可享受告知承诺", "第八条第（四）项");
        assertThat(profile.mayUse(Facilitation.ONLINE_HANDLING).reasonEn()).contains("No online handling", "1 active");
    }

    @Test
    void a_revoked_record_stops_sanctioning_at_once() {
        DishonestyRecord revoked = aRecord().reportedOn(REPORTED).build()
                .revoke("行政处罚决定被撤销", BUREAU_OFFICER, Clocks.on(ASKED)).get().record();

        assertThat(SanctionProfile.of(List.of(revoked), ASKED, book).isSanctioned()).isFalse();
        assertThat(SanctionProfile.of(List.of(revoked), ASKED.minusDays(1), book).isSanctioned()).isTrue();
    }

    @Test
    void a_record_past_its_query_period_no_longer_sanctions() {
        DishonestyRecord ended = aRecord().endedOn(LocalDate.of(2019, 3, 20)).reportedOn(REPORTED).build();
        PolicyBook always = PolicyBook.of(org.sicredit.domain.policy.FollowUpMeasure.from2023(
                new java.math.BigDecimal("10000.00"))).with(Policies.HU_RENSHE_GUI_2018_30);

        assertThat(SanctionProfile.of(List.of(ended), LocalDate.of(2024, 3, 20), always).isSanctioned()).isTrue();
        assertThat(SanctionProfile.of(List.of(ended), LocalDate.of(2024, 3, 21), always).isSanctioned()).isFalse();
    }

    @Test
    void on_a_date_no_measure_governs_the_records_stay_visible_with_no_measure_and_the_reason() {
        DishonestyRecord record = aRecord().reportedOn(REPORTED).build();

        SanctionProfile profile = SanctionProfile.of(List.of(record), LocalDate.of(2023, 8, 1), book);

        assertThat(profile.activeRecords()).containsExactly(record);
        assertThat(profile.measures()).isEmpty();
        assertThat(profile.measureInForce().getLeft().code()).isEqualTo("NO_POLICY_IN_FORCE");
        assertThat(profile.basisZh()).startsWith("不适用惩戒措施：2023-08-01没有生效的")
                .contains("沪人社规〔2018〕30号 2018-08-01至2023-07-31");
        assertThat(profile.mayUse(Facilitation.GREEN_CHANNEL).allowed()).isTrue();
        assertThat(profile.mayUse(Facilitation.GREEN_CHANNEL).reasonEn())
                .startsWith("green channel is available: No Measure on social-insurance dishonesty records is in force on 2023-08-01");
    }

    @Test
    void on_the_measures_last_day_the_same_record_sanctions_under_its_citation() {
        SanctionProfile profile = SanctionProfile.of(List.of(aRecord().reportedOn(REPORTED).build()),
                LocalDate.of(2023, 7, 31), book);

        assertThat(profile.measures().map(applied -> applied.measure().code())).containsExactly("KEY_REVIEW",
                "KEY_INSPECTION", "KEY_AUDIT_TARGET", "RESTRICTED_FACILITATION");
        assertThat(profile.basisEn()).isEqualTo("Sanction measures under 沪人社规〔2018〕30号 第八条");
    }

    @Test
    void a_measure_applies_because_of_at_least_one_record() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AppliedMeasure(
                Policies.HU_RENSHE_GUI_2018_30.sanctionMeasures().head(), List.empty()));
    }
}
