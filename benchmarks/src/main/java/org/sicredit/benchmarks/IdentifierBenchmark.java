package org.sicredit.benchmarks;

import cn.hutool.core.util.CreditCodeUtil;
import cn.hutool.core.util.IdcardUtil;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.subject.ResidentIdNumber;
import org.sicredit.domain.subject.UnifiedSocialCreditCode;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * Identifiers checked by sicredit's parse and by Hutool's {@code CreditCodeUtil.isCreditCode} /
 * {@code IdcardUtil.isValidCard}, on the same 1,024 inputs as a provider's file brings them: seven in eight valid, one
 * a typo. sicredit's parse builds the value (or a rejection with its message); Hutool answers a boolean. Operations
 * are single inputs, per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IdentifierBenchmark {

    static final int INPUTS = 1024;
    private static final Clock CLOCK = Clocks.on(2026, 11, 27);

    private String[] creditCodes;
    private String[] residentIdNumbers;

    @Setup
    public void inputs() {
        creditCodes = IdentifierCorpus.creditCodeMix(INPUTS);
        residentIdNumbers = IdentifierCorpus.residentIdMix(INPUTS);
    }

    @Benchmark
    @OperationsPerInvocation(INPUTS)
    public int creditCodeSicredit() {
        int valid = 0;
        for (String code : creditCodes) {
            if (UnifiedSocialCreditCode.parse(code).isRight()) {
                valid++;
            }
        }
        return valid;
    }

    @Benchmark
    @OperationsPerInvocation(INPUTS)
    public int creditCodeHutool() {
        int valid = 0;
        for (String code : creditCodes) {
            if (CreditCodeUtil.isCreditCode(code)) {
                valid++;
            }
        }
        return valid;
    }

    @Benchmark
    @OperationsPerInvocation(INPUTS)
    public int residentIdSicredit() {
        int valid = 0;
        for (String number : residentIdNumbers) {
            if (ResidentIdNumber.parse(number, CLOCK).isRight()) {
                valid++;
            }
        }
        return valid;
    }

    @Benchmark
    @OperationsPerInvocation(INPUTS)
    public int residentIdHutool() {
        int valid = 0;
        for (String number : residentIdNumbers) {
            if (IdcardUtil.isValidCard(number)) {
                valid++;
            }
        }
        return valid;
    }
}
