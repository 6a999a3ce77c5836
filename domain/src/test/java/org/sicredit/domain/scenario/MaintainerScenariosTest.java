package org.sicredit.domain.scenario;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.policy.Facilitation;
import org.sicredit.domain.policy.Measure;
import org.sicredit.domain.policy.MeasureScope;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.policy.PolicyBook;
import org.sicredit.domain.policy.ProviderDuties;
import org.sicredit.domain.policy.ProviderKind;
import org.sicredit.domain.policy.SanctionMeasure;
import org.sicredit.domain.policy.Scheme;
import org.sicredit.domain.policy.SecondFraudWithinTwoYears;
import org.sicredit.domain.record.Actor;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.Providers;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.sanction.AppliedMeasure;
import org.sicredit.domain.sanction.SanctionProfile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.BUREAU_OFFICER;
import static org.sicredit.domain.fixtures.RecordFixture.PROVIDER_CLERK;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/** What a Shanghai HRSS policy maintainer changes, each in {@code policy} alone, and what it does. */
class MaintainerScenariosTest {

    private static final Measure MEASURE = Policies.HU_RENSHE_GUI_2018_30;
    private static final LocalDate REPORTED = LocalDate.of(2020, 5, 10);
    private static final LocalDate ASKED = LocalDate.of(2020, 6, 1);

    @Test
    void article_8_item_5_a_measure_for_two_or_more_overpayments_applies_only_to_a_subject_with_two() {
        SanctionMeasure repeated = new SanctionMeasure("REPEATED_OVERPAYMENT_REVIEW", "多次多领待遇的，待遇发放前逐笔核查",
                "Each payment checked before it is made, for subjects with two or more overpayments",
                MeasureScope.atLeast(2, MeasureScope.each(record -> record.category() == 5)), HashSet.empty(),
                MEASURE.article("第八条第（五）项"));
        PolicyBook book = PolicyBook.of(MEASURE.withSanctionMeasures(MEASURE.sanctionMeasures().append(repeated)));
        DishonestyRecord first = overpayment("OP-1");
        DishonestyRecord second = overpayment("OP-2");
        DishonestyRecord arrears = aRecord().reportedOn(REPORTED).build();

        assertThat(codes(SanctionProfile.of(List.of(first, arrears), ASKED, book))).containsExactly("KEY_REVIEW",
                "KEY_INSPECTION", "KEY_AUDIT_TARGET", "RESTRICTED_FACILITATION");
        SanctionProfile twice = SanctionProfile.of(List.of(first, second, arrears), ASKED, book);
        assertThat(codes(twice)).containsExactly("KEY_REVIEW", "KEY_INSPECTION", "KEY_AUDIT_TARGET",
                "RESTRICTED_FACILITATION", "REPEATED_OVERPAYMENT_REVIEW");
        AppliedMeasure applied = twice.measures().last();
        assertThat(applied.causes()).containsExactly(first.id(), second.id());
        assertThat(applied.legalBasis()).isEqualTo("沪人社规〔2018〕30号 第八条第（五）项");
    }

    @Test
    void article_6_a_rule_reading_the_subjects_history_counts_neither_revoked_nor_expired_records() {
        Measure withHistory = MEASURE.withSeverityRules(MEASURE.severityRules()
                .append(new SecondFraudWithinTwoYears("示例 严重失信认定规则 第二条")));
        PolicyBook book = PolicyBook.of(withHistory);
        DishonestyRecord earlier = fraud("F-1", LocalDate.of(2019, 6, 1), book).reportedOn(LocalDate.of(2019, 8, 1))
                .build();
        DishonestyRecord revoked = earlier.revoke("撤销", BUREAU_OFFICER, Clocks.on(2020, 1, 2)).get().record();
        DishonestyRecord expired = fraud("F-0", LocalDate.of(2018, 8, 10), book).endedOn(LocalDate.of(2018, 8, 10))
                .collectedOn(LocalDate.of(2018, 9, 1)).reportedOn(LocalDate.of(2018, 10, 1)).build()
                .expire(Actor.system("sweep"), Clocks.on(2023, 8, 11)).get().record();
        DishonestyRecord tooOld = fraud("F-2", LocalDate.of(2018, 8, 31), book).collectedOn(LocalDate.of(2018, 10, 1))
                .build();

        assertThat(secondFraudIsSerious(book, List.of(earlier))).isTrue();
        assertThat(secondFraudIsSerious(book, List.of(revoked))).isFalse();
        assertThat(secondFraudIsSerious(book, List.of(expired))).isFalse();
        assertThat(secondFraudIsSerious(book, List.of(tooOld))).isFalse();
        assertThat(DishonestyRecord.severityHistory(List.of(earlier, revoked, expired, tooOld)).map(f -> f.key()))
                .containsExactly(earlier.id().toString(), tooOld.id().toString());
    }

    @Test
    void article_11_medical_insurance_follows_the_measure_only_while_its_switch_is_on() {
        PolicyBook off = PolicyBook.of(MEASURE.withDuties(ProviderDuties.open(false)));

        DishonestyRecord medical = aRecord().scheme(Scheme.MEDICAL_INSURANCE).serious().reportedOn(REPORTED).build();
        assertThat(codes(SanctionProfile.of(List.of(medical), ASKED, Policies.defaultBook())))
                .containsExactly("KEY_REVIEW", "KEY_INSPECTION", "KEY_AUDIT_TARGET", "RESTRICTED_FACILITATION", "JOINT_PUNISHMENT");

        Seq<Rejection> refused = collect(aRecord().scheme(Scheme.MEDICAL_INSURANCE), Providers.SOCIAL_INSURANCE_CENTRE,
                off);
        assertThat(refused.map(Rejection::code)).containsExactly("SCHEME_NOT_COVERED");
        assertThat(refused.head().legalBasis()).contains("沪人社规〔2018〕30号 第十一条");
        assertThat(collect(aRecord(), Providers.SOCIAL_INSURANCE_CENTRE, off)).isEmpty();
    }

    @Test
    void article_4_a_provider_filing_a_category_outside_its_duties_is_refused() {
        PolicyBook allocated = PolicyBook.of(MEASURE.withDuties(MEASURE.duties().restrict(Scheme.SOCIAL_INSURANCE, 1,
                HashSet.of(ProviderKind.LABOUR_SECURITY_SUPERVISION_CORPS))));

        Seq<Rejection> refused = collect(aRecord(), Providers.SOCIAL_INSURANCE_CENTRE, allocated);
        assertThat(refused.map(Rejection::code)).containsExactly("CATEGORY_OUTSIDE_PROVIDER_DUTIES");
        assertThat(refused.head().legalBasis()).contains("沪人社规〔2018〕30号 第四条");
        assertThat(collect(aRecord(), Providers.LABOUR_SECURITY_SUPERVISION_CORPS, allocated)).isEmpty();
        assertThat(collect(aRecord().category(2), Providers.SOCIAL_INSURANCE_CENTRE, allocated)).isEmpty();
        assertThat(collect(aRecord().scheme(Scheme.MEDICAL_INSURANCE), Providers.SOCIAL_INSURANCE_CENTRE, allocated))
                .isEmpty();
    }

    @Test
    void a_measure_can_suspend_the_sanctions_of_a_record_under_objection_and_the_built_in_one_does_not() {
        DishonestyRecord disputed = aRecord().reportedOn(REPORTED).build()
                .markObjection("OBJ-1", BUREAU_OFFICER, Clocks.on(2020, 5, 20)).get().record();
        PolicyBook suspending = PolicyBook.of(MEASURE.withSanctionsWhileUnderObjection(false));

        assertThat(codes(SanctionProfile.of(List.of(disputed), ASKED, Policies.defaultBook())))
                .containsExactly("KEY_REVIEW", "KEY_INSPECTION", "KEY_AUDIT_TARGET", "RESTRICTED_FACILITATION");
        SanctionProfile suspended = SanctionProfile.of(List.of(disputed), ASKED, suspending);
        assertThat(suspended.measures()).isEmpty();
        assertThat(suspended.activeRecords()).containsExactly(disputed);
        assertThat(suspended.mayUse(Facilitation.GREEN_CHANNEL).allowed()).isTrue();
    }

    private static boolean secondFraudIsSerious(PolicyBook book, Seq<DishonestyRecord> others) {
        return DishonestyRecord.collect(new RecordId(UUID.randomUUID()), Providers.SOCIAL_INSURANCE_CENTRE,
                fraud("F-9", LocalDate.of(2020, 9, 1), book).draft(), book, DishonestyRecord.severityHistory(others),
                PROVIDER_CLERK, Clocks.on(2020, 9, 20)).get().record().isSerious();
    }

    private static org.sicredit.domain.fixtures.RecordFixture fraud(String document, LocalDate actDate,
                                                                    PolicyBook book) {
        return aRecord().ofAnIndividual().fraudOf("500.00").documentNumber(document).actDate(actDate)
                .collectedOn(actDate.plusDays(20)).under(book);
    }

    private static Seq<Rejection> collect(org.sicredit.domain.fixtures.RecordFixture record,
                                          org.sicredit.domain.record.Provider provider, PolicyBook book) {
        var collected = DishonestyRecord.collect(new RecordId(UUID.randomUUID()), provider, record.draft(), book,
                List.empty(), PROVIDER_CLERK, Clocks.on(2019, 4, 2));
        return collected.isValid() ? List.empty() : collected.getError();
    }

    private static DishonestyRecord overpayment(String document) {
        return aRecord().ofAnIndividual().category(5).amount(new BigDecimal("3000.00")).documentNumber(document)
                .reportedOn(REPORTED).build();
    }

    private static Seq<String> codes(SanctionProfile profile) {
        return profile.measures().map(applied -> applied.measure().code());
    }
}
