package org.sicredit.application.service;

import io.vavr.control.Either;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.in.AnswerOnceUseCase;
import org.sicredit.application.port.out.IdempotencyPort.Answer;
import org.sicredit.application.port.out.IdempotencyPort;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

/** Idempotency keys over {@link IdempotencyPort}, scoped by the caller's actor id. */
final class AnswerOnceService implements AnswerOnceUseCase {

    /** Printable ASCII, as the IETF draft on the Idempotency-Key header and every payment API accept. */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyPort keys;
    private final Clock clock;
    private final CommandCheck check;

    AnswerOnceService(IdempotencyPort keys, Clock clock, CommandCheck check) {
        this.keys = keys;
        this.clock = clock;
        this.check = check;
    }

    @Override
    public Either<Rejection, Begun> begin(Begin command) {
        return check.check(command).flatMap(valid -> validKey(valid.key())).flatMap(key -> {
            IdempotencyPort.Claim claim = keys.claim(scope(command.caller()), key, command.fingerprint(),
                    clock.instant(), clock.instant().minus(ABANDONED_AFTER));
            if (claim instanceof IdempotencyPort.Claimed) {
                return Either.right(new FirstTime());
            }
            if (claim instanceof IdempotencyPort.Answered answered) {
                return MessageDigest.isEqual(answered.fingerprint(), command.fingerprint())
                        ? Either.right(new Repeat(answered.answer())) : Either.left(reused());
            }
            IdempotencyPort.Pending pending = (IdempotencyPort.Pending) claim;
            return Either.left(MessageDigest.isEqual(pending.fingerprint(), command.fingerprint())
                    ? Rejection.of(RejectionCodes.IDEMPOTENCY_KEY_IN_USE, "Idempotency-Key", "",
                            "使用该幂等键的第一个请求仍在处理，请稍后重试",
                            "The first request with this idempotency key is still being answered: try again shortly")
                    : reused());
        });
    }

    @Override
    public void answered(Caller caller, String key, Answer answer) {
        keys.answer(scope(caller), key, answer);
    }

    @Override
    public void failed(Caller caller, String key) {
        keys.release(scope(caller), key);
    }

    @Override
    public int forget(Duration retention) {
        return keys.forgetBefore(clock.instant().minus(retention));
    }

    private static String scope(Caller caller) {
        return caller.actorId();
    }

    private static Either<Rejection, String> validKey(String key) {
        return KEY.matcher(key).matches() ? Either.right(key)
                : Either.left(Rejection.of(RejectionCodes.IDEMPOTENCY_KEY_INVALID, "Idempotency-Key", "",
                        "幂等键须为 1 至 255 个可打印 ASCII 字符", "An idempotency key is 1 to 255 printable ASCII characters"));
    }

    private static Rejection reused() {
        return Rejection.of(RejectionCodes.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key", "",
                "该幂等键已用于另一个请求：每个不同的请求须用新的键", "This idempotency key was used for another request: "
                        + "use a new key for each different request");
    }
}
