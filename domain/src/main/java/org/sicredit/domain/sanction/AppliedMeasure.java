package org.sicredit.domain.sanction;

import io.vavr.collection.Seq;
import org.sicredit.domain.policy.SanctionMeasure;
import org.sicredit.domain.record.RecordId;

import java.util.Objects;

/** A measure that applies, the active records that cause it, and its legal basis. */
public record AppliedMeasure(SanctionMeasure measure, Seq<RecordId> causes) {

    public AppliedMeasure {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(causes, "causes");
        if (causes.isEmpty()) {
            throw new IllegalArgumentException("a measure applies because of at least one record");
        }
    }

    public String legalBasis() {
        return measure.legalBasis();
    }
}
