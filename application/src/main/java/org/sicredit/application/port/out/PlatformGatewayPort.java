package org.sicredit.application.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The municipal Public Credit Information Service Platform, as the Bureau reports to it (沪人社规〔2018〕30号
 * 第七条第二款). An implementation guarantees <b>idempotency</b>: a report sent again with the same
 * {@code idempotencyKey} is acknowledged with the first receipt and never stored twice on the Platform's side. A
 * Left means the Platform did not acknowledge; the caller then marks nothing reported.
 */
public interface PlatformGatewayPort {

    /**
     * One reported record with the fields of 第七条, and the day its act ended ({@code actEndedOn}, empty while it goes
     * on) so that the Platform can apply the query period of 上海市社会信用条例 第三十五条 itself.
     */
    record ReportLine(
            RecordId recordId,
            String cause,
            String date,
            String documentNumber,
            String subjectName,
            String subjectIdentifier,
            String legalRepresentativeName,
            String legalRepresentativeIdNumber,
            int category,
            String severity,
            String providerCode,
            String actEndedOn) {
    }

    record PlatformReport(String idempotencyKey, YearMonth period, Seq<ReportLine> lines) {

        public PlatformReport {
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(lines, "lines");
        }
    }

    record Receipt(String idempotencyKey, String platformReference, Instant acknowledgedAt, int lines) {
    }

    Either<Rejection, Receipt> submit(PlatformReport report);

    /** The Bureau's decision on an objection, told to the Centre (第九条); idempotent by objection id. */
    record ObjectionDecision(String objectionId, RecordId recordId, String decision, String reason,
                             java.time.LocalDate decidedOn) {
    }

    Either<Rejection, Receipt> informObjectionDecision(ObjectionDecision decision);

    /** A record revoked: the Platform deletes it by {@code deleteBy} (上海市社会信用条例 第三十七条); idempotent by record. */
    record Revocation(RecordId recordId, String reason, java.time.LocalDate revokedOn, java.time.LocalDate deleteBy) {
    }

    Either<Rejection, Receipt> informRevocation(Revocation revocation);

    /**
     * The owning provider's written proof of credit repair, handed to the Centre (沪人社规〔2018〕30号 第十条); the
     * Platform stops showing the record by {@code delistBy} (上海市社会信用条例 第三十八条). Idempotent by application.
     */
    record RepairNotice(String applicationId, RecordId recordId, String providerCode, String proofNumber,
                        java.time.LocalDate issuedOn, java.time.LocalDate delistBy) {
    }

    Either<Rejection, Receipt> informRepair(RepairNotice notice);

    /**
     * Facts the provider added to a reported record after the report: the day its act ended (empty while it goes on)
     * and the severity they lead to. Idempotent by {@code idempotencyKey} (the record and its new version).
     */
    record RecordUpdate(String idempotencyKey, RecordId recordId, String actEndedOn, boolean publicNoticeIssued,
                        String severity, String evidenceReference, java.time.LocalDate updatedOn) {
    }

    Either<Rejection, Receipt> informRecordUpdate(RecordUpdate update);
}
