package org.sicredit.adapters.jdbc;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.sicredit.application.port.out.AuditLogPort;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.record.RecordId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@link AuditLogPort} on {@code audit_entry} and {@code audit_entry_record}: insert only, in the caller's
 * transaction when there is one (so a rolled-back change leaves no entry), read in the order of {@code seq}.
 */
public final class AuditLogAdapter implements AuditLogPort {

    private static final String SELECT = "SELECT e.seq, e.at, e.actor_id, e.actor_role, e.action, e.purpose, "
            + "e.subject_masked, e.as_of, e.personal_numbers_shown, r.position, r.record_id FROM audit_entry e "
            + "LEFT JOIN audit_entry_record r ON r.seq = e.seq ";

    private final TransactionAdapter transactions;

    AuditLogAdapter(TransactionAdapter transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(AuditEntry entry) {
        transactions.atomically(handle -> io.vavr.control.Either.right(insert(handle, entry)));
    }

    private long insert(Handle handle, AuditEntry entry) {
        long seq = handle.createUpdate("INSERT INTO audit_entry (at, actor_id, actor_role, action, purpose, "
                        + "subject_masked, as_of, personal_numbers_shown) VALUES (:at, :actor_id, :actor_role, :action, "
                        + ":purpose, :subject_masked, :as_of, :shown)")
                .bind("at", OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC))
                .bind("actor_id", entry.actorId())
                .bind("actor_role", entry.role().name())
                .bind("action", entry.action().name())
                .bind("purpose", entry.purpose())
                .bind("subject_masked", entry.subjectMasked())
                .bind("as_of", entry.asOf())
                .bind("shown", entry.personalNumbersShown())
                .executeAndReturnGeneratedKeys("seq")
                .mapTo(Long.class).one();
        if (!entry.records().isEmpty()) {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO audit_entry_record (seq, position, record_id) "
                    + "VALUES (:seq, :position, :record_id)");
            entry.records().zipWithIndex().forEach(record -> batch.bind("seq", seq).bind("position", record._2)
                    .bind("record_id", record._1.value()).add());
            batch.execute();
        }
        return seq;
    }

    @Override
    public Seq<AuditEntry> entriesByActor(String actorId) {
        return query("WHERE e.actor_id = :value ORDER BY e.seq, r.position", actorId);
    }

    @Override
    public Seq<AuditEntry> entriesAbout(String subjectMasked) {
        return query("WHERE e.subject_masked = :value ORDER BY e.seq, r.position", subjectMasked);
    }

    @Override
    public Seq<AuditEntry> entriesFor(RecordId recordId) {
        return query("WHERE e.seq IN (SELECT seq FROM audit_entry_record WHERE record_id = :value) "
                + "ORDER BY e.seq, r.position", recordId.value());
    }

    private Seq<AuditEntry> query(String where, Object value) {
        Map<Long, AuditEntry> entries = new LinkedHashMap<>();
        transactions.read(handle -> handle.createQuery(SELECT + where).bind("value", value).map((row, context) -> {
            long seq = row.getLong("seq");
            AuditEntry entry = entries.computeIfAbsent(seq, ignored -> {
                try {
                    return new AuditEntry(row.getObject("at", OffsetDateTime.class).toInstant(),
                            row.getString("actor_id"), ActorRole.valueOf(row.getString("actor_role")),
                            Action.valueOf(row.getString("action")), row.getString("purpose"),
                            row.getString("subject_masked"), row.getObject("as_of", LocalDate.class), List.empty(),
                            row.getBoolean("personal_numbers_shown"));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            UUID recordId = row.getObject("record_id", UUID.class);
            if (recordId != null) {
                entries.put(seq, new AuditEntry(entry.at(), entry.actorId(), entry.role(), entry.action(),
                        entry.purpose(), entry.subjectMasked(), entry.asOf(),
                        entry.records().append(new RecordId(recordId)), entry.personalNumbersShown()));
            }
            return seq;
        }).list());
        return List.ofAll(entries.values());
    }

}
