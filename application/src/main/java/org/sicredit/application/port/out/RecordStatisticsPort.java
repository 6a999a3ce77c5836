package org.sicredit.application.port.out;

import io.vavr.collection.Seq;
import org.sicredit.domain.policy.Severity;

import java.time.YearMonth;
import java.util.Objects;

/**
 * Counts of records, grouped, so statistics never load the records themselves. An implementation guarantees that
 * every record collected in a month from {@code from} to {@code to} (both included) is counted exactly once, in the
 * cell of its collection month, category item, severity, provider and state code ({@code RecordState.code()});
 * that no cell has a count of zero; and that cells are ordered by month, category, severity, provider, status.
 */
@FunctionalInterface
public interface RecordStatisticsPort {

    record Tally(YearMonth month, int category, Severity severity, String providerCode, String status, long count) {

        public Tally {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(providerCode, "providerCode");
            Objects.requireNonNull(status, "status");
            if (count < 1) {
                throw new IllegalArgumentException("a tally counts at least one record");
            }
        }
    }

    Seq<Tally> tally(YearMonth from, YearMonth to);
}
