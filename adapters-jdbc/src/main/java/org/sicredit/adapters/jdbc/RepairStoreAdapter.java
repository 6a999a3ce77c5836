package org.sicredit.adapters.jdbc;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.application.port.out.RepairStorePort;
import org.sicredit.domain.record.Providers;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;
import org.sicredit.domain.repair.RepairApplication;
import org.sicredit.domain.repair.RepairApplicationId;
import org.sicredit.domain.repair.RepairGround;
import org.sicredit.domain.repair.RepairProof;
import org.sicredit.domain.repair.RepairStatus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/** {@link RepairStorePort} on {@code repair_application}: status in columns, evidence and history as JSON. */
public final class RepairStoreAdapter implements RepairStorePort {

    private static final String SELECT = "SELECT id, record_id, provider_code, ground, explanation, applied_on, "
            + "status, status_on, status_detail, proof_number, evidence, history, version FROM repair_application ";

    private final TransactionAdapter transactions;
    private final DomainJson json;

    RepairStoreAdapter(TransactionAdapter transactions, DomainJson json) {
        this.transactions = transactions;
        this.json = json;
    }

    @Override
    public Either<Rejection, RepairApplication> save(RepairApplication application, long expectedVersion) {
        return transactions.atomically(handle -> {
            String sql = expectedVersion == 0
                    ? "INSERT INTO repair_application (id, record_id, provider_code, ground, explanation, applied_on, "
                    + "status, status_on, status_detail, proof_number, is_open, open_record_id, evidence, history, "
                    + "version) VALUES (:id, :record_id, :provider_code, :ground, :explanation, :applied_on, :status, "
                    + ":status_on, :status_detail, :proof_number, :is_open, CAST(:open_record_id AS UUID), "
                    + ":evidence, :history, "
                    + ":version)"
                    : "UPDATE repair_application SET status = :status, status_on = :status_on, "
                    + "status_detail = :status_detail, proof_number = :proof_number, is_open = :is_open, "
                    + "open_record_id = CAST(:open_record_id AS UUID), "
                    + "evidence = :evidence, history = :history, version = :version "
                    + "WHERE id = :id AND version = :expected_version";
            RepairStatus status = application.status();
            try {
                int count = handle.createUpdate(sql)
                        .bind("id", application.id().value())
                        .bind("record_id", application.recordId().value())
                        .bind("provider_code", application.provider().code())
                        .bind("ground", application.ground().name())
                        .bind("explanation", application.explanation())
                        .bind("applied_on", application.appliedOn())
                        .bind("status", code(status))
                        .bind("status_on", on(status))
                        .bind("status_detail", detail(status))
                        .bind("proof_number", status instanceof RepairStatus.ProofIssued p ? p.proof().number() : null)
                        .bind("is_open", application.isOpen())
                        .bindByType("open_record_id", application.isOpen() ? application.recordId().value() : null,
                                UUID.class)
                        .bind("evidence", json.evidence(application.evidence()))
                        .bind("history", json.repairHistory(application.history()))
                        .bind("version", application.version())
                        .bind("expected_version", expectedVersion)
                        .execute();
                return count == 1 ? Either.right(application) : Either.left(stale());
            } catch (RuntimeException e) {
                return Either.left(SqlFailures.onInsert(e, () -> alreadyOpen(application), RepairStoreAdapter::stale));
            }
        });
    }

    /** Another open application for the same record came first (one at a time). */
    private static Rejection alreadyOpen(RepairApplication application) {
        return Rejection.of(RepairApplication.ALREADY_OPEN, "recordId", application.recordId().toString(),
                "该失信信息已有正在办理的信用修复申请", "The record already has an open repair application");
    }

    @Override
    public Option<RepairApplication> findById(RepairApplicationId applicationId) {
        return query(SELECT + "WHERE id = :value", applicationId.value()).headOption();
    }

    @Override
    public Seq<RepairApplication> findByRecord(RecordId recordId) {
        return query(SELECT + "WHERE record_id = :value ORDER BY id", recordId.value());
    }

    @Override
    public Seq<RepairApplication> findOpen(Option<String> providerCode) {
        return providerCode.isDefined()
                ? query(SELECT + "WHERE is_open = TRUE AND provider_code = :value ORDER BY id", providerCode.get())
                : query(SELECT + "WHERE is_open = :value ORDER BY id", true);
    }

    private Seq<RepairApplication> query(String sql, Object value) {
        return transactions.readList(handle -> handle.createQuery(sql).bind("value", value)
                .map((row, context) -> read(row)).list());
    }

    private RepairApplication read(ResultSet row) throws SQLException {
        var provider = DomainJson.stored(Providers.byCode(row.getString("provider_code")));
        LocalDate on = row.getObject("status_on", LocalDate.class);
        String detail = row.getString("status_detail");
        RepairStatus status = switch (row.getString("status")) {
            case "APPLIED" -> new RepairStatus.Applied();
            case "VERIFIED" -> new RepairStatus.Verified(on, detail);
            case "PROOF_ISSUED" -> new RepairStatus.ProofIssued(new RepairProof(row.getString("proof_number"), on,
                    provider));
            case "REFUSED" -> new RepairStatus.Refused(on, detail);
            default -> throw new IllegalStateException("a stored repair application in an unknown status");
        };
        return RepairApplication.restore(new RepairApplicationId(row.getString("id")),
                new RecordId(row.getObject("record_id", UUID.class)), provider, RepairGround.valueOf(row.getString("ground")), row.getString("explanation"),
                row.getObject("applied_on", LocalDate.class), json.evidence(row.getString("evidence")), status,
                json.repairHistory(row.getString("history")), row.getLong("version"));
    }

    private static String code(RepairStatus status) {
        if (status instanceof RepairStatus.Applied) {
            return "APPLIED";
        }
        if (status instanceof RepairStatus.Verified) {
            return "VERIFIED";
        }
        return status instanceof RepairStatus.ProofIssued ? "PROOF_ISSUED" : "REFUSED";
    }

    private static LocalDate on(RepairStatus status) {
        if (status instanceof RepairStatus.Verified v) {
            return v.verifiedOn();
        }
        if (status instanceof RepairStatus.ProofIssued p) {
            return p.proof().issuedOn();
        }
        return status instanceof RepairStatus.Refused r ? r.refusedOn() : null;
    }

    private static String detail(RepairStatus status) {
        if (status instanceof RepairStatus.Verified v) {
            return v.finding();
        }
        return status instanceof RepairStatus.Refused r ? r.reason() : null;
    }

    private static Rejection stale() {
        return Rejection.of(RejectionCodes.STALE_VERSION, "version", "", "信用修复申请已被他人处理，请重新读取后再试",
                "The repair application was changed by someone else; reload and retry");
    }
}
