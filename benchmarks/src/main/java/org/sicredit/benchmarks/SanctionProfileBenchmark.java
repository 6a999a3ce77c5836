package org.sicredit.benchmarks;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sicredit.domain.fixtures.Subjects;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.policy.PolicyBook;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.sanction.SanctionProfile;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/**
 * 第八条's sanction profile of one subject with 1, 10 and 1,000 records (one in three serious): the measures that
 * apply, each with its legal basis, as a lookup computes them. Microseconds per profile.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SanctionProfileBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2019, 4, 25);
    private static final PolicyBook BOOK = Policies.defaultBook();

    @Param({"1", "10", "1000"})
    public int records;

    private Seq<DishonestyRecord> subjectsRecords;

    @Setup
    public void records() {
        subjectsRecords = List.range(0, records).map(i -> (i % 3 == 0 ? aRecord().serious() : aRecord())
                .of(Subjects.anyOrganisation()).documentNumber("P-" + i).build());
    }

    @Benchmark
    public SanctionProfile profile() {
        return SanctionProfile.of(subjectsRecords, AS_OF, BOOK);
    }
}
