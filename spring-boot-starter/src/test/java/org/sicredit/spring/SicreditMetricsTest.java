package org.sicredit.spring;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sicredit.adapters.jdbc.DataSources;
import org.sicredit.adapters.jdbc.JdbcStores;
import org.sicredit.adapters.jdbc.crypto.KeyFile;
import org.sicredit.application.port.out.OutboxPort;
import org.sicredit.application.port.out.SubmissionLogPort;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.rejection.Rejection;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** sicredit's meters on a registry: rows ingested by outcome, job runs by outcome, the outbox's gauges. */
class SicreditMetricsTest {

    private static final Instant NOW = Instant.parse("2020-06-30T02:00:00Z");

    private final HikariDataSource database = DataSources.inMemoryH2("metrics-" + System.nanoTime());
    private final JdbcStores stores = JdbcStores.migrate(database,
            KeyFile.parse(SicreditAutoConfigurationTest.KEYS, "test"), Policies.defaultBook());
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SicreditMetrics metrics = new SicreditMetrics(new OutboxWatch(stores.outbox(),
            Clock.fixed(NOW, SicreditAutoConfiguration.SHANGHAI)));

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void a_submission_appended_counts_its_rows_by_outcome_and_is_still_stored() {
        metrics.bindTo(registry);
        java.util.List<SubmissionLogPort.Submission> stored = new ArrayList<>();
        SubmissionLogPort log = SicreditTally.counting(new SubmissionLogPort() {
            @Override
            public void append(Submission submission) {
                stored.add(submission);
            }

            @Override
            public Seq<Submission> submissionsFor(YearMonth period) {
                return List.ofAll(stored);
            }
        }, metrics);

        log.append(new SubmissionLogPort.Submission("SHSI", YearMonth.of(2020, 6), NOW, "clerk-001", 3, 1, 0, 2));

        assertThat(stored).hasSize(1);
        assertThat(registry.get("sicredit.records.ingested").tag("outcome", "added").counter().count()).isEqualTo(3);
        assertThat(registry.get("sicredit.records.ingested").tag("outcome", "rejected").counter().count()).isEqualTo(2);
    }

    @Test
    void without_a_registry_the_submission_log_is_left_as_it_is() {
        SubmissionLogPort log = new EmptyLog();

        assertThat(SicreditTally.counting(log, SicreditTally.NONE)).isSameAs(log);
    }

    @Test
    void a_job_run_is_counted_by_outcome_and_a_failure_never_escapes_the_schedule() {
        metrics.bindTo(registry);
        ScheduledJob fine = new ScheduledJob("outbox-relay", java.time.Duration.ofMinutes(1), () -> { }, metrics);
        ScheduledJob failing = new ScheduledJob("expiry-sweep", java.time.Duration.ofMinutes(1), () -> {
            throw new IllegalStateException("the database is away");
        }, metrics);

        fine.runOnce();
        failing.runOnce();
        failing.runOnce();

        assertThat(registry.get("sicredit.job.runs").tags("job", "outbox-relay", "outcome", "succeeded").counter()
                .count()).isEqualTo(1);
        assertThat(registry.get("sicredit.job.runs").tags("job", "expiry-sweep", "outcome", "failed").counter()
                .count()).isEqualTo(2);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void a_job_whose_use_case_refuses_counts_a_failure_and_logs_the_code_only(CapturedOutput output) {
        metrics.bindTo(registry);
        ScheduledJob refusing = new ScheduledJob("outbox-relay", java.time.Duration.ofMinutes(1), () -> {
            throw new SicreditJobs.JobRefused(Rejection.of("PLATFORM_UNAVAILABLE", "platform", "440524188001010014",
                    "平台不可用", "The Platform is unavailable"));
        }, metrics);

        refusing.runOnce();

        assertThat(registry.get("sicredit.job.runs").tags("job", "outbox-relay", "outcome", "failed").counter()
                .count()).isEqualTo(1);
        assertThat(output).contains("sicredit outbox-relay failed, tried again in PT1M: PLATFORM_UNAVAILABLE")
                .doesNotContain("440524188001010014");
    }

    @Test
    void the_outbox_gauges_read_the_outbox() {
        metrics.bindTo(registry);
        stores.outbox().enqueue(new OutboxPort.MonthReport("report-2020-05", YearMonth.of(2020, 5), List.empty()),
                NOW.minusSeconds(90));

        assertThat(registry.get("sicredit.outbox.depth").gauge().value()).isEqualTo(1);
        assertThat(registry.get("sicredit.outbox.oldest.age").gauge().value()).isEqualTo(90);
        assertThat(registry.get("sicredit.outbox.failed").gauge().value()).isZero();
    }

    @Test
    void a_use_case_bean_is_only_of_its_own_type_and_passes_calls_and_failures_through() {
        Both both = new Both();
        Runnable runnable = OnlyItsOwnType.of(Runnable.class, both);

        assertThat(runnable).isNotInstanceOf(java.util.function.Supplier.class);
        assertThat(runnable).isEqualTo(runnable).isNotEqualTo(both);
        assertThat(runnable.toString()).isEqualTo("Runnable of both");
        assertThat(runnable.hashCode()).isEqualTo(System.identityHashCode(runnable));
        assertThatThrownBy(runnable::run).isInstanceOf(IllegalStateException.class).hasMessage("ran");
    }

    /** One object answering two interfaces, as an application service answers several use cases. */
    private static final class Both implements Runnable, java.util.function.Supplier<String> {

        @Override
        public void run() {
            throw new IllegalStateException("ran");
        }

        @Override
        public String get() {
            return "got";
        }

        @Override
        public String toString() {
            return "both";
        }
    }

    private static final class EmptyLog implements SubmissionLogPort {

        @Override
        public void append(Submission submission) {
        }

        @Override
        public Seq<Submission> submissionsFor(YearMonth period) {
            return List.empty();
        }
    }
}
