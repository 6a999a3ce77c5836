package org.sicredit.adapters.http.in;

import io.vavr.collection.List;
import org.sicredit.application.Sicredit;

import java.time.Clock;

/** Every operation of the API, in the order the document lists them. */
final class Operations {

    private Operations() {
    }

    static List<Operation> all(Sicredit sicredit, Clock clock) {
        return ProbeOperations.of(sicredit)
                .appendAll(SubmissionOperations.of(sicredit))
                .appendAll(SubjectOperations.of(sicredit, clock))
                .appendAll(ObjectionOperations.of(sicredit, clock))
                .appendAll(RepairOperations.of(sicredit))
                .appendAll(RecordOperations.of(sicredit))
                .appendAll(BureauOperations.of(sicredit, clock));
    }
}
