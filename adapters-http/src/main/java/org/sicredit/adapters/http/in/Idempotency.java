package org.sicredit.adapters.http.in;

import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.application.Sicredit;
import org.sicredit.application.port.in.AnswerOnceUseCase;
import org.sicredit.application.port.out.IdempotencyPort.Answer;
import org.sicredit.domain.rejection.Rejection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The {@code Idempotency-Key} of a POST: the first request with a key is answered and its answer kept (a 5xx is not
 * kept, so a retry may succeed); the same key with the same request gets that answer again, marked
 * {@code Idempotent-Replayed: true}; with another request it is a 422. The fingerprint is the operation, the path
 * and query, the If-Match and Accept headers, and the body's SHA-256.
 */
final class Idempotency {

    static final String HEADER = "Idempotency-Key";

    private final Sicredit sicredit;

    Idempotency(Sicredit sicredit) {
        this.sicredit = sicredit;
    }

    /** The work that answers a request the first time. */
    @FunctionalInterface
    interface Work {
        Reply answer() throws IOException;
    }

    Reply run(Operation operation, Exchange exchange, Context context, RequestBody body, Work work)
            throws IOException {
        String key = context.header(HEADER);
        if (!operation.isPost() || exchange.caller() == null || key == null) {
            return work.answer();
        }
        AnswerOnceUseCase once = sicredit.answerOnce();
        Either<Rejection, AnswerOnceUseCase.Begun> begun = once.begin(new AnswerOnceUseCase.Begin(exchange.caller(),
                key, fingerprint(operation, context, body)));
        if (begun.isLeft()) {
            int status = Statuses.of(begun.getLeft(), false);
            return new Reply(status, Problem.MEDIA_TYPE, Json.write(Problem.of(begun.getLeft(), status, context.path(),
                    exchange.language())), Option.none(), Option.none(), Option.none());
        }
        if (begun.get() instanceof AnswerOnceUseCase.Repeat repeat) {
            context.header("Idempotent-Replayed", "true");
            Answer answer = repeat.answer();
            return new Reply(answer.status(), answer.mediaType(), answer.body(), answer.entityTag(), Option.none(),
                    Option.none());
        }
        Reply reply;
        try {
            reply = work.answer();
        } catch (IOException | RuntimeException failure) {
            once.failed(exchange.caller(), key);
            throw failure;
        }
        if (reply.status() >= 500) {
            once.failed(exchange.caller(), key);
        } else {
            once.answered(exchange.caller(), key, new Answer(reply.status(), reply.mediaType(), reply.body(),
                    reply.entityTag()));
        }
        return reply;
    }

    private static byte[] fingerprint(Operation operation, Context context, RequestBody body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String request = operation.id() + "\n" + context.path() + "?" + context.queryString() + "\n"
                    + context.header("If-Match") + "\n" + context.header("Accept") + "\n";
            sha.update(request.getBytes(StandardCharsets.UTF_8));
            sha.update(body.digest());
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
