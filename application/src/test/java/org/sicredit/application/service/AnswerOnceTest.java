package org.sicredit.application.service;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.sicredit.application.access.Caller;
import org.sicredit.application.fixtures.Application;
import org.sicredit.application.fixtures.MutableClock;
import org.sicredit.application.port.in.AnswerOnceUseCase.Begin;
import org.sicredit.application.port.in.AnswerOnceUseCase.FirstTime;
import org.sicredit.application.port.in.AnswerOnceUseCase.Repeat;
import org.sicredit.application.port.in.AnswerOnceUseCase;
import org.sicredit.application.port.out.IdempotencyPort.Answer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerOnceTest {

    private static final Caller CENTRE = Caller.centre("apikey:0000000000000001");
    private static final byte[] REQUEST = bytes("POST /api/v1/objections {\"recordId\":\"r\"}");
    private static final Answer ANSWER = new Answer(201, "application/json", bytes("{\"id\":\"OBJ-1\"}"),
            Option.some("\"1\""));

    private final MutableClock clock = new MutableClock(LocalDate.of(2020, 7, 10));
    private final Application app = new Application(clock);
    private final AnswerOnceUseCase once = app.sicredit.answerOnce();

    @Test
    void the_same_key_and_request_twice_is_answered_the_first_answer() {
        assertThat(once.begin(new Begin(CENTRE, "k-1", REQUEST)).get()).isInstanceOf(FirstTime.class);
        once.answered(CENTRE, "k-1", ANSWER);

        assertThat(once.begin(new Begin(CENTRE, "k-1", REQUEST)).get()).isEqualTo(new Repeat(ANSWER));
    }

    @Test
    void the_same_key_with_another_request_is_refused_whether_answered_or_not() {
        once.begin(new Begin(CENTRE, "k-1", REQUEST)).get();

        assertThat(once.begin(new Begin(CENTRE, "k-1", bytes("other"))).getLeft().code())
                .isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(once.begin(new Begin(CENTRE, "k-1", REQUEST)).getLeft().code()).isEqualTo("IDEMPOTENCY_KEY_IN_USE");
        once.answered(CENTRE, "k-1", ANSWER);
        assertThat(once.begin(new Begin(CENTRE, "k-1", bytes("other"))).getLeft().code())
                .isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void a_refused_key_is_never_repeated_back_whatever_it_holds() {
        once.begin(new Begin(CENTRE, "440524188001010014", REQUEST)).get();

        assertThat(once.begin(new Begin(CENTRE, "440524188001010014", bytes("other"))).getLeft().toString())
                .doesNotContain("440524188001010014");
        assertThat(once.begin(new Begin(CENTRE, "440524188001010014", REQUEST)).getLeft().toString())
                .doesNotContain("440524188001010014");
    }

    @Test
    void a_request_that_failed_without_effect_may_be_sent_again_with_its_key() {
        once.begin(new Begin(CENTRE, "k-1", REQUEST)).get();
        once.failed(CENTRE, "k-1");

        assertThat(once.begin(new Begin(CENTRE, "k-1", REQUEST)).get()).isInstanceOf(FirstTime.class);
    }

    @Test
    void a_claim_left_unanswered_past_five_minutes_is_taken_over() {
        once.begin(new Begin(CENTRE, "k-1", REQUEST)).get();
        clock.advance(Duration.ofMinutes(6));

        assertThat(once.begin(new Begin(CENTRE, "k-1", REQUEST)).get()).isInstanceOf(FirstTime.class);
    }

    @Test
    void keys_are_forgotten_after_the_retention_and_bad_keys_are_refused() {
        once.begin(new Begin(CENTRE, "k-1", REQUEST)).get();
        clock.advance(Duration.ofHours(25));

        assertThat(once.forget(Duration.ofHours(24))).isEqualTo(1);
        assertThat(once.begin(new Begin(CENTRE, "", REQUEST)).getLeft().code()).isEqualTo("IDEMPOTENCY_KEY_INVALID");
        assertThat(once.begin(new Begin(CENTRE, "键", REQUEST)).getLeft().code()).isEqualTo("IDEMPOTENCY_KEY_INVALID");
        assertThat(once.begin(new Begin(CENTRE, "k".repeat(256), REQUEST)).getLeft().code())
                .isEqualTo("IDEMPOTENCY_KEY_INVALID");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
