package org.sicredit.benchmarks;

import io.vavr.collection.List;
import io.vavr.control.Validation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.policy.PolicyBook;
import org.sicredit.domain.policy.ProviderKind;
import org.sicredit.domain.record.RecordDraft;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/**
 * A provider's row vetted as a submission vets it (第五条 to 第七条): the subject and its identifiers, the cause, the
 * dates and the query period, the category and the provider's duties, the amount, then the 第六条 classification —
 * on 256 drafts (one in ten an individual), per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RecordBenchmark {

    private static final int DRAFTS = 256;
    private static final Clock CLOCK = Clocks.on(2019, 4, 25);
    private static final LocalDate COLLECTED_ON = LocalDate.of(2019, 4, 25);
    private static final PolicyBook BOOK = Policies.defaultBook();

    private RecordDraft[] drafts;

    @Setup
    public void drafts() {
        drafts = new RecordDraft[DRAFTS];
        for (int i = 0; i < DRAFTS; i++) {
            drafts[i] = MillionBench.record(i * 4 + 3).draft();
        }
        if (vetAndClassify() != DRAFTS) {
            throw new IllegalStateException("every draft should pass");
        }
    }

    @Benchmark
    @OperationsPerInvocation(DRAFTS)
    public int vetAndClassify() {
        int vetted = 0;
        for (RecordDraft draft : drafts) {
            Validation<?, ?> outcome = draft.validate(BOOK, COLLECTED_ON, ProviderKind.SOCIAL_INSURANCE_CENTRE,
                    List.empty(), CLOCK);
            if (outcome.isValid()) {
                vetted++;
            }
        }
        return vetted;
    }
}
