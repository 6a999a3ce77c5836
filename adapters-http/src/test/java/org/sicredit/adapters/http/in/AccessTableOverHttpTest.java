package org.sicredit.adapters.http.in;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sicredit.application.access.AccessPolicy;
import org.sicredit.application.access.Permission;
import org.sicredit.domain.record.ActorRole;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's access table walked through HTTP: every operation that needs a permission, with the key of every
 * role — allowed roles never get a 403, the others always get ROLE_NOT_ALLOWED — and a provider touching another
 * provider's record gets a 403.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTableOverHttpTest {

    private static final List<String> ROLES = List.of("BUREAU", "PROVIDER", "CENTRE", "OFFICER", "AUDITOR", "SUBJECT");

    private ApiServer server;
    private String record;
    private String repaired;
    private String objection;
    private String repair;

    @BeforeAll
    void world() {
        server = new ApiServer(LocalDate.of(2020, 6, 30));
        var collected = server.post("/api/v1/submissions", "PROVIDER", Rows.submission("SHSI", "2020-06",
                Rows.row("沪人社监罚〔2020〕第1号"), Rows.row("沪人社监罚〔2020〕第2号"))).json().get("added");
        record = collected.get(0).asText();
        repaired = collected.get(1).asText();
        server.post("/api/v1/reports", "BUREAU", "{\"period\": \"2020-06\"}");
        server.post("/api/v1/outbox/relay", "BUREAU", null);
        server.clock.setDay(LocalDate.of(2020, 9, 1));
        objection = server.post("/api/v1/objections", "CENTRE", "{\"recordId\": \"" + record
                + "\", \"grounds\": \"有误\"}").json().get("id").asText();
        repair = server.post("/api/v1/repairs", "SUBJECT", "{\"recordId\": \"" + repaired
                + "\", \"ground\": \"OBLIGATIONS_FULFILLED\", \"explanation\": \"已补缴\", \"evidence\": [\"凭证\"]}")
                .json().get("id").asText();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void every_operation_is_allowed_to_the_roles_of_the_access_table_and_refused_to_every_other() {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Call call : calls()) {
            for (String role : ROLES) {
                ApiServer.Reply reply = call.body() instanceof byte[] csv
                        ? server.send("POST", call.path(), role, csv, "text/csv", List.of(), true)
                        : server.send(call.method(), call.path(), role, (String) call.body(), List.of(), true);
                calls++;
                boolean allowed = AccessPolicy.roles(call.permission()).contains(ActorRole.valueOf(role));
                boolean refused = reply.status() == 403 && reply.json().get("code").asText().equals("ROLE_NOT_ALLOWED");
                if (allowed == refused || reply.status() == 401 || reply.status() >= 500) {
                    wrong.add(call.permission() + " " + call.method() + " " + call.path() + " × " + role + " → "
                            + reply.status() + " " + reply.body());
                }
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(calls().stream().map(Call::permission).distinct()).as("every permission of the table")
                .containsExactlyInAnyOrder(Permission.values());
        assertThat(calls).isEqualTo(calls().size() * ROLES.size());
        server.assertAllMatchedTheDocument();
    }

    @Test
    void a_provider_touching_another_providers_record_is_a_403() {
        ApiServer.Reply facts = server.post("/api/v1/records/" + record + "/later-facts", "OTHER_PROVIDER",
                "{\"actEndedOn\": \"2020-07-01\", \"evidenceReference\": \"凭证\"}");
        ApiServer.Reply revocation = server.post("/api/v1/records/" + record + "/revocation", "OTHER_PROVIDER",
                "{\"reason\": \"撤销\"}");
        ApiServer.Reply proof = server.post("/api/v1/repairs/" + repair + "/proof", "OTHER_PROVIDER",
                "{\"proofNumber\": \"X-1\"}");

        assertThat(List.of(facts.status(), revocation.status(), proof.status())).containsOnly(403);
        server.assertAllMatchedTheDocument();
    }

    private List<Call> calls() {
        String code = "\"9131000013221158XC\"";
        return List.of(
                new Call(Permission.COLLECT_SUBMISSION, "POST", "/api/v1/submissions",
                        Rows.submission("SHSI", "2020-08", Rows.row("沪人社监罚〔2020〕第9号"))),
                new Call(Permission.COLLECT_SUBMISSION, "POST", "/api/v1/submission-files?providerCode=SHSI&period=2020-08",
                        "失信主体名称,文书编号\n".getBytes(StandardCharsets.UTF_8)),
                new Call(Permission.ADD_LATER_FACTS, "POST", "/api/v1/records/" + record + "/later-facts",
                        "{\"actEndedOn\": \"2020-07-01\", \"evidenceReference\": \"凭证\"}"),
                new Call(Permission.REPORT_MONTH, "POST", "/api/v1/reports", "{\"period\": \"2020-07\"}"),
                new Call(Permission.LOOK_UP_SUBJECT, "POST", "/api/v1/lookups",
                        "{\"identifier\": " + code + ", \"purpose\": \"复核\"}"),
                new Call(Permission.FIND_SUBJECTS_BY_NAME, "POST", "/api/v1/name-searches",
                        "{\"name\": \"上海示例贸易有限公司\", \"purpose\": \"复核\"}"),
                new Call(Permission.RECEIVE_OBJECTION, "POST", "/api/v1/objections",
                        "{\"recordId\": \"" + record + "\", \"grounds\": \"又有误\"}"),
                new Call(Permission.MARK_OBJECTION, "POST", "/api/v1/objections/" + objection + "/mark", null),
                new Call(Permission.FORWARD_OBJECTION, "POST", "/api/v1/objections/" + objection + "/forward", null),
                new Call(Permission.NOTIFY_PROVIDER, "POST", "/api/v1/objections/" + objection
                        + "/provider-notification", null),
                new Call(Permission.VERIFY_OBJECTION, "POST", "/api/v1/objections/" + objection + "/verification",
                        "{\"finding\": \"属实\"}"),
                new Call(Permission.DECIDE_OBJECTION, "POST", "/api/v1/objections/" + objection + "/decision",
                        "{\"decision\": \"UPHOLD\", \"reason\": \"维持\"}"),
                new Call(Permission.LIST_OPEN_OBJECTIONS, "GET", "/api/v1/objections", null),
                new Call(Permission.APPLY_FOR_REPAIR, "POST", "/api/v1/repairs", "{\"recordId\": \"" + repaired
                        + "\", \"ground\": \"SELF_EXPLANATION\", \"explanation\": \"说明\", \"evidence\": []}"),
                new Call(Permission.ADD_REPAIR_EVIDENCE, "POST", "/api/v1/repairs/" + repair + "/evidence",
                        "{\"description\": \"滞纳金凭证\"}"),
                new Call(Permission.VERIFY_REPAIR, "POST", "/api/v1/repairs/" + repair + "/verification",
                        "{\"finding\": \"已补缴\"}"),
                new Call(Permission.REFUSE_REPAIR, "POST", "/api/v1/repairs/" + repair + "/refusal",
                        "{\"reason\": \"材料不全\"}"),
                new Call(Permission.ISSUE_REPAIR_PROOF, "POST", "/api/v1/repairs/" + repair + "/proof",
                        "{\"proofNumber\": \"沪社保修复〔2020〕1号\"}"),
                new Call(Permission.LIST_OPEN_REPAIRS, "GET", "/api/v1/repairs", null),
                new Call(Permission.REVOKE_RECORD, "POST", "/api/v1/records/" + record + "/revocation",
                        "{\"reason\": \"行政处罚决定经复议撤销\"}"),
                new Call(Permission.EXPIRE_RECORDS, "POST", "/api/v1/expiry", null),
                new Call(Permission.PRODUCE_STATISTICS, "GET", "/api/v1/statistics?from=2020-01&to=2020-12", null),
                new Call(Permission.RELAY_OUTBOX, "POST", "/api/v1/outbox/relay", null),
                new Call(Permission.LIST_OUTBOX, "GET", "/api/v1/outbox?failedOnly=true", null),
                new Call(Permission.REQUEUE_MESSAGE, "POST", "/api/v1/outbox/MSG-1/requeue", null),
                new Call(Permission.READ_AUDIT_TRAIL, "POST", "/api/v1/audit-trail-reads?limit=10",
                        "{\"identifier\": " + code + ", \"purpose\": \"审计\"}"),
                new Call(Permission.MANAGE_API_KEYS, "POST", "/api/v1/api-keys",
                        "{\"role\": \"OFFICER\", \"label\": \"窗口9\"}"),
                new Call(Permission.MANAGE_API_KEYS, "GET", "/api/v1/api-keys", null),
                new Call(Permission.MANAGE_API_KEYS, "POST", "/api/v1/api-keys/0000000000000000/revocation", null));
    }

    private record Call(Permission permission, String method, String path, Object body) {
    }
}
