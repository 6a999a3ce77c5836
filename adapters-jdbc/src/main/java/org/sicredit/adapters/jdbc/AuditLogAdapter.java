package org.sicredit.adapters.jdbc;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.sicredit.application.port.out.AuditLogPort;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.subject.OrganisationIdentifier;
import org.sicredit.domain.subject.SubjectIdentifier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@link AuditLogPort} on {@code audit_entry}, {@code audit_entry_record} and {@code audit_entry_subject} (each
 * subject an entry is about, by the key the record store finds it by: a credit code as it is, a personal number by
 * its keyed hash — never in clear): insert only, in the caller's
 * transaction when there is one (so a rolled-back change leaves no entry), read in the order of {@code seq}.
 */
public final class AuditLogAdapter implements AuditLogPort {

    private static final String SELECT = "SELECT e.seq, e.at, e.actor_id, e.actor_role, e.action, e.purpose, "
            + "e.subject_masked, e.as_of, e.personal_numbers_shown, e.refusal_code, r.position, r.record_id "
            + "FROM audit_entry e "
            + "LEFT JOIN audit_entry_record r ON r.seq = e.seq ";

    private final TransactionAdapter transactions;
    private final Function<SubjectIdentifier, String> subjectKey;

    private final boolean postgres;

    AuditLogAdapter(TransactionAdapter transactions, Function<SubjectIdentifier, String> subjectKey, boolean postgres) {
        this.transactions = transactions;
        this.subjectKey = subjectKey;
        this.postgres = postgres;
    }

    /**
     * In the caller's transaction when there is one, so a change and its entry commit together. Outside one — a
     * lookup's entry — on PostgreSQL the single statement commits itself: one round trip per audited lookup.
     */
    @Override
    public void append(AuditEntry entry, Seq<SubjectIdentifier> about) {
        Seq<String> keys = about.map(subjectKey).distinct();
        if (postgres) {
            transactions.read(handle -> insert(handle, entry, keys));
        } else {
            transactions.atomically(handle -> io.vavr.control.Either.right(insert(handle, entry, keys)));
        }
    }

    private static final String INSERT_ENTRY = "INSERT INTO audit_entry (at, actor_id, actor_role, action, purpose, "
            + "subject_masked, as_of, personal_numbers_shown, refusal_code) VALUES (:at, :actor_id, :actor_role, "
            + ":action, :purpose, :subject_masked, :as_of, :shown, :refusal)";

    /**
     * On PostgreSQL one statement writes the entry, its records and its subjects (one round trip, and outside a
     * transaction its commit rides with it); elsewhere the entry, then its records and subjects in two batches.
     */
    private long insert(Handle handle, AuditEntry entry, Seq<String> subjectKeys) {
        if (postgres) {
            return bound(handle.createQuery("WITH e AS (" + INSERT_ENTRY + " RETURNING seq), "
                            + "r AS (INSERT INTO audit_entry_record (seq, position, record_id) SELECT e.seq, "
                            + "t.position - 1, t.record_id FROM e, unnest(CAST(:records AS uuid[])) WITH ORDINALITY "
                            + "AS t(record_id, position)), "
                            + "s AS (INSERT INTO audit_entry_subject (seq, subject_key) SELECT e.seq, k.subject_key "
                            + "FROM e, unnest(CAST(:subjects AS varchar[])) AS k(subject_key)) "
                            + "SELECT seq FROM e"), entry)
                    .bindArray("records", UUID.class, entry.records().map(RecordId::value).toJavaList())
                    .bindArray("subjects", String.class, subjectKeys.toJavaList())
                    .mapTo(Long.class).one();
        }
        long seq = bound(handle.createUpdate(INSERT_ENTRY), entry).executeAndReturnGeneratedKeys("seq")
                .mapTo(Long.class).one();
        if (!entry.records().isEmpty()) {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO audit_entry_record (seq, position, record_id) "
                    + "VALUES (:seq, :position, :record_id)");
            entry.records().zipWithIndex().forEach(record -> batch.bind("seq", seq).bind("position", record._2)
                    .bind("record_id", record._1.value()).add());
            batch.execute();
        }
        if (!subjectKeys.isEmpty()) {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO audit_entry_subject (seq, subject_key) "
                    + "VALUES (:seq, :subject_key)");
            subjectKeys.forEach(key -> batch.bind("seq", seq).bind("subject_key", key).add());
            batch.execute();
        }
        return seq;
    }

    private static <S extends SqlStatement<S>> S bound(S statement, AuditEntry entry) {
        return statement.bind("at", OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC))
                .bind("actor_id", entry.actorId())
                .bind("actor_role", entry.role().name())
                .bind("action", entry.action().name())
                .bind("purpose", entry.purpose())
                .bind("subject_masked", entry.subjectMasked())
                .bind("as_of", entry.asOf())
                .bind("shown", entry.personalNumbersShown())
                .bind("refusal", entry.refusal().getOrNull());
    }

    @Override
    public Seq<AuditEntry> entriesByActor(String actorId) {
        return query("WHERE e.actor_id = :value ORDER BY e.seq, r.position", actorId);
    }

    @Override
    public Seq<AuditEntry> entriesAbout(SubjectIdentifier subject) {
        return query("WHERE e.seq IN (SELECT seq FROM audit_entry_subject WHERE subject_key IN (:value, :legacy)) "
                + "ORDER BY e.seq, r.position", subjectKey.apply(subject),
                subject instanceof OrganisationIdentifier ? subject.value() : subjectKey.apply(subject));
    }

    @Override
    public Seq<AuditEntry> entriesFor(RecordId recordId) {
        return query("WHERE e.seq IN (SELECT seq FROM audit_entry_record WHERE record_id = :value) "
                + "ORDER BY e.seq, r.position", recordId.value());
    }

    private Seq<AuditEntry> query(String where, Object value) {
        return query(where, value, null);
    }

    /**
     * An entry filed before organisations had one identity is filed under the code as it was typed ({@code legacy});
     * the audit tables are append-only, so they are read under both keys rather than rewritten.
     */
    private Seq<AuditEntry> query(String where, Object value, Object legacy) {
        Map<Long, AuditEntry> entries = new LinkedHashMap<>();
        for (Joined row : transactions.readList(handle -> {
            var query = handle.createQuery(SELECT + where).bind("value", value);
            if (legacy != null) {
                query.bind("legacy", legacy);
            }
            return query.map((rows, context) -> joined(rows)).list();
        })) {
            entries.merge(row.seq(), row.entry(), (kept, next) -> withRecords(kept, kept.records()
                    .appendAll(next.records())));
        }
        return List.ofAll(entries.values());
    }

    /** One row of the join: an entry with at most one of its records. */
    private record Joined(long seq, AuditEntry entry) {
    }

    private static Joined joined(ResultSet row) throws SQLException {
        UUID recordId = row.getObject("record_id", UUID.class);
        return new Joined(row.getLong("seq"), new AuditEntry(row.getObject("at", OffsetDateTime.class).toInstant(),
                row.getString("actor_id"), ActorRole.valueOf(row.getString("actor_role")),
                Action.valueOf(row.getString("action")), row.getString("purpose"), row.getString("subject_masked"),
                row.getObject("as_of", LocalDate.class),
                recordId == null ? List.empty() : List.of(new RecordId(recordId)),
                row.getBoolean("personal_numbers_shown"), io.vavr.control.Option.of(row.getString("refusal_code"))));
    }

    private static AuditEntry withRecords(AuditEntry entry, Seq<RecordId> records) {
        return new AuditEntry(entry.at(), entry.actorId(), entry.role(), entry.action(), entry.purpose(),
                entry.subjectMasked(), entry.asOf(), records, entry.personalNumbersShown(), entry.refusal());
    }
}
