package org.sicredit.adapters.http.out;

import org.sicredit.application.port.out.PlatformGatewayPort;

import java.time.Instant;
import java.util.List;

/** The JSON the Platform client sends and reads. */
final class PlatformWire {

    private PlatformWire() {
    }

    record Report(String idempotencyKey, String period, List<Line> lines) {

        static Report of(PlatformGatewayPort.PlatformReport report) {
            return new Report(report.idempotencyKey(), report.period().toString(), report.lines().map(line ->
                    new Line(line.recordId().toString(), line.cause(), line.date(), line.documentNumber(),
                            line.subjectName(), line.subjectIdentifier(), line.legalRepresentativeName(),
                            line.legalRepresentativeIdNumber(), line.category(), line.severity(), line.providerCode(),
                            line.actEndedOn())).toJavaList());
        }
    }

    /** The fields of 沪人社规〔2018〕30号 第七条, and the day the act ended. */
    record Line(String recordId, String cause, String date, String documentNumber, String subjectName,
                String subjectIdentifier, String legalRepresentativeName, String legalRepresentativeIdNumber,
                int category, String severity, String providerCode, String actEndedOn) {
    }

    record ObjectionDecision(String objectionId, String recordId, String decision, String reason, String decidedOn) {
    }

    record Revocation(String recordId, String reason, String revokedOn, String deleteBy) {
    }

    record RepairNotice(String applicationId, String recordId, String providerCode, String proofNumber,
                        String issuedOn, String delistBy) {
    }

    record RecordUpdate(String idempotencyKey, String recordId, String actEndedOn, boolean publicNoticeIssued,
                        String severity, String evidenceReference, String updatedOn) {
    }

    record VerificationRequest(String providerCode, String objectionId, String recordId, String grounds,
                               String decisionDue) {
    }

    /** What the Platform answers: the key it filed the message under, its reference, when, how many lines. */
    record Receipt(String idempotencyKey, String platformReference, Instant acknowledgedAt, int lines) {

        PlatformGatewayPort.Receipt toPort() {
            return new PlatformGatewayPort.Receipt(idempotencyKey, platformReference, acknowledgedAt, lines);
        }
    }

    record Delivered(Instant receivedAt) {
    }
}
