package org.sicredit.adapters.http.in;

import io.vavr.collection.HashSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.in.RevokeApiKeyUseCase;
import org.sicredit.domain.subject.UnifiedSocialCreditCode;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What an attacker or a careless client sends: each answered with its clear 4xx, and nothing stored changes. */
class HostileRequestsTest {

    private ApiServer server;
    private String record;

    @BeforeEach
    void world() {
        server = new ApiServer(LocalDate.of(2020, 6, 30), HttpSettings.defaults().withPort(0).withLimits(4096, 8192)
                .withRateLimit(600, HashSet.empty()));
        record = server.post("/api/v1/submissions", "PROVIDER", Rows.submission("SHSI", "2020-06",
                Rows.row("沪人社监罚〔2020〕第1号"))).json().get("added").get(0).asText();
        server.post("/api/v1/reports", "BUREAU", "{\"period\": \"2020-06\"}");
        server.post("/api/v1/outbox/relay", "BUREAU", null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_missing_unknown_malformed_or_revoked_key_is_a_401_that_asks_for_a_bearer_key() {
        String state = state();
        String revoked = server.key("CENTRE");
        server.app.sicredit.revokeApiKey().revoke(new RevokeApiKeyUseCase.Command(Caller.system("t"),
                revoked.substring(3, 19))).get();

        ApiServer.Reply none = server.get("/api/v1/objections", null);
        ApiServer.Reply unknown = server.send("GET", "/api/v1/objections", "sk_0123456789abcdef_"
                + "A".repeat(43), null, List.of(), false);
        ApiServer.Reply basic = server.send("GET", "/api/v1/objections", null, null,
                List.of("Authorization", "Basic dXNlcjpwYXNz"), false);
        ApiServer.Reply withdrawn = server.get("/api/v1/objections", "CENTRE");

        for (ApiServer.Reply reply : List.of(none, unknown, basic, withdrawn)) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        }
        assertThat(none.json().get("code").asText()).isEqualTo("API_KEY_UNKNOWN");
        assertThat(withdrawn.json().get("code").asText()).isEqualTo("API_KEY_REVOKED");
        assertThat(state()).isEqualTo(state);
    }

    @Test
    void a_body_over_the_limit_is_a_413_whether_its_length_is_declared_or_streamed() throws Exception {
        String state = state();
        String big = "{\"recordId\": \"" + record + "\", \"grounds\": \"" + "长".repeat(3000) + "\"}";

        ApiServer.Reply declared = server.post("/api/v1/objections", "CENTRE", big);
        HttpResponse<String> streamed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + server.api.port() + "/api/v1/submission-files?providerCode=SHSI&period=2020-07"))
                .header("Authorization", "Bearer " + server.key("PROVIDER")).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[20_000])))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.json().get("code").asText()).isEqualTo("REQUEST_TOO_LARGE");
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertThat(state()).isEqualTo(state);
        server.assertAllMatchedTheDocument();
    }

    @Test
    void malformed_json_wrong_types_unknown_fields_huge_numbers_and_impossible_dates_are_400s_naming_the_field() {
        String state = state();
        String row = Rows.row("沪人社监罚〔2020〕第7号");

        assertProblem(server.postMalformed("/api/v1/objections", "CENTRE", "{\"recordId\": "), 400,
                "REQUEST_JSON_MALFORMED", "body");
        assertProblem(server.postMalformed("/api/v1/objections", "CENTRE", "{\"recordId\": \"" + record
                + "\", \"grounds\": \"a\", \"grounds\": \"b\"}"), 400, "REQUEST_JSON_MALFORMED", "body");
        assertProblem(server.postMalformed("/api/v1/objections", "CENTRE", "{\"recordId\": \"" + record
                + "\", \"grounds\": \"a\"} trailing"), 400, "REQUEST_JSON_MALFORMED", "body");
        assertProblem(server.postMalformed("/api/v1/submissions", "PROVIDER", Rows.submission("SHSI", "2020-07",
                row.replace("\"category\": 1", "\"category\": \"1\""))), 400, "REQUEST_VALUE_TYPE", "rows[0].category");
        assertProblem(server.postMalformed("/api/v1/submissions", "PROVIDER", Rows.submission("SHSI", "2020-07",
                row.replace("\"category\": 1", "\"category\": 1.5"))), 400, "REQUEST_VALUE_TYPE", "rows[0].category");
        assertProblem(server.postMalformed("/api/v1/submissions", "PROVIDER", Rows.submission("SHSI", "2020-07",
                row.replace("\"category\": 1", "\"category\": " + "9".repeat(60)))), 400, "REQUEST_VALUE_TYPE",
                "rows[0]");
        assertProblem(server.postMalformed("/api/v1/submissions", "PROVIDER", Rows.submission("SHSI", "2020-07",
                row.replace("\"cause\"", "\"isAdmin\": true, \"cause\""))), 400, "REQUEST_UNKNOWN_FIELD",
                "rows[0].isAdmin");
        assertProblem(server.post("/api/v1/lookups", "BUREAU", "{\"identifier\": \"9131000013221158XC\", "
                + "\"asOf\": \"2021-02-29\", \"purpose\": \"复核\"}"), 400, "REQUEST_DATE", "asOf");
        assertProblem(server.post("/api/v1/reports", "BUREAU", "{\"period\": \"2020-13\"}"), 400, "REQUEST_DATE",
                "period");
        assertProblem(server.send("POST", "/api/v1/objections", "CENTRE", "grounds=x".getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", List.of(), false), 415, "REQUEST_MEDIA_TYPE", "Content-Type");
        assertThat(state()).isEqualTo(state);
        server.assertAllMatchedTheDocument();
    }

    @Test
    void a_row_with_a_date_that_does_not_exist_is_listed_among_the_rejected_rows_and_the_others_are_stored() {
        ApiServer.Reply collected = server.post("/api/v1/submissions", "PROVIDER", Rows.submission("SHSI", "2020-06",
                Rows.row("沪人社监罚〔2020〕第8号").replace("2020-05-15", "2020-02-30"),
                Rows.row("沪人社监罚〔2020〕第9号"), Rows.row("沪人社监罚〔2020〕第10号").replace("52000.00", "1e9")));

        assertThat(collected.status()).as(collected.body()).isEqualTo(200);
        assertThat(collected.json().get("added").size()).isEqualTo(1);
        assertThat(collected.json().at("/rejected/0/row").asInt()).isEqualTo(1);
        assertThat(collected.json().at("/rejected/0/rejections/0/code").asText()).isEqualTo("REQUEST_DATE");
        assertThat(collected.json().at("/rejected/1/rejections/0/field").asText()).isEqualTo("amount");
        server.assertAllMatchedTheDocument();
    }

    @Test
    void injection_attempts_in_identifiers_ids_and_codes_are_refused_and_change_nothing() {
        String state = state();
        String[] attacks = {"' OR '1'='1", "1; DROP TABLE dishonesty_record; --", "${jndi:ldap://127.0.0.1/a}",
                "<script>alert(1)</script>", "../../etc/passwd", "%00", "\u0000"};
        for (String attack : attacks) {
            String quoted = com.fasterxml.jackson.databind.node.TextNode.valueOf(attack).toString();
            assertThat(server.post("/api/v1/lookups", "BUREAU", "{\"identifier\": " + quoted
                    + ", \"purpose\": \"复核\"}").status()).as(attack).isBetween(400, 499);
            assertThat(server.post("/api/v1/objections", "CENTRE", "{\"recordId\": " + quoted
                    + ", \"grounds\": \"有误\"}").status()).as(attack).isBetween(400, 499);
            assertThat(server.post("/api/v1/submissions", "PROVIDER", Rows.submission(attack.replace("\"", ""),
                    "2020-07", Rows.row("X-1"))).status()).as(attack).isBetween(400, 499);
            assertThat(server.post("/api/v1/objections", "CENTRE", "{\"recordId\": \"" + record + "\", \"grounds\": "
                    + com.fasterxml.jackson.databind.node.TextNode.valueOf(attack + "\u0000").toString() + "}")
                    .status()).as(attack).isEqualTo(422);
        }
        assertThat(server.post("/api/v1/objections/..%2F..%2Fetc/mark", "CENTRE", null).status()).isBetween(400, 499);
        assertThat(state()).isEqualTo(state);
    }

    @Test
    void personal_numbers_in_a_request_never_come_back_in_clear_in_a_problem() {
        ApiServer.Reply refused = server.post("/api/v1/lookups", "SUBJECT", "{\"identifier\": \"440524188001010014\", "
                + "\"purpose\": \"好奇\"}");

        ApiServer.Reply inThePath = server.post("/api/v1/objections/440524188001010014/mark", "CENTRE", null);
        ApiServer.Reply asAFieldName = server.postMalformed("/api/v1/objections", "CENTRE",
                "{\"recordId\": \"" + record + "\", \"grounds\": \"有误\", \"440524188001010014\": 1}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("440524188001010014");
        assertThat(inThePath.status()).isEqualTo(404);
        assertThat(inThePath.body()).doesNotContain("440524188001010014");
        assertThat(asAFieldName.json().get("code").asText()).isEqualTo("REQUEST_UNKNOWN_FIELD");
        assertThat(asAFieldName.body()).doesNotContain("440524188001010014");
        server.assertAllMatchedTheDocument();
    }

    private static void assertProblem(ApiServer.Reply reply, int status, String code, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().get("code").asText()).as(reply.body()).isEqualTo(code);
        assertThat(reply.json().get("field").asText()).isEqualTo(field);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("jackson");
    }

    private String state() {
        var records = server.app.records.findBySubject(UnifiedSocialCreditCode.parse("9131000013221158XC").get())
                .map(r -> r.id() + "@" + r.version() + r.state()).sorted().mkString(",");
        return records + "|" + server.app.objections.findOpen().map(o -> o.id() + "@" + o.version()).mkString(",")
                + "|" + server.app.repairs.findOpen(io.vavr.control.Option.none()).size()
                + "|" + server.app.outbox.undelivered().size() + "|" + server.app.apiKeys.all().size();
    }
}
