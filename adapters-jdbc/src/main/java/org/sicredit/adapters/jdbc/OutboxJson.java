package org.sicredit.adapters.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import org.sicredit.application.port.out.OutboxPort.Message;
import org.sicredit.application.port.out.OutboxPort.MonthReport;
import org.sicredit.application.port.out.OutboxPort.ObjectionDecisionNotice;
import org.sicredit.application.port.out.OutboxPort.RecordUpdateNotice;
import org.sicredit.application.port.out.OutboxPort.RecordVersion;
import org.sicredit.application.port.out.OutboxPort.RepairProofNotice;
import org.sicredit.application.port.out.OutboxPort.RevocationNotice;
import org.sicredit.application.port.out.OutboxPort.VerificationNotice;
import org.sicredit.application.port.out.PlatformGatewayPort;
import org.sicredit.application.port.out.ProviderNotifierPort;
import org.sicredit.domain.objection.ObjectionId;
import org.sicredit.domain.record.RecordId;

import java.time.LocalDate;
import java.time.YearMonth;

/** An outbox message as JSON and back, field by field for each kind; the kind is stored in its own column. */
final class OutboxJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OutboxJson() {
    }

    static String write(Message message) {
        ObjectNode node = MAPPER.createObjectNode();
        if (message instanceof MonthReport report) {
            node.put("idempotencyKey", report.idempotencyKey()).put("period", report.period().toString());
            ArrayNode records = node.putArray("records");
            report.records().forEach(r -> records.addObject().put("id", r.id().toString()).put("version", r.version()));
        } else if (message instanceof ObjectionDecisionNotice notice) {
            PlatformGatewayPort.ObjectionDecision d = notice.decision();
            node.put("objectionId", d.objectionId()).put("recordId", d.recordId().toString())
                    .put("decision", d.decision()).put("reason", d.reason()).put("decidedOn", d.decidedOn().toString());
        } else if (message instanceof RevocationNotice notice) {
            PlatformGatewayPort.Revocation r = notice.revocation();
            node.put("recordId", r.recordId().toString()).put("reason", r.reason())
                    .put("revokedOn", r.revokedOn().toString()).put("deleteBy", r.deleteBy().toString());
        } else if (message instanceof RepairProofNotice notice) {
            PlatformGatewayPort.RepairNotice r = notice.notice();
            node.put("applicationId", r.applicationId()).put("recordId", r.recordId().toString())
                    .put("providerCode", r.providerCode()).put("proofNumber", r.proofNumber())
                    .put("issuedOn", r.issuedOn().toString()).put("delistBy", r.delistBy().toString());
        } else if (message instanceof RecordUpdateNotice notice) {
            PlatformGatewayPort.RecordUpdate u = notice.update();
            node.put("idempotencyKey", u.idempotencyKey()).put("recordId", u.recordId().toString())
                    .put("actEndedOn", u.actEndedOn()).put("publicNoticeIssued", u.publicNoticeIssued())
                    .put("severity", u.severity()).put("evidenceReference", u.evidenceReference())
                    .put("updatedOn", u.updatedOn().toString());
        } else {
            ProviderNotifierPort.VerificationRequest v = ((VerificationNotice) message).request();
            node.put("providerCode", v.providerCode()).put("objectionId", v.objectionId().value())
                    .put("recordId", v.recordId().toString()).put("grounds", v.grounds())
                    .put("decisionDue", v.decisionDue().toString());
        }
        return node.toString();
    }

    static Message read(String kind, String json) {
        JsonNode n = parse(json);
        return switch (kind) {
            case "MONTH_REPORT" -> new MonthReport(text(n, "idempotencyKey"), YearMonth.parse(text(n, "period")),
                    List.ofAll(n.get("records")).map(r -> new RecordVersion(RecordId.of(text(r, "id")),
                            r.get("version").asLong())));
            case "OBJECTION_DECISION" -> new ObjectionDecisionNotice(new PlatformGatewayPort.ObjectionDecision(
                    text(n, "objectionId"), record(n), text(n, "decision"), text(n, "reason"), day(n, "decidedOn")));
            case "REVOCATION" -> new RevocationNotice(new PlatformGatewayPort.Revocation(record(n), text(n, "reason"),
                    day(n, "revokedOn"), day(n, "deleteBy")));
            case "REPAIR" -> new RepairProofNotice(new PlatformGatewayPort.RepairNotice(text(n, "applicationId"),
                    record(n), text(n, "providerCode"), text(n, "proofNumber"), day(n, "issuedOn"),
                    day(n, "delistBy")));
            case "RECORD_UPDATE" -> new RecordUpdateNotice(new PlatformGatewayPort.RecordUpdate(
                    text(n, "idempotencyKey"), record(n), text(n, "actEndedOn"),
                    n.get("publicNoticeIssued").asBoolean(), text(n, "severity"), text(n, "evidenceReference"),
                    day(n, "updatedOn")));
            case "VERIFICATION_REQUEST" -> new VerificationNotice(new ProviderNotifierPort.VerificationRequest(
                    text(n, "providerCode"), new ObjectionId(text(n, "objectionId")), record(n), text(n, "grounds"),
                    day(n, "decisionDue")));
            default -> throw new IllegalStateException("an outbox message of an unknown kind: " + kind);
        };
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored outbox message is not JSON", e);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.get(field).asText();
    }

    private static RecordId record(JsonNode node) {
        return RecordId.of(text(node, "recordId"));
    }

    private static LocalDate day(JsonNode node, String field) {
        return LocalDate.parse(text(node, field));
    }
}
