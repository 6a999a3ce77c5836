package org.sicredit.adapters.jdbc;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.sicredit.application.Sicredit;
import org.sicredit.application.access.Caller;
import org.sicredit.application.fixtures.InMemoryPlatformGateway;
import org.sicredit.application.fixtures.MutableClock;
import org.sicredit.application.port.in.ExpireRecordsUseCase;
import org.sicredit.application.port.in.RelayOutboxUseCase;
import org.sicredit.application.port.in.ReportMonthUseCase;
import org.sicredit.application.port.out.OutboxPort;
import org.sicredit.application.port.out.PlatformGatewayPort;
import org.sicredit.application.port.out.RecordStorePort.Save;
import org.sicredit.application.port.out.RecordStorePort;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.record.RecordState;
import org.sicredit.domain.rejection.Rejection;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.BUREAU_OFFICER;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/** Two application instances sharing one PostgreSQL: one writer wins, jobs never do the same work twice. */
class PostgresConcurrencyTest {

    private static final YearMonth APRIL = YearMonth.of(2019, 4);

    private final JdbcStores stores = TestDatabases.postgres();
    private final MutableClock clock = new MutableClock(LocalDate.of(2024, 6, 1));
    private final InMemoryPlatformGateway platform = new InMemoryPlatformGateway(clock);

    @Test
    void of_two_concurrent_writers_of_the_same_version_one_wins_and_the_other_is_told_it_is_stale() throws Exception {
        DishonestyRecord stored = aRecord().build();
        stores.records().saveAll(List.of(Save.created(stored))).get();
        DishonestyRecord submitted = stored.submit(APRIL, BUREAU_OFFICER, Clocks.on(2019, 4, 5)).get().record();
        DishonestyRecord revoked = stored.revoke("撤销", BUREAU_OFFICER, Clocks.on(2019, 4, 5)).get().record();
        CyclicBarrier start = new CyclicBarrier(2);

        Seq<Either<Rejection, Seq<DishonestyRecord>>> outcomes = together(
                () -> {
                    start.await();
                    return stores.records().saveAll(List.of(new Save(submitted, 1)));
                },
                () -> {
                    start.await();
                    return stores.records().saveAll(List.of(new Save(revoked, 1)));
                });

        assertThat(outcomes.filter(Either::isRight)).hasSize(1);
        assertThat(outcomes.filter(Either::isLeft).single().getLeft().code()).isEqualTo(RecordStorePort.STALE_VERSION);
        assertThat(stores.records().findById(stored.id()).get().version()).isEqualTo(2);
    }

    @Test
    void two_instances_sweeping_at_once_expire_every_record_exactly_once_without_stepping_on_each_other()
            throws Exception {
        Seq<DishonestyRecord> expirable = List.range(0, 1200).map(i -> aRecord().documentNumber("EXP-" + i)
                .endedOn(LocalDate.of(2019, 3, 20)).reportedOn(LocalDate.of(2019, 4, 10)).build());
        stores.records().saveAll(expirable.map(Save::created)).get();
        Sicredit first = instance();
        Sicredit second = instance();
        CyclicBarrier start = new CyclicBarrier(2);

        Seq<ExpireRecordsUseCase.Result> sweeps = together(
                () -> sweep(first, start, "sweep-a"),
                () -> sweep(second, start, "sweep-b"));

        Seq<RecordId> expired = sweeps.flatMap(ExpireRecordsUseCase.Result::expired);
        assertThat(expired).hasSize(1200).doesNotHaveDuplicates();
        assertThat(sweeps.map(ExpireRecordsUseCase.Result::skippedBecauseAnotherSweepWasFirst).sum().intValue())
                .as("claimed rows are skipped, not fought over").isZero();
        assertThat(expirable.map(r -> stores.records().findById(r.id()).get().state()).distinct())
                .containsExactly(new RecordState.Expired(LocalDate.of(2024, 6, 1)));
    }

    @Test
    void two_instances_reporting_the_same_month_at_once_report_each_record_once() throws Exception {
        Seq<DishonestyRecord> submitted = List.range(0, 50).map(i -> aRecord().documentNumber("REP-" + i).build()
                .submit(APRIL, BUREAU_OFFICER, Clocks.on(2019, 4, 5)).get().record());
        stores.records().saveAll(submitted.map(Save::created)).get();
        clock.setDay(LocalDate.of(2019, 5, 2));
        Sicredit first = instance();
        Sicredit second = instance();
        CyclicBarrier start = new CyclicBarrier(2);

        Seq<ReportMonthUseCase.Result> runs = together(
                () -> report(first, start),
                () -> report(second, start));

        assertThat(runs.flatMap(ReportMonthUseCase.Result::queued)).hasSize(50).doesNotHaveDuplicates();
        first.relayOutbox().relay(new RelayOutboxUseCase.Command(Caller.system("relay"))).get();
        assertThat(platform.storedReports().values().map(r -> r.lines().size()).sum().intValue()).isEqualTo(50);
        assertThat(stores.records().claimSubmittedFor(APRIL)).isEmpty();
    }

    @Test
    void two_relays_draining_one_outbox_through_a_platform_that_fails_every_third_call_deliver_each_message_once()
            throws Exception {
        LocalDate day = LocalDate.of(2024, 6, 1);
        Seq<OutboxPort.MessageId> queued = List.range(0, 60).map(i -> stores.transactions().inTransaction(() ->
                Either.<Rejection, OutboxPort.Envelope>right(stores.outbox().enqueue(new OutboxPort.RevocationNotice(
                        new PlatformGatewayPort.Revocation(new RecordId(UUID.nameUUIDFromBytes(("relay-" + i)
                                .getBytes(StandardCharsets.UTF_8))), "行政处罚决定被撤销", day, day.plusDays(3))),
                        clock.instant()))).get().id());
        platform.failEvery(3);
        RelayOutboxUseCase.RetrySchedule schedule = new RelayOutboxUseCase.RetrySchedule(10, Duration.ofMinutes(1),
                Duration.ofMinutes(30), Duration.ofMinutes(5), 4);
        Sicredit first = instance(schedule);
        Sicredit second = instance(schedule);

        Seq<RelayOutboxUseCase.Result> runs = List.empty();
        for (int round = 0; round < 10 && !stores.outbox().undelivered().isEmpty(); round++) {
            CyclicBarrier start = new CyclicBarrier(2);
            runs = runs.appendAll(together(() -> relay(first, start), () -> relay(second, start)));
            clock.advance(Duration.ofHours(1));
        }

        Seq<OutboxPort.MessageId> delivered = runs.flatMap(RelayOutboxUseCase.Result::delivered);
        assertThat(delivered).hasSize(60).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(queued);
        assertThat(runs.flatMap(RelayOutboxUseCase.Result::claimLost)).isEmpty();
        assertThat(runs.flatMap(RelayOutboxUseCase.Result::retrying)).as("every third call failed").isNotEmpty();
        assertThat(platform.calls()).isGreaterThan(60);
        assertThat(platform.acknowledgements()).hasSize(60);
        assertThat(platform.acknowledgements().values().distinct()).as("each acknowledged exactly once")
                .containsExactly(1);
        assertThat(stores.outbox().undelivered()).isEmpty();
    }

    private RelayOutboxUseCase.Result relay(Sicredit sicredit, CyclicBarrier start) throws Exception {
        start.await();
        return sicredit.relayOutbox().relay(new RelayOutboxUseCase.Command(Caller.system("relay"))).get();
    }

    @Test
    void while_the_platform_is_called_the_relay_holds_no_lock_on_the_months_records() throws Exception {
        Seq<DishonestyRecord> submitted = List.range(0, 20).map(i -> aRecord().documentNumber("OPEN-" + i).build()
                .submit(APRIL, BUREAU_OFFICER, Clocks.on(2019, 4, 5)).get().record());
        stores.records().saveAll(submitted.map(Save::created)).get();
        clock.setDay(LocalDate.of(2019, 5, 2));
        java.util.concurrent.atomic.AtomicInteger claimableDuringTheCall = new java.util.concurrent.atomic.AtomicInteger(-1);
        PlatformGatewayPort watching = new WatchingPlatform(platform, () -> claimableDuringTheCall.set(together(
                () -> stores.transactions().inTransaction(() -> Either.<Rejection, Integer>right(
                        stores.records().claimSubmittedFor(APRIL).size())).get()).head()));
        Sicredit sicredit = TestDatabases.sicredit(stores, clock, watching).build();
        sicredit.reportMonth().report(new ReportMonthUseCase.Command(Caller.bureau("officer-001"), APRIL)).get();

        sicredit.relayOutbox().relay(new RelayOutboxUseCase.Command(Caller.system("relay"))).get();

        assertThat(claimableDuringTheCall.get()).as("another transaction could claim every row during the call")
                .isEqualTo(20);
        assertThat(stores.records().claimSubmittedFor(APRIL)).as("reported once acknowledged").isEmpty();
    }

    /** The Platform, with something done on another thread while a report is being submitted. */
    private record WatchingPlatform(PlatformGatewayPort platform, ThrowingRunnable duringSubmit)
            implements PlatformGatewayPort {

        @Override
        public io.vavr.control.Either<Rejection, Receipt> submit(PlatformReport report) {
            try {
                duringSubmit.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return platform.submit(report);
        }

        @Override
        public io.vavr.control.Either<Rejection, Receipt> informObjectionDecision(ObjectionDecision decision) {
            return platform.informObjectionDecision(decision);
        }

        @Override
        public io.vavr.control.Either<Rejection, Receipt> informRevocation(Revocation revocation) {
            return platform.informRevocation(revocation);
        }

        @Override
        public io.vavr.control.Either<Rejection, Receipt> informRepair(RepairNotice notice) {
            return platform.informRepair(notice);
        }

        @Override
        public io.vavr.control.Either<Rejection, Receipt> informRecordUpdate(RecordUpdate update) {
            return platform.informRecordUpdate(update);
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void rows_claimed_by_an_open_transaction_are_skipped_by_another_claim() throws Exception {
        Seq<DishonestyRecord> expirable = List.range(0, 30).map(i -> aRecord().documentNumber("CLAIM-" + i)
                .endedOn(LocalDate.of(2019, 3, 20)).reportedOn(LocalDate.of(2019, 4, 10)).build());
        stores.records().saveAll(expirable.map(Save::created)).get();
        java.util.concurrent.CountDownLatch claimed = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);

        Seq<Seq<RecordId>> claims = together(
                () -> stores.transactions().inTransaction(() -> {
                    Seq<RecordId> mine = stores.records().claimExpirable(LocalDate.of(2024, 6, 1), 10)
                            .map(DishonestyRecord::id);
                    claimed.countDown();
                    awaitUninterruptibly(release);
                    return Either.<Rejection, Seq<RecordId>>right(mine);
                }).get(),
                () -> {
                    claimed.await();
                    Seq<RecordId> theirs = stores.transactions().inTransaction(() -> Either.<Rejection, Seq<RecordId>>right(
                            stores.records().claimExpirable(LocalDate.of(2024, 6, 1), 100).map(DishonestyRecord::id)))
                            .get();
                    release.countDown();
                    return theirs;
                });

        assertThat(claims.get(0)).hasSize(10);
        assertThat(claims.get(1)).hasSize(20).doesNotContainAnyElementsOf(claims.get(0));
    }

    private ExpireRecordsUseCase.Result sweep(Sicredit sicredit, CyclicBarrier start, String job) throws Exception {
        start.await();
        return sicredit.expireRecords().expire(new ExpireRecordsUseCase.Command(Caller.system(job))).get();
    }

    private ReportMonthUseCase.Result report(Sicredit sicredit, CyclicBarrier start) throws Exception {
        start.await();
        return sicredit.reportMonth().report(new ReportMonthUseCase.Command(Caller.bureau("officer-001"), APRIL)).get();
    }

    private Sicredit instance() {
        return instance(RelayOutboxUseCase.RetrySchedule.DEFAULT);
    }

    private Sicredit instance(RelayOutboxUseCase.RetrySchedule schedule) {
        JdbcStores own = JdbcStores.migrate(TestDatabases.postgresDataSource(), TestDatabases.KEYS,
                Policies.defaultBook());
        return TestDatabases.sicredit(own, clock, platform).retrySchedule(schedule).build();
    }

    private static void awaitUninterruptibly(java.util.concurrent.CountDownLatch latch) {
        try {
            if (!latch.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other claim never came");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SafeVarargs
    private static <T> Seq<T> together(Callable<T>... work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.length);
        try {
            List<T> results = List.empty();
            for (Future<T> done : pool.invokeAll(java.util.List.of(work))) {
                results = results.append(done.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
