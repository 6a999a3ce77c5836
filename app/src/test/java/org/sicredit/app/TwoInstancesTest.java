package org.sicredit.app;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.in.ExpireRecordsUseCase;
import org.sicredit.application.port.in.ReceiveObjectionUseCase;
import org.sicredit.application.port.in.RelayOutboxUseCase;
import org.sicredit.application.port.in.ReportMonthUseCase;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.subject.SubjectDraft;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;
import static org.sicredit.domain.fixtures.Subjects.creditCode;

/**
 * Two instances of the program on one PostgreSQL, their jobs run at the same moment: every message delivered once,
 * every record expired once, the day's overdue warnings logged by one of them.
 */
class TwoInstancesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 2019-05-10: March's and April's submissions collected and reported. */
    private static final Clock THEN = Clock.fixed(Instant.parse("2019-05-10T02:00:00Z"), SHANGHAI);
    /** 2026-11-26: the records' five years are over, the objection long overdue, the report not yet relayed. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), SHANGHAI);
    private static final int RECORDS = 40;

    private final String database = TestPostgres.freshDatabase();

    @TempDir
    Path data;

    @Test
    void each_piece_of_the_jobs_work_is_done_once_when_two_instances_run_them_together() throws Exception {
        Seq<RecordId> stored = storeAndReport();
        ExecutorService both = Executors.newFixedThreadPool(2);
        try (Composition first = Composition.open(settings(), NOW);
             Composition second = Composition.open(settings(), NOW)) {
            List<Future<Work>> done = List.ofAll(both.invokeAll(java.util.List.of(work(first), work(second))));
            Seq<Work> works = done.map(TwoInstancesTest::get);

            Seq<String> delivered = works.flatMap(Work::delivered);
            Seq<RecordId> expired = works.flatMap(Work::expired);
            assertThat(delivered).doesNotHaveDuplicates().isNotEmpty();
            assertThat(expired).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(stored);
            assertThat(works.count(Work::loggedOverdue)).as("the day's overdue warnings, logged once").isOne();
            assertThat(first.stores().outbox().undelivered()).isEmpty();
        } finally {
            both.shutdownNow();
        }
    }

    private Callable<Work> work(Composition composition) {
        return () -> {
            Caller system = Caller.system("job");
            boolean overdue = new OverdueCheck(composition.sicredit(), NOW, new Metrics()).run();
            List<String> delivered = List.empty();
            List<RecordId> expired = List.empty();
            for (int round = 0; round < 50; round++) {
                RelayOutboxUseCase.Result relayed = composition.sicredit().relayOutbox()
                        .relay(new RelayOutboxUseCase.Command(system)).get();
                ExpireRecordsUseCase.Result swept = composition.sicredit().expireRecords()
                        .expire(new ExpireRecordsUseCase.Command(system)).get();
                delivered = delivered.appendAll(relayed.delivered().map(id -> id.value()));
                expired = expired.appendAll(swept.expired());
                if (relayed.delivered().isEmpty() && swept.expired().isEmpty() && round > 3) {
                    break;
                }
            }
            return new Work(delivered, expired, overdue);
        };
    }

    /** March reported and relayed, an objection received; April reported, its report left in the outbox. */
    private Seq<RecordId> storeAndReport() {
        try (Composition composition = Composition.open(settings(), THEN)) {
            Seq<RecordId> march = collect(composition, YearMonth.of(2019, 3), 0);
            composition.sicredit().reportMonth().report(new ReportMonthUseCase.Command(Caller.bureau("officer"),
                    YearMonth.of(2019, 3))).get();
            composition.sicredit().relayOutbox().relay(new RelayOutboxUseCase.Command(Caller.system("relay"))).get();
            composition.sicredit().receiveObjection().receive(new ReceiveObjectionUseCase.Command(
                    Caller.centre("centre"), march.head(), "已补缴")).get();
            Seq<RecordId> april = collect(composition, YearMonth.of(2019, 4), RECORDS / 2);
            composition.sicredit().reportMonth().report(new ReportMonthUseCase.Command(Caller.bureau("officer"),
                    YearMonth.of(2019, 4))).get();
            return march.appendAll(april);
        }
    }

    private static Seq<RecordId> collect(Composition composition, YearMonth period, int from) {
        var rows = List.range(from, from + RECORDS / 2).map(n -> new CollectSubmissionUseCase.Row(n + 2, aRecord()
                .of(SubjectDraft.organisation("上海示例" + n + "号有限公司", creditCode(n), "张三", "11010519491231002X"))
                .documentNumber("沪人社监罚〔2019〕第" + (1000 + n) + "号").actDate(period.atDay(1 + n % 28))
                .endedOn(period.atDay(1 + n % 28)).draft()));
        return composition.sicredit().collectSubmission().collect(new CollectSubmissionUseCase.Command(
                Caller.provider("clerk", "SHSI"), "SHSI", period, rows.toJavaList())).get().added();
    }

    private AppSettings settings() {
        return AppSettings.resolve(Map.of("data.dir", data.toString(), "db.url",
                database, "db.user", "postgres"), name -> null, new Properties());
    }

    private static Work get(Future<Work> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private record Work(Seq<String> delivered, Seq<RecordId> expired, boolean loggedOverdue) {
    }
}
