package org.sicredit.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.Subjects.creditCode;

/** The built program, run in processes of its own on a clean data directory, as an operator runs it. */
class ProgramIT {

    private static final YearMonth JUNE_2023 = YearMonth.of(2023, 6);
    private static final Pattern SERVING = Pattern.compile(
            "sicredit (?:已启动：|serves )(http://127\\.0\\.0\\.1:\\d+/api/v1)");

    @TempDir
    Path work;

    private final HttpClient client = HttpClient.newHttpClient();

    private Program program() {
        return new Program(work, Map.of());
    }

    @Test
    void serve_demo_answers_with_data_a_sigterm_stops_it_cleanly_and_a_restart_keeps_every_record() throws Exception {
        String base;
        String bureau;
        String profile;
        try (Program.Running serve = program().start("serve", "--demo", "--port", "0", "--data", "data")) {
            base = serve.await(SERVING, Duration.ofMinutes(3)).group(1);
            bureau = serve.await(Pattern.compile("BUREAU +(sk_\\S+)"), Duration.ofSeconds(5)).group(1);
            assertThat(get(base + "/ready", null).statusCode()).isEqualTo(200);
            profile = lookUp(base, bureau, DemoData.creditCode(0));
            assertThat(profile).contains("\"activeRecords\"");
            assertThat(get(base.replace("/api/v1", "") + "/metrics", null).body())
                    .contains("sicredit_http_requests_seconds_count");
            Program.Run meanwhile = run("keys", "list");
            assertThat(meanwhile.exit()).isEqualTo(1);
            assertThat(meanwhile.err()).startsWith("DATABASE_IN_USE: ").contains("sicredit serve")
                    .doesNotContain("Exception");

            assertThat(serve.terminate()).as("exit on SIGTERM").isIn(0, 143);
            assertThat(serve.out()).contains("演示数据：");
            assertThat(serve.err()).doesNotContain("Exception");
        }
        Program.Run stats = program().run("stats", "--from", "2019-01", "--to", "2023-07", "--data", "data");
        try (Program.Running again = program().start("serve", "--port", "0", "--data", "data")) {
            String restarted = again.await(SERVING, Duration.ofMinutes(1)).group(1);

            assertThat(again.out()).doesNotContain("sk_");
            assertThat(lookUp(restarted, bureau, DemoData.creditCode(0))).isEqualTo(profile);
            again.terminate();
        }
        assertThat(program().run("stats", "--from", "2019-01", "--to", "2023-07", "--data", "data").out())
                .isEqualTo(stats.out()).contains("合计");
    }

    @Test
    void ingest_exits_0_for_a_good_file_2_for_rejected_rows_and_1_for_a_refused_file_then_report_lookup_expire()
            throws Exception {
        Path good = SubmissionCsv.write(work.resolve("good.csv"), SubmissionCsv.row(1, JUNE_2023),
                SubmissionCsv.row(2, JUNE_2023));
        Path bad = SubmissionCsv.write(work.resolve("bad.csv"), SubmissionCsv.row(3, JUNE_2023),
                SubmissionCsv.BROKEN_ROW);
        Path notes = work.resolve("notes.csv");
        Files.writeString(notes, "名称,备注\r\n甲,乙\r\n", StandardCharsets.UTF_8);

        Program.Run stored = ingest(good);
        Program.Run rejected = ingest(bad);
        Program.Run refused = ingest(notes);

        assertThat(stored.exit()).isZero();
        assertThat(stored.out()).contains("新增 2 条");
        assertThat(rejected.exit()).isEqualTo(2);
        assertThat(rejected.out()).contains("新增 1 条").contains("拒收 1 行").contains("错误报告：");
        assertThat(Files.readString(work.resolve("bad.errors.csv"), StandardCharsets.UTF_8))
                .contains("USCC").doesNotContain("310101196001010011");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("FILE_UNKNOWN_COLUMN");
        assertThat(run("report", "--period", "2023-06").out()).contains("已排队报送 3 条");
        assertThat(run("outbox", "--relay").out()).contains("投递：成功 1");
        Program.Run lookup = run("lookup", creditCode(1), "--purpose", "端到端测试", "--as-of", "2023-06-30");
        assertThat(lookup.out()).as("collected today: not known on 2023-06-30").startsWith("截至 2023-06-30：")
                .contains("有效失信信息 0 条");
        assertThat(run("lookup", creditCode(1), "--purpose", "端到端测试", "--lang", "en").out())
                .contains("1 active record(s)").contains("category 1").contains("basis: ");
        assertThat(run("expire").out()).contains("0 条失信信息已到期");
    }

    @Test
    void calendar_and_keys_work_from_the_command_line() {
        assertThat(run("calendar", "add-working-days", "2020-09-30", "5").out()).isEqualTo("2020-10-14\n");
        Program.Run added = run("keys", "add", "--role", "OFFICER", "--label", "窗口");
        String keyId = added.out().split(" ")[0];

        assertThat(added.exit()).isZero();
        assertThat(run("keys", "list").out()).contains(keyId).contains("OFFICER");
        assertThat(run("keys", "revoke", keyId).out()).contains("已撤销");
        assertThat(run("calendar", "add-working-days", "2031-01-02", "1").exit()).isEqualTo(1);
    }

    @Test
    void a_kill_9_during_an_ingest_leaves_no_partial_submission_and_the_file_goes_in_whole_afterwards()
            throws Exception {
        Path large = SubmissionCsv.large(work.resolve("large.csv"), 60_000, JUNE_2023);
        try (Program.Running ingest = program().start("ingest", large.toString(), "--provider", "SHSI", "--period",
                "2023-06", "--data", "data")) {
            ingest.await(Pattern.compile("read 30%"), Duration.ofMinutes(2));
            ingest.kill();
        }

        assertThat(run("stats", "--from", "2023-06", "--to", "2023-06").out()).as("nothing of the killed ingest")
                .doesNotContain("SHSI");
        Program.Run again = ingest(large);
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("新增 60000 条");
    }

    private Program.Run ingest(Path file) {
        return run("ingest", file.toString(), "--provider", "SHSI", "--period", "2023-06");
    }

    private Program.Run run(String... args) {
        String[] withData = java.util.Arrays.copyOf(args, args.length + 2);
        withData[args.length] = "--data";
        withData[args.length + 1] = "data";
        return program().run(withData);
    }

    private String lookUp(String base, String key, String identifier) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/lookups"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"identifier\": \"" + identifier
                        + "\", \"asOf\": \"2023-06-30\", \"purpose\": \"端到端测试\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> get(String url, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
