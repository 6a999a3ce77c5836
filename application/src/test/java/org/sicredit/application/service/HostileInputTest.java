package org.sicredit.application.service;

import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.sicredit.application.access.Caller;
import org.sicredit.application.fixtures.Application;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.in.FindSubjectsByNameUseCase;
import org.sicredit.application.port.in.LookUpSubjectUseCase;
import org.sicredit.application.port.in.ReceiveObjectionUseCase;
import org.sicredit.application.port.in.RevokeRecordUseCase;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.text.Limits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/** Values an attacker or a broken spreadsheet sends are rejections, each naming its field — never an exception. */
class HostileInputTest {

    private static final LocalDate TODAY = LocalDate.of(2019, 4, 25);
    private static final Caller CLERK = Caller.provider("clerk-001", "SHSI");

    private final Application app = new Application(Clocks.on(2019, 4, 25));

    @Test
    void a_row_with_a_nul_or_a_huge_amount_is_rejected_under_its_number_and_the_others_are_stored() {
        CollectSubmissionUseCase.Result result = app.sicredit.collectSubmission().collect(
                new CollectSubmissionUseCase.Command(CLERK, "SHSI", YearMonth.of(2019, 4), List.of(
                        new CollectSubmissionUseCase.Row(1, aRecord().documentNumber("N-1").cause("欠费\u0000").draft()),
                        new CollectSubmissionUseCase.Row(2, aRecord().documentNumber("N-2")
                                .amount(new BigDecimal("1E+20")).draft()),
                        new CollectSubmissionUseCase.Row(3, aRecord().documentNumber("N-3").draft())))).get();

        assertThat(result.added()).hasSize(1);
        assertThat(result.rejected().map(row -> row.number() + ":" + row.rejections().head().code()))
                .containsExactly("1:TEXT_FORBIDDEN_CHARACTER", "2:AMOUNT_TOO_LARGE");
    }

    @Test
    void an_actor_id_a_purpose_a_reason_or_a_name_beyond_its_limit_is_a_command_size_rejection() {
        Caller longActor = Caller.bureau("a".repeat(Limits.ACTOR_ID + 1));

        assertThat(lookUp(longActor, "9131000013221158XC", "审核").getLeft()).satisfies(r -> {
            assertThat(r.code()).isEqualTo("COMMAND_SIZE");
            assertThat(r.field()).isEqualTo("caller.actorId");
        });
        assertThat(lookUp(Caller.bureau("officer"), "9131000013221158XC", "审".repeat(Limits.PURPOSE + 1))
                .getLeft().field()).isEqualTo("purpose");
        assertThat(app.sicredit.revokeRecord().revoke(new RevokeRecordUseCase.Command(Caller.bureau("officer"),
                new RecordId(UUID.randomUUID()), "因".repeat(Limits.REASON + 1))).getLeft().field()).isEqualTo("reason");
        assertThat(app.sicredit.findSubjectsByName().find(new FindSubjectsByNameUseCase.Query(Caller.bureau("officer"),
                "王".repeat(Limits.NAME + 1), TODAY, "审核")).getLeft().code()).isEqualTo("COMMAND_SIZE");
        assertThat(app.audit.entriesByActor("officer")).as("each refusal audited, none failed")
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void a_nul_in_a_purpose_grounds_or_an_actor_id_is_a_forbidden_character_naming_its_field() {
        assertThat(lookUp(Caller.bureau("officer"), "9131000013221158XC", "审\u0000核").getLeft())
                .satisfies(r -> {
                    assertThat(r.code()).isEqualTo("TEXT_FORBIDDEN_CHARACTER");
                    assertThat(r.field()).isEqualTo("purpose");
                });
        assertThat(lookUp(Caller.bureau("officer\u0000"), "9131000013221158XC", "审核").getLeft().field())
                .isEqualTo("caller.actorId");
        assertThat(app.sicredit.receiveObjection().receive(new ReceiveObjectionUseCase.Command(Caller.centre("desk"),
                new RecordId(UUID.randomUUID()), "不服\uD800")).getLeft().code()).isEqualTo("TEXT_FORBIDDEN_CHARACTER");
    }

    @Test
    void a_field_both_blank_and_too_long_always_gets_the_same_answer_that_it_is_missing() {
        String blankAndLong = " ".repeat(Limits.PURPOSE + 5);

        for (int i = 0; i < 20; i++) {
            assertThat(lookUp(Caller.bureau("officer"), "9131000013221158XC", blankAndLong).getLeft().code())
                    .isEqualTo("COMMAND_REQUIRED");
        }
    }

    private Either<Rejection, LookUpSubjectUseCase.Result> lookUp(Caller caller, String identifier, String purpose) {
        return app.sicredit.lookUpSubject().lookUp(new LookUpSubjectUseCase.Query(caller, identifier, TODAY, purpose));
    }
}
