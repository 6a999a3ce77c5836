package org.sicredit.adapters.jdbc;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.application.port.out.ObjectionStorePort;
import org.sicredit.domain.objection.Decision;
import org.sicredit.domain.objection.Objection;
import org.sicredit.domain.objection.ObjectionId;
import org.sicredit.domain.objection.ObjectionStep;
import org.sicredit.domain.record.Providers;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/** {@link ObjectionStorePort} on {@code objection}: steps as {@code STEP=date} pairs, the history as JSON. */
public final class ObjectionStoreAdapter implements ObjectionStorePort {

    private static final String SELECT = "SELECT id, record_id, provider_code, grounds, steps, decision, history, "
            + "version FROM objection ";

    private final TransactionAdapter transactions;
    private final DomainJson json;

    ObjectionStoreAdapter(TransactionAdapter transactions, DomainJson json) {
        this.transactions = transactions;
        this.json = json;
    }

    @Override
    public Either<Rejection, Objection> save(Objection objection, long expectedVersion) {
        return transactions.atomically(handle -> {
            String sql = expectedVersion == 0
                    ? "INSERT INTO objection (id, record_id, provider_code, grounds, received_on, last_step, decision, "
                    + "is_open, open_record_id, steps, history, version) VALUES (:id, :record_id, :provider_code, "
                    + ":grounds, :received_on, :last_step, :decision, :is_open, CAST(:open_record_id AS UUID), "
                    + ":steps, :history, "
                    + ":version)"
                    : "UPDATE objection SET last_step = :last_step, decision = :decision, is_open = :is_open, "
                    + "open_record_id = CAST(:open_record_id AS UUID), "
                    + "steps = :steps, history = :history, version = :version "
                    + "WHERE id = :id AND version = :expected_version";
            try {
                int count = handle.createUpdate(sql)
                        .bind("id", objection.id().value())
                        .bind("record_id", objection.recordId().value())
                        .bind("provider_code", objection.provider().code())
                        .bind("grounds", objection.grounds())
                        .bind("received_on", objection.done().get(ObjectionStep.RECEIVED).get())
                        .bind("last_step", objection.lastStep().name())
                        .bind("decision", objection.decision().map(Enum::name).getOrNull())
                        .bind("is_open", objection.isOpen())
                        .bindByType("open_record_id", objection.isOpen() ? objection.recordId().value() : null,
                                java.util.UUID.class)
                        .bind("steps", objection.done().map(step -> step._1.name() + "=" + step._2).mkString(","))
                        .bind("history", json.objectionHistory(objection.history()))
                        .bind("version", objection.version())
                        .bind("expected_version", expectedVersion)
                        .execute();
                return count == 1 ? Either.right(objection) : Either.left(stale());
            } catch (RuntimeException e) {
                return Either.left(SqlFailures.onInsert(e, () -> alreadyOpen(objection), ObjectionStoreAdapter::stale));
            }
        });
    }

    /** Another open objection to the same record came first (上海市社会信用条例 第三十六条: one at a time). */
    private static Rejection alreadyOpen(Objection objection) {
        return Rejection.of(Objection.ALREADY_OPEN, "recordId", objection.recordId().toString(),
                "该失信信息已有正在办理的异议申请", "The record already has an open objection");
    }

    @Override
    public Option<Objection> findById(ObjectionId id) {
        return query(SELECT + "WHERE id = :value", id.value()).headOption();
    }

    @Override
    public Seq<Objection> findByRecord(RecordId recordId) {
        return query(SELECT + "WHERE record_id = :value ORDER BY id", recordId.value());
    }

    @Override
    public Seq<Objection> findOpen() {
        return query(SELECT + "WHERE is_open = :value ORDER BY id", true);
    }

    private Seq<Objection> query(String sql, Object value) {
        return transactions.readList(handle -> handle.createQuery(sql).bind("value", value)
                .map((row, context) -> read(row)).list());
    }

    private Objection read(ResultSet row) throws SQLException {
        Map<ObjectionStep, LocalDate> steps = LinkedHashMap.empty();
        for (String pair : row.getString("steps").split(",")) {
            String[] parts = pair.split("=");
            steps = steps.put(ObjectionStep.valueOf(parts[0]), LocalDate.parse(parts[1]));
        }
        return Objection.restore(new ObjectionId(row.getString("id")),
                new RecordId(row.getObject("record_id", UUID.class)),
                DomainJson.stored(Providers.byCode(row.getString("provider_code"))), row.getString("grounds"), steps,
                Option.of(row.getString("decision")).map(Decision::valueOf), json.objectionHistory(row.getString("history")),
                row.getLong("version"));
    }

    private static Rejection stale() {
        return Rejection.of(RejectionCodes.STALE_VERSION, "version", "",
                "异议申请已被他人处理，请重新读取后再试", "The objection was changed by someone else; reload and retry");
    }
}
