package org.sicredit.adapters.http.in;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Article 9 through HTTP: every step with its role's key, If-Match on every change, the open list paged. */
class ObjectionsOverHttpTest {

    private final ApiServer server = new ApiServer(LocalDate.of(2020, 6, 30));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void an_objection_goes_through_every_step_over_http_and_a_lost_update_is_a_412() {
        String recordId = reportedRecord();
        server.clock.setDay(LocalDate.of(2020, 9, 29));

        ApiServer.Reply received = server.post("/api/v1/objections", "CENTRE",
                "{\"recordId\": \"" + recordId + "\", \"grounds\": \"欠费金额有误\"}");
        assertThat(received.status()).isEqualTo(201);
        String id = received.json().get("id").asText();
        assertThat(received.header("Location")).isEqualTo("/api/v1/objections/" + id);
        String etag = received.header("ETag");
        server.clock.setDay(LocalDate.of(2020, 9, 30));

        ApiServer.Reply marked = server.post("/api/v1/objections/" + id + "/mark", "CENTRE", null, "If-Match", etag);
        ApiServer.Reply stale = server.post("/api/v1/objections/" + id + "/forward", "CENTRE", null, "If-Match", etag);

        assertThat(marked.status()).isEqualTo(200);
        assertThat(marked.header("ETag")).isNotEqualTo(etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(stale.json().get("code").asText()).isEqualTo("STALE_VERSION");
        assertThat(server.post("/api/v1/objections/" + id + "/forward", "CENTRE", null, "If-Match",
                marked.header("ETag")).status()).isEqualTo(200);
        assertThat(server.post("/api/v1/objections/" + id + "/provider-notification", "BUREAU", null).status())
                .isEqualTo(200);
        assertThat(server.post("/api/v1/objections/" + id + "/verification", "PROVIDER",
                "{\"finding\": \"金额录入有误\"}").status()).isEqualTo(200);
        JsonNode open = server.get("/api/v1/objections?on=2020-10-16&overdueOnly=true", "BUREAU").json();
        assertThat(open.get("items").get(0).get("overdue").asBoolean()).isTrue();
        server.clock.setDay(LocalDate.of(2020, 10, 13));
        ApiServer.Reply decided = server.post("/api/v1/objections/" + id + "/decision", "BUREAU",
                "{\"decision\": \"CORRECT\", \"reason\": \"更正金额\", \"correction\": "
                        + Rows.row("沪人社监罚〔2020〕第0515号").replace("52000.00", "25000.00") + "}");

        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("lastStep").asText()).isEqualTo("CENTRE_INFORMED");
        assertThat(server.get("/api/v1/objections", "BUREAU").json().get("items").size()).isZero();
        server.assertAllMatchedTheDocument();
    }

    @Test
    void a_step_by_the_wrong_role_is_a_403_and_an_unknown_objection_a_404_in_the_callers_language() {
        ApiServer.Reply refused = server.post("/api/v1/objections/OBJ-1/mark", "BUREAU", null,
                "Accept-Language", "en-GB,en;q=0.9,zh;q=0.5");
        ApiServer.Reply unknown = server.post("/api/v1/objections/OBJ-1/mark", "CENTRE", null);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asText()).isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(refused.json().get("title").asText()).isEqualTo("Not allowed");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("title").asText()).isEqualTo("未找到");
        server.assertAllMatchedTheDocument();
    }

    private String reportedRecord() {
        ApiServer.Reply collected = server.post("/api/v1/submissions", "PROVIDER",
                Rows.submission("SHSI", "2020-06", Rows.row("沪人社监罚〔2020〕第0515号")));
        assertThat(collected.status()).as(collected.body()).isEqualTo(200);
        assertThat(server.post("/api/v1/reports", "BUREAU", "{\"period\": \"2020-06\"}").status()).isEqualTo(200);
        assertThat(server.post("/api/v1/outbox/relay", "BUREAU", null).status()).isEqualTo(200);
        return collected.json().get("added").get(0).asText();
    }
}
