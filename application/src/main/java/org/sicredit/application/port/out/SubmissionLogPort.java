package org.sicredit.application.port.out;

import io.vavr.collection.Seq;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Which providers submitted for which month (沪人社规〔2018〕30号 第七条: providers submit monthly), so the Bureau
 * can say who is missing. Append-only: an implementation never changes or removes an entry, and lists them in
 * the order they were appended.
 */
public interface SubmissionLogPort {

    /** One submission: who, for which month, when, and what it did. */
    record Submission(String providerCode, YearMonth period, Instant at, String actorId,
                      int added, int unchanged, int corrected, int rejected) {

        public Submission {
            Objects.requireNonNull(providerCode, "providerCode");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actorId, "actorId");
        }
    }

    void append(Submission submission);

    Seq<Submission> submissionsFor(YearMonth period);
}
