package org.sicredit.domain.subject;

import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.rejection.Rejection;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectDraftTest {

    private static final Clock TODAY = Clocks.on(2026, 11, 25);

    @Test
    void makes_an_organisation_with_its_legal_representative() {
        Subject subject = SubjectDraft.organisation(" 上海浦东发展银行股份有限公司 ", "9131000013221158XC", "张三",
                "11010519491231002X").validate(TODAY).get();

        assertThat(subject).isInstanceOf(Organisation.class);
        assertThat(subject.kind()).isEqualTo(SubjectKind.ORGANISATION);
        assertThat(subject.name().value()).isEqualTo("上海浦东发展银行股份有限公司");
        assertThat(subject.identifier()).isEqualTo(new UnifiedSocialCreditCode("9131000013221158XC"));
        assertThat(((Organisation) subject).legalRepresentative().residentIdNumber().value())
                .isEqualTo("11010519491231002X");
    }

    @Test
    void accepts_a_legacy_organisation_code_where_there_is_no_credit_code() {
        Subject subject = SubjectDraft.organisation("某事业单位", "13221158-X", "张三", "11010519491231002X")
                .validate(TODAY).get();

        assertThat(subject.identifier()).isEqualTo(new OrganisationCode("13221158X"));
    }

    @Test
    void makes_an_individual_that_prints_its_number_masked() {
        Subject subject = SubjectDraft.individual("李四", "440524188001010014").validate(TODAY).get();

        assertThat(subject).isInstanceOf(Individual.class);
        assertThat(subject.toString()).contains("4405**********0014").doesNotContain("440524188001010014");
    }

    @Test
    void reports_every_problem_of_an_organisation_at_once_under_the_field_a_provider_knows() {
        Seq<Rejection> errors = SubjectDraft.organisation(" ", "9131000013221158XD", null, "110105194912310021")
                .validate(TODAY).getError();

        assertThat(errors.map(r -> r.field() + ":" + r.code())).containsExactly(
                "subject.name:NAME_REQUIRED",
                "subject.identifier:USCC_CHECK_CHARACTER",
                "legalRepresentative.name:NAME_REQUIRED",
                "legalRepresentative.residentIdNumber:ID_CHECK_CHARACTER");
    }

    @Test
    void rejects_a_legal_representative_for_an_individual() {
        Seq<Rejection> errors = new SubjectDraft(SubjectKind.INDIVIDUAL, "李四", "440524188001010014", "张三", null)
                .validate(TODAY).getError();

        assertThat(errors.map(Rejection::code)).containsExactly("LEGAL_REPRESENTATIVE_NOT_APPLICABLE");
    }

    @Test
    void reports_a_legal_representative_of_an_individual_beside_its_other_errors() {
        Seq<Rejection> errors = new SubjectDraft(SubjectKind.INDIVIDUAL, "", "440524188001010014", null, "x")
                .validate(TODAY).getError();

        assertThat(errors.map(Rejection::code)).containsExactly("NAME_REQUIRED", "LEGAL_REPRESENTATIVE_NOT_APPLICABLE");
    }

    @Test
    void requires_the_kind_of_subject() {
        assertThat(new SubjectDraft(null, "李四", "440524188001010014", null, null).validate(TODAY).getError()
                .map(Rejection::code)).containsExactly("SUBJECT_KIND_REQUIRED");
    }
}
