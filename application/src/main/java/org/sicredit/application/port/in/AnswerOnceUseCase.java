package org.sicredit.application.port.in;

import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.out.IdempotencyPort.Answer;
import org.sicredit.domain.rejection.Rejection;

import java.time.Duration;

/**
 * A request sent with an idempotency key has one effect however often it is sent. {@link #begin} before the work:
 * the first time, the caller does the work and then {@link #answered} records the answer (or {@link #failed}, when
 * nothing happened, lets it be tried again); a repeat of the same request gets the first answer back; the same key
 * with another request is {@code IDEMPOTENCY_KEY_REUSED}; a repeat while the first is still being answered is
 * {@code IDEMPOTENCY_KEY_IN_USE}. Keys are the caller's own (scoped by actor) and are forgotten after a retention.
 */
public interface AnswerOnceUseCase {

    /** A claim left unanswered this long is taken to be abandoned (its process died) and may be claimed again. */
    Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    Either<Rejection, Begun> begin(Begin command);

    void answered(Caller caller, String key, Answer answer);

    void failed(Caller caller, String key);

    /** Forgets keys claimed more than {@code retention} ago; answers how many. */
    int forget(Duration retention);

    /** {@code fingerprint}: a hash of what makes the request this request (method, path, body). */
    record Begin(@NotNull @Valid Caller caller, @NotNull String key, @NotNull byte[] fingerprint) {
    }

    /** Whether this is the first time, or a repeat with its first answer. */
    sealed interface Begun permits FirstTime, Repeat {
    }

    record FirstTime() implements Begun {
    }

    record Repeat(Answer answer) implements Begun {
    }
}
