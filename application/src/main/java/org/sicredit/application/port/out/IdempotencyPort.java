package org.sicredit.application.port.out;

import io.vavr.control.Option;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * What was answered to a request sent with an idempotency key, kept where every instance of sicredit sees it, so a
 * client that repeats a request (a timeout, a retry) gets the first answer again instead of a second effect.
 * Keys are scoped by caller: two callers' equal keys are two keys. Answers may hold personal data and are kept
 * encrypted at rest; they are forgotten after a retention the operator chooses ({@link #forgetBefore}).
 *
 * <p>Contract: {@code claim} is atomic across instances — of two concurrent claims of one new key exactly one is
 * {@link Claimed}; a later claim is {@link Answered} once the answer is recorded, {@link Pending} before it (unless
 * the pending claim is older than {@code abandonedBefore}, when it is taken over as {@link Claimed}), and in both
 * cases carries the fingerprint of the first request, for the caller to compare. {@code release} forgets a claim
 * whose request failed without effect, so it may be tried again.
 */
public interface IdempotencyPort {

    Claim claim(String scope, String key, byte[] fingerprint, Instant at, Instant abandonedBefore);

    void answer(String scope, String key, Answer answer);

    void release(String scope, String key);

    /** Forgets every key claimed before {@code before}; answers how many. */
    int forgetBefore(Instant before);

    /** The outcome of a claim. */
    sealed interface Claim permits Claimed, Pending, Answered {
    }

    /** The key is new (or abandoned): the caller does the work, then records its answer. */
    record Claimed() implements Claim {
    }

    /** Another request with the key is being answered. */
    record Pending(byte[] fingerprint) implements Claim {

        public Pending {
            fingerprint = fingerprint.clone();
        }

        @Override
        public byte[] fingerprint() {
            return fingerprint.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Pending pending && Arrays.equals(fingerprint, pending.fingerprint);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(fingerprint);
        }

        @Override
        public String toString() {
            return "Pending";
        }
    }

    /** The key was answered before: the first request's fingerprint and its answer. */
    record Answered(byte[] fingerprint, Answer answer) implements Claim {

        public Answered {
            fingerprint = fingerprint.clone();
            Objects.requireNonNull(answer, "answer");
        }

        @Override
        public byte[] fingerprint() {
            return fingerprint.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Answered answered && Arrays.equals(fingerprint, answered.fingerprint)
                    && answer.equals(answered.answer);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(fingerprint) + answer.hashCode();
        }

        @Override
        public String toString() {
            return "Answered[" + answer + "]";
        }
    }

    /** An answer as the caller's adapter gave it: a status, a media type, the body, and the entity tag if any. */
    record Answer(int status, String mediaType, byte[] body, Option<String> entityTag) {

        public Answer {
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(entityTag, "entityTag");
            body = body.clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Answer answer && status == answer.status && mediaType.equals(answer.mediaType)
                    && Arrays.equals(body, answer.body) && entityTag.equals(answer.entityTag);
        }

        @Override
        public int hashCode() {
            return Objects.hash(status, mediaType, Arrays.hashCode(body), entityTag);
        }

        @Override
        public String toString() {
            return "Answer[" + status + ", " + mediaType + ", " + body.length + " bytes]";
        }
    }
}
