package org.sicredit.application.service;

import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.sicredit.application.access.Caller;
import org.sicredit.application.fixtures.Application;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.in.FindSubjectsByNameUseCase.SubjectOfTheName;
import org.sicredit.application.port.in.FindSubjectsByNameUseCase;
import org.sicredit.application.port.in.LookUpSubjectUseCase.Query;
import org.sicredit.application.port.in.LookUpSubjectUseCase.Result;
import org.sicredit.application.port.in.ReportMonthUseCase;
import org.sicredit.application.port.out.AuditLogPort.Action;
import org.sicredit.application.port.out.AuditLogPort.AuditEntry;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.fixtures.RecordFixture;
import org.sicredit.domain.policy.Facilitation;
import org.sicredit.domain.policy.Severity;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.sanction.FacilitationAnswer;
import org.sicredit.domain.subject.ResidentIdNumber;
import org.sicredit.domain.subject.SubjectDraft;
import org.sicredit.domain.subject.SubjectKind;
import org.sicredit.domain.subject.UnifiedSocialCreditCode;

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

        Result result = lookUp(Caller.bureau("officer"), "9131000013221158XC").get();

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
    void lists_the_active_records_in_the_order_of_their_act_dates_whatever_order_they_were_stored_in() {
        for (int day : new int[] {20, 3, 11, 27, 5}) {
            reported("SHSI", aRecord().actDate(LocalDate.of(2019, 4, day))
                    .documentNumber("沪人社监罚〔2019〕第04" + day + "号"));
        }

        Result result = lookUp(Caller.bureau("officer"), "9131000013221158XC").get();

        assertThat(result.activeRecords().map(record -> record.actDate().getDayOfMonth()))
                .containsExactly(3, 5, 11, 20, 27);
    }

    @Test
    void masks_resident_id_numbers_for_a_caller_who_may_not_see_them_and_shows_them_to_the_bureau() {
        reported("SHSI", aRecord());

        var masked = lookUp(DISTRICT, "9131000013221158XC").get().activeRecords().head();
        var whole = lookUp(Caller.bureau("officer"), "9131000013221158XC").get().activeRecords().head();
        var owner = lookUp(Caller.provider("clerk", "SHSI"), "9131000013221158XC").get().activeRecords().head();

        assertThat(masked.legalRepresentativeIdNumber()).contains("1101**********002X");
        assertThat(whole.legalRepresentativeIdNumber()).contains("11010519491231002X");
        assertThat(owner.legalRepresentativeIdNumber()).contains("11010519491231002X");
    }

    @Test
    void finds_an_individual_by_resident_id_typed_in_full_width_and_masks_it_for_others() {
        reported("SHLS", aRecord().ofAnIndividual().fraudOf("500.00"));

        Result result = lookUp(DISTRICT, "４４０５２４１８８００１０１００１４").get();

        assertThat(result.activeRecords().head().subjectIdentifier()).isEqualTo("4405**********0014");
        assertThat(result.severity()).isEqualTo(Severity.ORDINARY);
    }

    @Test
    void a_name_is_resolved_into_its_subjects_by_exact_normalised_name() {
        reported("SHSI", aRecord());

        assertThat(find(DISTRICT, " 上海示例贸易有限公司 ").get()).containsExactly(
                new SubjectOfTheName("9131000013221158XC", SubjectKind.ORGANISATION, 1));
        assertThat(find(DISTRICT, "上海示例贸易").get()).isEmpty();
    }

    @Test
    void namesakes_are_listed_apart_and_never_merged_into_one_profile() {
        reported("SHLS", aRecord().of(SubjectDraft.individual("王五", "440524188001010014")).fraudOf("200000.00")
                .documentNumber("A-1"));
        reported("SHLS", aRecord().of(SubjectDraft.individual("王五", "440524188001010014")).category(4)
                .amount(null).documentNumber("A-2"));
        reported("SHLS", aRecord().of(SubjectDraft.individual("王五", "11010519491231002X")).category(4)
                .amount(null).documentNumber("B-1"));

        Seq<SubjectOfTheName> subjects = find(DISTRICT, "王五").get();

        assertThat(subjects).containsExactly(
                new SubjectOfTheName("1101**********002X", SubjectKind.INDIVIDUAL, 1),
                new SubjectOfTheName("4405**********0014", SubjectKind.INDIVIDUAL, 2));
        Result b = lookUp(DISTRICT, "11010519491231002X").get();
        assertThat(b.activeRecords().map(r -> r.documentNumber())).containsExactly("B-1");
        assertThat(b.severity()).as("A's serious record is not B's").isEqualTo(Severity.ORDINARY);
        assertThat(lookUp(DISTRICT, "440524188001010014").get().severity()).isEqualTo(Severity.SERIOUS);
    }

    @Test
    void a_subject_without_active_records_may_use_every_convenience() {
        Result result = lookUp(DISTRICT, "9131000013221158XC").get();

        assertThat(result.activeRecords()).isEmpty();
        assertThat(result.facilitation().map(FacilitationAnswer::facilitation))
                .containsExactly(Facilitation.values());
        assertThat(result.facilitation().map(FacilitationAnswer::allowed).distinct()).containsExactly(true);
    }

    @Test
    void every_lookup_is_audited_with_who_role_purpose_subject_time_and_what_was_shown() {
        reported("SHLS", aRecord().ofAnIndividual().fraudOf("500.00"));

        Result result = lookUp(DISTRICT, "440524188001010014").get();

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

        find(DISTRICT, "李四").get();

        AuditEntry entry = app.audit.entriesByActor("pudong-officer").single();
        assertThat(app.audit.entriesAbout(new ResidentIdNumber("440524188001010014"))).containsExactly(entry);
    }

    @Test
    void rejects_a_lookup_without_purpose_or_identifier_with_a_bad_identifier_or_a_future_date() {
        assertThat(app.sicredit.lookUpSubject().lookUp(new Query(DISTRICT, "9131000013221158XC", ASKED, " "))
                .getLeft().field()).isEqualTo("purpose");
        assertThat(lookUp(DISTRICT, null).getLeft().field()).isEqualTo("identifier");
        assertThat(find(DISTRICT, " ").getLeft().field()).isEqualTo("name");
        Rejection bad = lookUp(DISTRICT, "440524188001010015").getLeft();
        assertThat(bad.code()).isEqualTo("LOOKUP_IDENTIFIER");
        assertThat(bad.value()).isEqualTo("4405**********0015");
        assertThat(app.sicredit.lookUpSubject().lookUp(new Query(DISTRICT, "9131000013221158XC",
                ASKED.plusDays(1), "审核")).getLeft().code()).isEqualTo("LOOKUP_DATE_IN_FUTURE");
        assertThat(app.sicredit.lookUpSubject().lookUp(new Query(DISTRICT, "9131000013221158XC",
                java.time.LocalDate.of(1, 1, 1), "审核")).getLeft().code()).isEqualTo("DATE_OUT_OF_RANGE");
        assertThat(app.audit.entriesByActor("pudong-officer")).as("every refused lookup is audited, showing nothing")
                .allSatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo(Action.LOOKUP_REFUSED);
                    assertThat(entry.records()).isEmpty();
                    assertThat(entry.personalNumbersShown()).isFalse();
                })
                .extracting(entry -> entry.refusal().get())
                .containsExactly("COMMAND_REQUIRED", "COMMAND_REQUIRED", "COMMAND_REQUIRED", "LOOKUP_IDENTIFIER",
                        "LOOKUP_DATE_IN_FUTURE", "DATE_OUT_OF_RANGE");
        assertThat(app.audit.entriesByActor("pudong-officer").get(3).subjectMasked()).isEqualTo("4405**********0015");
    }

    @Test
    void who_tried_to_look_at_a_person_is_answerable_even_when_the_lookup_was_refused() {
        Rejection refused = app.sicredit.lookUpSubject().lookUp(new Query(Caller.subject("curious-neighbour", new ResidentIdNumber("11010519491231002X")),
                "440524188001010014", ASKED.plusDays(30), "好奇")).getLeft();

        assertThat(app.audit.entriesAbout(new ResidentIdNumber("440524188001010014"))).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actorId()).isEqualTo("curious-neighbour");
                    assertThat(entry.action()).isEqualTo(Action.LOOKUP_REFUSED);
                    assertThat(entry.refusal()).contains(refused.code());
                    assertThat(entry.subjectMasked()).isEqualTo("4405**********0014");
                });
    }

    @Test
    void a_resident_id_number_typed_into_a_purpose_is_stored_masked_in_the_audit_trail() {
        app.sicredit.lookUpSubject().lookUp(new Query(DISTRICT, "9131000013221158XC", ASKED,
                "核查法定代表人11010519491231002X的补贴申请")).get();

        assertThat(app.audit.entriesByActor("pudong-officer").single().purpose())
                .isEqualTo("核查法定代表人1101**********002X的补贴申请");
    }

    @Test
    void a_subject_sees_its_own_records_only_and_may_not_search_by_name() {
        reported("SHSI", aRecord());
        reported("SHLS", aRecord().ofAnIndividual().fraudOf("500.00"));
        Caller company = Caller.subject("company-portal", UnifiedSocialCreditCode.parse("9131000013221158XC").get());

        assertThat(lookUp(company, "9131000013221158XC").get().activeRecords()).hasSize(1);
        assertThat(lookUp(company, "440524188001010014").getLeft().code()).isEqualTo("SUBJECT_SCOPE");
        assertThat(find(company, "李四").getLeft().code()).isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(app.audit.entriesAbout(new ResidentIdNumber("440524188001010014")))
                .extracting(entry -> entry.refusal().getOrNull()).containsExactly("SUBJECT_SCOPE");
    }

    private io.vavr.control.Either<Rejection, Result> lookUp(Caller caller, String identifier) {
        return app.sicredit.lookUpSubject().lookUp(new Query(caller, identifier, ASKED, "就业补贴资格审核"));
    }

    private io.vavr.control.Either<Rejection, Seq<SubjectOfTheName>> find(Caller caller, String name) {
        return app.sicredit.findSubjectsByName().find(new FindSubjectsByNameUseCase.Query(caller, name, ASKED,
                "就业补贴资格审核"));
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
