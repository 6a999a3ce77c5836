package org.sicredit.adapters.http.out;

import io.vavr.control.Either;
import org.sicredit.application.port.out.PlatformGatewayPort;
import org.sicredit.domain.rejection.Rejection;

/**
 * {@link PlatformGatewayPort} over HTTP with the JDK client: one POST per message, each with the message's
 * idempotency key in {@code Idempotency-Key} (the Platform answers a repeat with its first receipt), one attempt per
 * call — the outbox relay retries. Paths under the base URL: {@code /reports}, {@code /objection-decisions},
 * {@code /revocations}, {@code /repairs}, {@code /record-updates}.
 */
public final class HttpPlatformGateway implements PlatformGatewayPort {

    private final HttpCalls calls;

    public HttpPlatformGateway(HttpPlatformSettings settings) {
        this.calls = new HttpCalls(settings);
    }

    @Override
    public Either<Rejection, Receipt> submit(PlatformReport report) {
        return receipt("/reports", "report/" + report.idempotencyKey(), PlatformWire.Report.of(report));
    }

    @Override
    public Either<Rejection, Receipt> informObjectionDecision(ObjectionDecision decision) {
        return receipt("/objection-decisions", "decision/" + decision.objectionId(), new PlatformWire.ObjectionDecision(
                decision.objectionId(), decision.recordId().toString(), decision.decision(), decision.reason(),
                decision.decidedOn().toString()));
    }

    @Override
    public Either<Rejection, Receipt> informRevocation(Revocation revocation) {
        return receipt("/revocations", "revocation/" + revocation.recordId(), new PlatformWire.Revocation(
                revocation.recordId().toString(), revocation.reason(), revocation.revokedOn().toString(),
                revocation.deleteBy().toString()));
    }

    @Override
    public Either<Rejection, Receipt> informRepair(RepairNotice notice) {
        return receipt("/repairs", "repair/" + notice.applicationId(), new PlatformWire.RepairNotice(
                notice.applicationId(), notice.recordId().toString(), notice.providerCode(), notice.proofNumber(),
                notice.issuedOn().toString(), notice.delistBy().toString()));
    }

    @Override
    public Either<Rejection, Receipt> informRecordUpdate(RecordUpdate update) {
        return receipt("/record-updates", "update/" + update.idempotencyKey(), new PlatformWire.RecordUpdate(
                update.idempotencyKey(), update.recordId().toString(), update.actEndedOn(),
                update.publicNoticeIssued(), update.severity(), update.evidenceReference(),
                update.updatedOn().toString()));
    }

    private Either<Rejection, Receipt> receipt(String path, String key, Object body) {
        return calls.post(path, key, body, PlatformWire.Receipt.class).map(PlatformWire.Receipt::toPort);
    }
}
