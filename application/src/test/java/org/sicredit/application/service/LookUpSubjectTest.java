package org.sicredit.application.service;

import org.junit.jupiter.api.Test;
import org.sicredit.application.access.Caller;
import org.sicredit.application.fixtures.Application;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.in.LookUpSubjectUseCase.Query;
import org.sicredit.application.port.in.LookUpSubjectUseCase.Result;
import org.sicredit.application.port.in.ReportMonthUseCase;
import org.sicredit.application.port.out.AuditLogPort.AuditEntry;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.fixtures.RecordFixture;
import org.sicredit.domain.policy.Facilitation;
import org.sicredit.domain.policy.Severity;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.sanction.FacilitationAnswer;
import org.sicredit.domain.subject.ResidentIdNumber;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

class LookUpSubjectTest {

    private static final LocalDate ASKED = LocalDate.of(2019, 6, 3);
    private static final Caller DISTRICT = new Caller("pudong-officer", ActorRole.PROVIDER,
            io.vavr.control.Option.some("EP-310115"));

    private final Application app = new Application(Clocks.on(ASKED));

    @Test
    void shows_the_active_records_severity_measures_and_conveniences_of_an_organisation() {
        reported("SHSI", aRecord().serious());

        Result result = lookUp(Caller.bureau("officer"), "9131000013221158XC", null).get();

        assertThat(result.activeRecords()).hasSize(1);
        assertThat(result.severity()).isEqualTo(Severity.SERIOUS);
        assertThat(result.measures().map(m -> m.measure().code())).containsExactly("KEY_REVIEW", "KEY_INSPECTION",
                "KEY_AUDIT_TARGET", "RESTRICTED_FACILITATION", "JOINT_PUNISHMENT");
        assertThat(result.basis().measureCitation()).contains("沪人社规〔2018〕30号");
        assertThat(result.basis().explanationZh()).isEqualTo("惩戒措施依据沪人社规〔2018〕30号 第八条");
        assertThat(result.facilitation().map(FacilitationAnswer::allowed).distinct()).containsExactly(false);
        assertThat(result.activeRecords().head().seriousBasis()).containsExactly("沪人社规〔2018〕30号 第六条第（一）项");
    }

    @Test
    void masks_resident_id_numbers_for_a_caller_who_may_not_see_them_and_shows_them_to_the_bureau() {
        reported("SHSI", aRecord());

        var masked = lookUp(DISTRICT, "9131000013221158XC", null).get().activeRecords().head();
        var whole = lookUp(Caller.bureau("officer"), "9131000013221158XC", null).get().activeRecords().head();
        var owner = lookUp(Caller.provider("clerk", "SHSI"), "9131000013221158XC", null).get().activeRecords().head();

        assertThat(masked.legalRepresentativeIdNumber()).contains("1101**********002X");
        assertThat(whole.legalRepresentativeIdNumber()).contains("11010519491231002X");
        assertThat(owner.legalRepresentativeIdNumber()).contains("11010519491231002X");
    }

    @Test
    void finds_an_individual_by_resident_id_typed_in_full_width_and_masks_it_for_others() {
        reported("SHLS", aRecord().ofAnIndividual().fraudOf("500.00"));

        Result result = lookUp(DISTRICT, "４４０５２４１８８００１０１００１４", null).get();

        assertThat(result.activeRecords().head().subjectIdentifier()).isEqualTo("4405**********0014");
        assertThat(result.severity()).isEqualTo(Severity.ORDINARY);
    }

    @Test
    void finds_a_subject_by_its_exact_normalised_name() {
        reported("SHSI", aRecord());

        assertThat(lookUp(DISTRICT, null, " 上海示例贸易有限公司 ").get().activeRecords()).hasSize(1);
        assertThat(lookUp(DISTRICT, null, "上海示例贸易").get().activeRecords()).isEmpty();
    }

    @Test
    void a_subject_without_active_records_may_use_every_convenience() {
        Result result = lookUp(DISTRICT, "9131000013221158XC", null).get();

        assertThat(result.activeRecords()).isEmpty();
        assertThat(result.facilitation().map(FacilitationAnswer::facilitation))
                .containsExactly(Facilitation.values());
        assertThat(result.facilitation().map(FacilitationAnswer::allowed).distinct()).containsExactly(true);
    }

    @Test
    void every_lookup_is_audited_with_who_role_purpose_subject_time_and_what_was_shown() {
        reported("SHLS", aRecord().ofAnIndividual().fraudOf("500.00"));

        Result result = lookUp(DISTRICT, "440524188001010014", null).get();

        AuditEntry entry = app.audit.entriesByActor("pudong-officer").single();
        assertThat(entry.role()).isEqualTo(ActorRole.PROVIDER);
        assertThat(entry.purpose()).isEqualTo("就业补贴资格审核");
        assertThat(entry.subjectMasked()).isEqualTo("4405**********0014");
        assertThat(entry.at()).isEqualTo(Clocks.on(ASKED).instant());
        assertThat(entry.asOf()).isEqualTo(ASKED);
        assertThat(entry.records()).containsExactlyElementsOf(result.activeRecords().map(v -> v.id()));
        assertThat(entry.personalNumbersShown()).isFalse();
        assertThat(app.audit.entriesAbout(new ResidentIdNumber("440524188001010014"))).containsExactly(entry);
        assertThat(app.audit.entriesAbout(new ResidentIdNumber("440524196001010014"))).as("same mask, another person")
                .isEmpty();
    }

    @Test
    void a_lookup_by_name_is_audited_about_every_subject_it_found() {
        reported("SHLS", aRecord().ofAnIndividual().fraudOf("500.00"));

        lookUp(DISTRICT, null, "李四").get();

        AuditEntry entry = app.audit.entriesByActor("pudong-officer").single();
        assertThat(app.audit.entriesAbout(new ResidentIdNumber("440524188001010014"))).containsExactly(entry);
    }

    @Test
    void rejects_a_lookup_without_purpose_with_both_or_neither_key_with_a_bad_identifier_or_a_future_date() {
        assertThat(app.sicredit.lookUpSubject().lookUp(new Query(DISTRICT, "9131000013221158XC", null, ASKED, " "))
                .getLeft().field()).isEqualTo("purpose");
        assertThat(lookUp(DISTRICT, "9131000013221158XC", "名称").getLeft().code())
                .isEqualTo("LOOKUP_IDENTIFIER_OR_NAME");
        assertThat(lookUp(DISTRICT, null, null).getLeft().code()).isEqualTo("LOOKUP_IDENTIFIER_OR_NAME");
        Rejection bad = lookUp(DISTRICT, "440524188001010015", null).getLeft();
        assertThat(bad.code()).isEqualTo("LOOKUP_IDENTIFIER");
        assertThat(bad.value()).isEqualTo("4405**********0015");
        assertThat(app.sicredit.lookUpSubject().lookUp(new Query(DISTRICT, "9131000013221158XC", null,
                ASKED.plusDays(1), "审核")).getLeft().code()).isEqualTo("LOOKUP_DATE_IN_FUTURE");
        assertThat(app.sicredit.lookUpSubject().lookUp(new Query(DISTRICT, "9131000013221158XC", null,
                java.time.LocalDate.of(1, 1, 1), "审核")).getLeft().code()).isEqualTo("DATE_OUT_OF_RANGE");
        assertThat(app.audit.entriesByActor("pudong-officer")).as("a refused lookup shows nothing").isEmpty();
    }

    private io.vavr.control.Either<Rejection, Result> lookUp(Caller caller, String identifier, String name) {
        return app.sicredit.lookUpSubject().lookUp(new Query(caller, identifier, name, ASKED, "就业补贴资格审核"));
    }

    private void reported(String provider, RecordFixture fixture) {
        YearMonth may = YearMonth.of(2019, 5);
        app.sicredit.collectSubmission().collect(new CollectSubmissionUseCase.Command(
                Caller.provider("clerk-" + provider, provider), provider, may,
                List.of(new CollectSubmissionUseCase.Row(1, fixture.draft())))).get();
        app.sicredit.reportMonth().report(new ReportMonthUseCase.Command(Caller.bureau("officer"), may)).get();
        app.relay();
    }
}
