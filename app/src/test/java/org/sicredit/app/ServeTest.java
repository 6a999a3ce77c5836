package org.sicredit.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code serve} on a fresh data directory: the first keys printed once, the API answering, a restart keeping both. */
class ServeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-07-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Pattern BUREAU_KEY = Pattern.compile("BUREAU +(sk_\\S+)");

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void serve_on_a_fresh_directory_prints_the_first_keys_once_and_a_restart_keeps_them(@TempDir Path data)
            throws Exception {
        AppSettings settings = AppSettings.resolve(Map.of("data.dir", data.toString(), "http.port", "0"),
                name -> null, new Properties());
        String printed;
        String key;
        try (ServeCommand.Running first = ServeCommand.start(settings, CLOCK, capture(), false)) {
            printed = output.toString(StandardCharsets.UTF_8);
            Matcher bureau = BUREAU_KEY.matcher(printed);
            assertThat(bureau.find()).as(printed).isTrue();
            key = bureau.group(1);
            assertThat(get(first.port(), "/api/v1/ready", null).statusCode()).isEqualTo(200);
            assertThat(get(first.port(), "/api/v1/objections", key).statusCode()).isEqualTo(200);
            assertThat(get(first.port(), "/api/v1/objections", null).statusCode()).isEqualTo(401);
        }
        output.reset();
        try (ServeCommand.Running again = ServeCommand.start(settings, CLOCK, capture(), true)) {
            String restarted = output.toString(StandardCharsets.UTF_8);

            assertThat(restarted).startsWith("sicredit serves http://127.0.0.1:").doesNotContain("sk_");
            assertThat(get(again.port(), "/api/v1/objections", key).statusCode()).isEqualTo(200);
        }
        assertThat(printed).contains("适用：上海市社会信用条例").contains("沪人社规〔2018〕30号 2018-08-01 – 2023-07-31")
                .containsPattern("节假日安排 2007–20[0-9]{2} 年");
        assertThat(printed).contains("sicredit 已启动").contains("CENTRE").contains("OFFICER").contains("AUDITOR")
                .contains("PROVIDER");
        assertThat(data.resolve("sicredit.keys")).exists();
        assertThat(data.resolve("sicredit.mv.db")).exists();
    }

    @Test
    void the_relay_job_delivers_a_months_report_to_the_exchange_directory_without_anyone_asking(@TempDir Path data)
            throws Exception {
        AppSettings settings = AppSettings.resolve(Map.of("data.dir", data.toString(), "http.port", "0"),
                name -> null, new Properties());
        Jobs.Every often = new Jobs.Every(java.time.Duration.ofMillis(100), java.time.Duration.ofMillis(100),
                java.time.Duration.ofMillis(100));
        try (ServeCommand.Running running = ServeCommand.start(settings, CLOCK, capture(), false, often)) {
            String printed = output.toString(StandardCharsets.UTF_8);
            String provider = key(printed, "PROVIDER");
            String bureau = key(printed, "BUREAU");
            assertThat(post(running.port(), "/api/v1/submissions", provider, """
                    {"providerCode": "SHSI", "period": "2020-06", "rows": [{
                      "subject": {"kind": "ORGANISATION", "name": "上海示例贸易有限公司", "identifier": "9131000013221158XC"},
                      "legalRepresentative": {"name": "张三", "residentIdNumber": "11010519491231002X"},
                      "category": 1, "cause": "未按时足额缴纳社会保险费", "actDate": "2020-05-15",
                      "documentNumber": "沪人社监罚〔2020〕第1号", "amount": "52000.00", "scheme": "SOCIAL_INSURANCE"}]}
                    """).statusCode()).isEqualTo(200);
            assertThat(post(running.port(), "/api/v1/reports", bureau, "{\"period\": \"2020-06\"}").statusCode())
                    .isEqualTo(200);

            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
            String outbox = get(running.port(), "/api/v1/outbox", bureau).body();
            while (outbox.contains("\"id\"") && System.nanoTime() < deadline) {
                Thread.sleep(100);
                outbox = get(running.port(), "/api/v1/outbox", bureau).body();
            }

            assertThat(outbox).as("nothing left undelivered").isEqualTo("{\"items\":[]}");
            String metrics = get(running.port(), "/metrics", null).body();
            assertThat(metrics).contains("sicredit_http_requests_seconds_count{method=\"POST\",operation="
                            + "\"collectSubmission\",status=\"200\"} 1")
                    .contains("sicredit_records_ingested_total{outcome=\"added\"} 1.0")
                    .containsPattern("sicredit_job_runs_total\\{job=\"outbox relay\",outcome=\"succeeded\"} [1-9]")
                    .contains("sicredit_outbox_depth ").contains("sicredit_outbox_oldest_age_seconds ")
                    .contains("sicredit_objections_overdue ").contains("jvm_memory_used_bytes")
                    .doesNotContain("11010519491231002X").doesNotContain("9131000013221158XC");
            try (var files = java.nio.file.Files.walk(data.resolve("exchange"))) {
                assertThat(files.filter(java.nio.file.Files::isRegularFile)).isNotEmpty();
            }
        }
    }

    private static String key(String printed, String role) {
        Matcher matcher = Pattern.compile(role + " +(sk_\\S+)").matcher(printed);
        assertThat(matcher.find()).as(printed).isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> post(int port, String path, String key, String json) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private PrintStream capture() {
        return new PrintStream(output, true, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(int port, String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
