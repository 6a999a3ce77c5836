package org.sicredit.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.out.RecordStatisticsPort.Tally;
import org.sicredit.domain.policy.Severity;
import org.sicredit.domain.rejection.Rejection;

import java.time.YearMonth;

/**
 * How many records, collected from {@code from} to {@code to}, per month, category, severity, provider and state
 * — for the Bureau's supervision of the monthly collection (第五条, 第七条). The Bureau and the Centre see every
 * provider; a provider sees its own records only. At most five years (sixty months) at a time.
 */
public interface ProduceStatisticsUseCase {

    Either<Rejection, Result> produce(Query query);

    record Query(@NotNull @Valid Caller caller, @NotNull YearMonth from, @NotNull YearMonth to) {
    }

    /** The totals along each dimension, and the cells they were summed from. */
    record Result(YearMonth from, YearMonth to, long total, SortedMap<YearMonth, Long> byMonth,
                  SortedMap<Integer, Long> byCategory, SortedMap<Severity, Long> bySeverity,
                  SortedMap<String, Long> byProvider, SortedMap<String, Long> byStatus, Seq<Tally> cells) {
    }
}
