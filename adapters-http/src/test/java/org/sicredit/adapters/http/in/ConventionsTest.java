package org.sicredit.adapters.http.in;

import io.vavr.collection.HashSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What an integrator expects of any API: idempotent POSTs, pages, a rate limit, security headers, clear faults. */
class ConventionsTest {

    private ApiServer server = new ApiServer(LocalDate.of(2020, 6, 30));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void the_same_idempotency_key_and_body_twice_is_one_objection_and_another_body_with_it_a_422() {
        String record = reportedRecord("沪人社监罚〔2020〕第1号");
        String body = "{\"recordId\": \"" + record + "\", \"grounds\": \"欠费金额有误\"}";

        ApiServer.Reply first = server.post("/api/v1/objections", "CENTRE", body, "Idempotency-Key", "k-1");
        ApiServer.Reply again = server.post("/api/v1/objections", "CENTRE", body, "Idempotency-Key", "k-1");
        ApiServer.Reply other = server.post("/api/v1/objections", "CENTRE", body.replace("有误", "不对"),
                "Idempotency-Key", "k-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(server.app.objections.findOpen()).hasSize(1);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(server.send("POST", "/api/v1/objections", "CENTRE", body, List.of("Idempotency-Key", ""), false)
                .status()).isEqualTo(400);
        server.assertAllMatchedTheDocument();
    }

    @Test
    void lists_come_a_page_at_a_time_and_every_item_once() {
        for (int i = 1; i <= 5; i++) {
            String record = reportedRecord("沪人社监罚〔2020〕第" + i + "号");
            server.post("/api/v1/objections", "CENTRE", "{\"recordId\": \"" + record + "\", \"grounds\": \"有误\"}");
        }
        List<String> seen = new ArrayList<>();
        String path = "/api/v1/objections?limit=2";
        int pages = 0;
        while (path != null) {
            var page = server.get(path, "BUREAU").json();
            page.get("items").forEach(item -> seen.add(item.get("id").asText()));
            path = page.has("nextCursor") ? "/api/v1/objections?limit=2&cursor=" + page.get("nextCursor").asText()
                    : null;
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(5).doesNotHaveDuplicates().isSorted();
        assertThat(server.get("/api/v1/objections?limit=0", "BUREAU").status()).isEqualTo(400);
        assertThat(server.get("/api/v1/objections?cursor=bm9wZQ", "BUREAU").json().get("code").asText())
                .isEqualTo("PAGE_CURSOR");
        server.assertAllMatchedTheDocument();
    }

    @Test
    void a_key_over_its_rate_is_a_429_with_retry_after_unless_exempt() {
        server.close();
        String[] exempt = new String[1];
        server = new ApiServer(LocalDate.of(2020, 6, 30), app -> {
            exempt[0] = app.sicredit.issueApiKey().issue(new org.sicredit.application.port.in.IssueApiKeyUseCase
                    .Command(org.sicredit.application.access.Caller.system("setup"),
                    org.sicredit.domain.record.ActorRole.BUREAU, null, null, "load test")).get().token();
            return HttpSettings.defaults().withPort(0).withRateLimit(3, HashSet.of("apikey:"
                    + exempt[0].substring(3, 19)));
        });

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(server.get("/api/v1/objections", "BUREAU").status());
        }
        ApiServer.Reply limited = server.get("/api/v1/objections", "BUREAU");
        List<Integer> unlimited = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            unlimited.add(server.get("/api/v1/objections", exempt[0]).status());
        }

        assertThat(statuses).containsExactly(200, 200, 200, 429);
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
        assertThat(limited.json().get("code").asText()).isEqualTo("REQUEST_RATE_LIMITED");
        assertThat(unlimited).containsOnly(200);
        server.assertAllMatchedTheDocument();
    }

    @Test
    void every_answer_carries_the_security_headers_and_no_server_banner_and_no_cors_unless_configured() {
        ApiServer.Reply reply = server.send("GET", "/api/v1/health", null, null,
                List.of("Origin", "https://evil.example"), true);

        assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(reply.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        assertThat(reply.header("Server")).isNull();
        assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
        server.close();
        server = new ApiServer(LocalDate.of(2020, 6, 30), HttpSettings.defaults().withPort(0)
                .withCors(io.vavr.collection.List.of("https://portal.example")));
        assertThat(server.send("GET", "/api/v1/health", null, null, List.of("Origin", "https://portal.example"), true)
                .header("Access-Control-Allow-Origin")).isEqualTo("https://portal.example");
        assertThat(server.send("GET", "/api/v1/health", null, null, List.of("Origin", "https://evil.example"), true)
                .header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void an_unexpected_fault_is_a_500_with_an_error_id_and_nothing_of_the_fault_itself() {
        server.app.storeChecks = null;

        ApiServer.Reply fault = server.get("/api/v1/ready", null);

        assertThat(fault.status()).isEqualTo(500);
        assertThat(fault.json().get("code").asText()).isEqualTo("SERVER_FAULT");
        assertThat(fault.json().get("errorId").asText()).matches("[0-9a-f-]{36}");
        assertThat(fault.body()).doesNotContain("NullPointer").doesNotContain("org.sicredit").doesNotContain("at ");
        server.assertAllMatchedTheDocument();
    }

    @Test
    void an_unknown_path_is_a_404_and_a_wrong_method_a_405_both_as_problems() {
        ApiServer.Reply unknown = server.send("GET", "/api/v1/nothing", "BUREAU", null, List.of(), false);
        ApiServer.Reply method = server.send("GET", "/api/v1/reports", "BUREAU", null, List.of(), false);

        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.json().get("code").asText()).isEqualTo("REQUEST_NO_SUCH_OPERATION");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void an_uploaded_file_is_collected_and_its_error_report_comes_back_when_asked_for_as_csv() {
        byte[] csv = "失信主体名称,文书编号\n".getBytes(StandardCharsets.UTF_8);
        server.app.files.rows(() -> io.vavr.collection.List.of(
                new org.sicredit.application.port.out.SubmissionFilePort.FileRow(2, io.vavr.collection.List.of("a", "b"),
                        org.sicredit.domain.fixtures.RecordFixture.aRecord().actDate(LocalDate.of(2020, 5, 1))
                                .draft(), io.vavr.collection.List.empty()),
                org.sicredit.application.port.out.SubmissionFilePort.FileRow.unreadable(3,
                        io.vavr.collection.List.of("x", "y"), io.vavr.collection.List.of(
                                org.sicredit.domain.rejection.Rejection.of("CELL_DATE", "actDate", "", "日期有误",
                                        "A bad date")))).iterator());

        ApiServer.Reply json = server.send("POST", "/api/v1/submission-files?providerCode=SHSI&period=2020-06",
                "PROVIDER", csv, "text/csv", List.of(), true);
        ApiServer.Reply report = server.send("POST", "/api/v1/submission-files?providerCode=SHSI&period=2020-06",
                "PROVIDER", csv, "text/csv", List.of("Accept", "text/csv"), true);

        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(json.json().at("/result/providerCode").asText()).isEqualTo("SHSI");
        assertThat(json.json().at("/result/added").size()).isEqualTo(1);
        assertThat(json.json().at("/rowsInErrorReport").asInt()).isEqualTo(1);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.header("Content-Type")).startsWith("text/csv");
        assertThat(report.header("Content-Disposition")).contains("error-report-SHSI-2020-06.csv");
        server.assertAllMatchedTheDocument();
    }

    private String reportedRecord(String documentNumber) {
        String record = server.post("/api/v1/submissions", "PROVIDER", Rows.submission("SHSI", "2020-06",
                Rows.row(documentNumber))).json().get("added").get(0).asText();
        server.post("/api/v1/reports", "BUREAU", "{\"period\": \"2020-06\"}");
        server.post("/api/v1/outbox/relay", "BUREAU", null);
        return record;
    }
}
