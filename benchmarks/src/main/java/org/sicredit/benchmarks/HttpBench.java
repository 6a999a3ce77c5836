package org.sicredit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import io.vavr.collection.HashSet;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.sicredit.adapters.http.in.HttpSettings;
import org.sicredit.adapters.http.in.RestApi;
import org.sicredit.adapters.jdbc.DataSources;
import org.sicredit.adapters.jdbc.JdbcStores;
import org.sicredit.adapters.jdbc.crypto.KeyRing;
import org.sicredit.application.Sicredit;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.in.IssueApiKeyUseCase;
import org.sicredit.application.port.in.LookUpSubjectUseCase;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.record.ActorRole;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import javax.sql.DataSource;

/**
 * The REST API's profile lookup under load, side by side in one run on one PostgreSQL (fsync on) of a million records:
 * <ol>
 *   <li><b>bare</b>: a Javalin endpoint doing one raw indexed SELECT of a subject's records per request, answered as
 *       JSON — the same server settings (32 threads) and the same bound on work in flight (8, fair) as the API;</li>
 *   <li><b>lookup</b>: {@code POST /api/v1/lookups} — the API key checked, the records read and the sanction profile
 *       computed, the audit entry committed durably;</li>
 *   <li><b>floor</b>: no HTTP at all — 8 JDBC threads each doing the same SELECT, an audit INSERT and a COMMIT, and
 *       the SELECT alone: what the database can do, the durable audit's fsync included.</li>
 * </ol>
 * A loopback load generator ({@link LoopbackClient}: one blocking keep-alive connection per client thread) runs each for a warm-up and then
 * the measured seconds; rates, p50 and p99 and the ratio lookup/bare are printed. The bench's key is exempt from the
 * rate limit. Arguments: rows (1000000), connections (32), seconds (20).
 */
public final class HttpBench {

    private static final Clock CLOCK = Clocks.on(2019, 4, 25);
    private static final int IN_FLIGHT = 8;
    private static final int SERVER_THREADS = 32;
    private static final String SELECT = "SELECT * FROM dishonesty_record WHERE subject_key = ? ORDER BY id";

    private HttpBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        try (EmbeddedPostgres server = BenchWiring.durablePostgres();
             HikariDataSource postgres = DataSources.postgres(server.getJdbcUrl("postgres", "postgres"), "postgres",
                     "")) {
            run(postgres, rows, connections, seconds);
        }
    }

    private static void run(HikariDataSource database, int rows, int connections, int seconds) throws Exception {
        KeyRing keys = KeyRing.generate("bench");
        JdbcStores stores = JdbcStores.migrate(database, keys, Policies.defaultBook());
        Sicredit sicredit = BenchWiring.application(stores).build();
        long start = System.nanoTime();
        sicredit.collectSubmission().collect(new CollectSubmissionUseCase.Command(Caller.provider("bench", "SHSI"),
                "SHSI", YearMonth.of(2019, 4), () -> IntStream.range(0, rows)
                .mapToObj(i -> new CollectSubmissionUseCase.Row(i + 1, MillionBench.record(i).draft())).iterator()))
                .get();
        BenchWiring.reportAndRelay(sicredit, YearMonth.of(2019, 4));
        System.out.printf("%,d records stored in %.0f s%n", rows, (System.nanoTime() - start) / 1e9);
        measure(database, sicredit, keys, new Random(20181001).ints(100_000, 0, rows / 4).toArray(), rows,
                connections, seconds, CLOCK);
    }

    /**
     * The load on a database already holding {@code rows} records stored as {@link MillionBench#record} builds them,
     * looking up the {@code drawn} subjects (reported, so their records are active):
     * the bare endpoint, the API's lookup, the use case without HTTP and the two floors; the figures and the targets
     * (lookup/bare ≥ 0.8, p99 ≤ 60 ms) go to {@link Results}.
     */
    static void measure(DataSource database, Sicredit sicredit, KeyRing keys, int[] drawn, int rows, int connections,
                        int seconds, Clock clock) throws Exception {
        java.time.LocalDate asOf = java.time.LocalDate.now(clock);
        System.out.printf("%d client connections, %d s measured after a %d s warm-up, %d server threads, %d requests "
                + "at work at once%n", connections, seconds, Math.max(1, seconds / 4), SERVER_THREADS, IN_FLIGHT);
        try (Connection connection = database.getConnection(); Statement analyze = connection.createStatement()) {
            analyze.execute("ANALYZE");
        }
        String token = sicredit.issueApiKey().issue(new IssueApiKeyUseCase.Command(Caller.system("bench"),
                ActorRole.BUREAU, null, null, "load test")).get().token();
        String[] identifiers = Arrays.stream(drawn).mapToObj(HttpBench::identifier).toArray(String[]::new);
        String[] subjectKeys = Arrays.stream(drawn).mapToObj(s -> subjectKey(s, keys)).toArray(String[]::new);
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setString(1, subjectKeys[0]);
            try (ResultSet found = select.executeQuery()) {
                int records = 0;
                while (found.next()) {
                    records++;
                }
                if (records != 4) {
                    throw new IllegalStateException("the reference's SELECT finds " + records + " records, not 4");
                }
            }
        }

        RestApi api = RestApi.start(sicredit, HttpSettings.defaults().withPort(0)
                .withConcurrency(SERVER_THREADS, IN_FLIGHT, Duration.ofSeconds(30))
                .withRateLimit(600, HashSet.of("apikey:" + token.substring(3, 19))), clock);
        Javalin bare = bare(database);
        try {
            Result bareResult = load("bare endpoint (raw SELECT)", connections, seconds, bare.port(), (client, i) ->
                    client.send("GET", "/bare?key=" + URLEncoder.encode(subjectKeys[i % subjectKeys.length],
                            StandardCharsets.UTF_8), null, null));
            String authorization = "Bearer " + token;
            Result lookup = load("POST /api/v1/lookups", connections, seconds, api.port(), (client, i) ->
                    client.send("POST", "/api/v1/lookups", authorization, ("{\"identifier\": \""
                            + identifiers[i % identifiers.length] + "\", \"purpose\": \"基准测试 benchmark\"}")
                            .getBytes(StandardCharsets.UTF_8)));
            Result direct = direct(sicredit, identifiers, seconds, IN_FLIGHT, asOf);
            Result floor = floor(database, subjectKeys, seconds, true);
            Result selects = floor(database, subjectKeys, seconds, false);
            System.out.printf("%nlookup / bare: %.2f× the rate (target ≥ 0.8), p99 %.1f ms (target ≤ 60 ms)%n",
                    lookup.rate / bareResult.rate, lookup.p99);
            System.out.printf("the floor without HTTP: SELECT + audit INSERT + COMMIT %,.0f/s = %.2f× the SELECT alone "
                    + "(%,.0f/s) — the most a durable audit entry per lookup leaves%n", floor.rate,
                    floor.rate / selects.rate, selects.rate);
            System.out.printf("lookup / floor: %.2f× the rate the database allows a durable lookup; the use case "
                    + "without HTTP: %.2f× the floor, the HTTP layer keeps %.2f× of the use case%n",
                    lookup.rate / floor.rate, direct.rate / floor.rate, lookup.rate / direct.rate);
            String at = String.format(" (%,d records, %d connections)", rows, connections);
            record("http", "bare endpoint, one raw SELECT" + at, bareResult);
            record("http", "POST /api/v1/lookups: key, lookup, profile, durable audit entry" + at, lookup);
            record("http", "the lookup use case without HTTP, " + IN_FLIGHT + " threads", direct);
            record("http", "floor: JDBC SELECT + audit INSERT + COMMIT, " + IN_FLIGHT + " threads", floor);
            record("http", "floor: JDBC SELECT alone, " + IN_FLIGHT + " threads", selects);
            Results.target("http", "POST /api/v1/lookups / bare endpoint, requests per second", lookup.rate
                    / bareResult.rate, "×", 0.8, true);
            Results.target("http", "POST /api/v1/lookups p99", lookup.p99, "ms", 60, false);
            Results.figure("http", "POST /api/v1/lookups / floor (SELECT + audit INSERT + COMMIT)", lookup.rate
                    / floor.rate, "×", lookup.rate / floor.rate, lookup.rate / floor.rate);
        } finally {
            api.close();
            bare.stop();
        }
    }

    private static void record(String group, String label, Result result) {
        Results.load(group, label, result.rate, "requests/s", result.p50, result.p99);
    }

    /** The reference: a bare endpoint on the same server settings and the same bound on work in flight. */
    private static Javalin bare(DataSource database) {
        Semaphore inFlight = new Semaphore(IN_FLIGHT, true);
        ObjectMapper json = new ObjectMapper();
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.threadPool = new QueuedThreadPool(SERVER_THREADS, 8);
            config.routes.get("/bare", context -> {
                inFlight.acquire();
                try (Connection connection = database.getConnection();
                     PreparedStatement select = connection.prepareStatement(SELECT)) {
                    select.setString(1, context.queryParam("key"));
                    List<Map<String, String>> found = new ArrayList<>();
                    try (ResultSet rows = select.executeQuery()) {
                        int columns = rows.getMetaData().getColumnCount();
                        while (rows.next()) {
                            Map<String, String> row = new LinkedHashMap<>();
                            for (int c = 1; c <= columns; c++) {
                                row.put(rows.getMetaData().getColumnName(c), String.valueOf(rows.getObject(c)));
                            }
                            found.add(row);
                        }
                    }
                    context.contentType("application/json").result(json.writeValueAsBytes(found));
                } finally {
                    inFlight.release();
                }
            });
        }).start("127.0.0.1", 0);
    }

    /** A load's rate (per second) and its latencies' p50 and p99 (milliseconds). */
    record Result(double rate, double p50, double p99) {
    }

    /** One request on a connection: answers the status. */
    @FunctionalInterface
    private interface Request {
        int send(LoopbackClient client, int i) throws java.io.IOException;
    }

    private static Result load(String name, int connections, int seconds, int port, Request request)
            throws Exception {
        run(connections, Math.max(1, seconds / 4), port, request);
        long[][] latencies = run(connections, seconds, port, request);
        return report(name, connections, seconds, latencies);
    }

    private static long[][] run(int connections, int seconds, int port, Request request) throws InterruptedException {
        return timedThreads(connections, seconds, thread -> {
            LoopbackClient client = new LoopbackClient(port);
            return new Loop() {
                @Override
                public void once(int i) throws Exception {
                    int status = request.send(client, i);
                    if (status != 200) {
                        throw new IllegalStateException("HTTP " + status);
                    }
                }

                @Override
                public void close() throws java.io.IOException {
                    client.close();
                }
            };
        });
    }

    /** Threads calling the audited lookup use case directly: what the HTTP layer adds is the difference. */
    static Result direct(Sicredit sicredit, String[] identifiers, int seconds, int threads, java.time.LocalDate asOf)
            throws Exception {
        Caller officer = Caller.bureau("bench-officer");
        timedThreads(threads, Math.max(1, seconds / 4), thread -> i -> sicredit.lookUpSubject().lookUp(
                new LookUpSubjectUseCase.Query(officer, identifiers[i % identifiers.length], asOf,
                        "基准测试 benchmark")).get());
        return report("lookup use case, no HTTP", threads, seconds, timedThreads(threads, seconds,
                thread -> i -> sicredit.lookUpSubject().lookUp(new LookUpSubjectUseCase.Query(officer,
                        identifiers[i % identifiers.length], asOf, "基准测试 benchmark")).get()));
    }

    /** Eight JDBC threads: the SELECT, and with {@code audit} an INSERT and a durable COMMIT too. */
    private static Result floor(DataSource database, String[] keys, int seconds, boolean audit) throws Exception {
        try (Connection setup = database.getConnection(); Statement statement = setup.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS bench_audit (id BIGSERIAL PRIMARY KEY, at TIMESTAMPTZ NOT NULL,"
                    + " actor VARCHAR(100) NOT NULL, purpose VARCHAR(1000) NOT NULL, subject VARCHAR(100) NOT NULL)");
        }
        long[][] latencies = timedThreads(IN_FLIGHT, seconds, thread -> {
            Connection connection = database.getConnection();
            PreparedStatement select = connection.prepareStatement(SELECT);
            PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_audit (at, actor, purpose, "
                    + "subject) VALUES (now(), 'bench', '基准测试 benchmark', ?)");
            connection.setAutoCommit(!audit);
            return new Loop() {
                @Override
                public void once(int i) throws Exception {
                    String key = keys[i % keys.length];
                    select.setString(1, key);
                    try (ResultSet rows = select.executeQuery()) {
                        int columns = rows.getMetaData().getColumnCount();
                        while (rows.next()) {
                            for (int c = 1; c <= columns; c++) {
                                rows.getObject(c);
                            }
                        }
                    }
                    if (audit) {
                        insert.setString(1, key);
                        insert.executeUpdate();
                        connection.commit();
                    }
                }

                @Override
                public void close() throws java.sql.SQLException {
                    connection.close();
                }
            };
        });
        return report(audit ? "floor: SELECT + INSERT + COMMIT (JDBC)" : "floor: SELECT alone (JDBC)", IN_FLIGHT,
                seconds, latencies);
    }

    /** One thread's work, one iteration at a time, and what it holds. */
    @FunctionalInterface
    private interface Loop extends AutoCloseable {
        void once(int i) throws Exception;

        @Override
        default void close() throws java.io.IOException, java.sql.SQLException {
        }
    }

    /** A thread's loop, made on the thread that runs it. */
    @FunctionalInterface
    private interface LoopFactory {
        Loop on(int thread) throws Exception;
    }

    /** {@code threads} threads running their loop for {@code seconds}; each iteration's latency, per thread. */
    private static long[][] timedThreads(int threads, int seconds, LoopFactory loops) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        long[][] latencies = new long[threads][];
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            start(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                try (Loop loop = loops.on(thread)) {
                    for (int i = thread * 7919; !stop.get(); i++) {
                        long begin = System.nanoTime();
                        loop.once(i);
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = System.nanoTime() - begin;
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    latencies[thread] = Arrays.copyOf(mine, n);
                    done.countDown();
                }
            });
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        done.await();
        return latencies;
    }

    private static Result report(String name, int threads, int seconds, long[][] latencies) {
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        double rate = all.length / (double) seconds;
        double p50 = all.length == 0 ? 0 : all[all.length / 2] / 1e6;
        double p99 = all.length == 0 ? 0 : all[(int) (all.length * 0.99)] / 1e6;
        System.out.printf("%-42s %3d threads: %,9.0f requests/s   p50 %6.1f ms   p99 %6.1f ms%n", name, threads, rate,
                p50, p99);
        return new Result(rate, p50, p99);
    }

    private static void start(Runnable work) {
        Thread thread = new Thread(work);
        thread.setDaemon(true);
        thread.start();
    }

    private static String identifier(int subject) {
        return subject % 10 == 9 ? MillionBench.residentId(subject) : MillionBench.uscc(subject);
    }

    private static String subjectKey(int subject, KeyRing keys) {
        return BenchWiring.subjectKey(MillionBench.identifier(subject), keys);
    }
}
