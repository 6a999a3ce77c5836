package org.sicredit.domain.policy;

import io.vavr.control.Option;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a rule of a Measure may read of one of a subject's stored records, with its dates: for a severity rule that
 * reads the subject's history ("a second category 4 record within two years", 第六条) and for a sanction measure
 * whose scope is a predicate over the subject's active records (第八条第（五）项).
 *
 * @param key      the record's identity, opaque to policy
 * @param state    the record's stable state code ({@code REPORTED}, {@code UNDER_OBJECTION}, …)
 * @param reported the day it reached the Platform; empty before
 */
public record RecordFacts(
        String key,
        int category,
        Severity severity,
        String state,
        LocalDate actDate,
        Option<LocalDate> actEndedOn,
        Option<BigDecimal> amount,
        Option<LocalDate> reported) {

    public RecordFacts {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(actDate, "actDate");
        Objects.requireNonNull(actEndedOn, "actEndedOn");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reported, "reported");
    }

    public boolean isSerious() {
        return severity == Severity.SERIOUS;
    }
}
