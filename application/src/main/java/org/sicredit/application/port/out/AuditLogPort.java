package org.sicredit.application.port.out;

import io.vavr.collection.Seq;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.subject.SubjectIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The audit trail: every lookup (who looked whom up, in which role, for what purpose, as of which date, which
 * records were shown, whether whole personal numbers were shown) and every change a use case made (who, what,
 * why, to which records). An implementation guarantees it is <b>append-only</b> — it never updates or deletes an
 * entry — and lists entries in the order they were appended. The subject is held masked: the audit is not a second
 * copy of personal numbers. A change's entry is appended inside the change's transaction, so there is no entry for
 * a change that was rolled back.
 */
public interface AuditLogPort {

    /** What the entry records. */
    enum Action {
        LOOKUP,
        SUBMISSION_COLLECTED,
        MONTH_REPORTED,
        OBJECTION_RECEIVED,
        OBJECTION_MARKED,
        OBJECTION_FORWARDED,
        PROVIDER_NOTIFIED,
        OBJECTION_VERIFIED,
        OBJECTION_DECIDED,
        REPAIR_APPLIED,
        REPAIR_EVIDENCE_ADDED,
        REPAIR_VERIFIED,
        REPAIR_PROOF_ISSUED,
        REPAIR_REFUSED,
        RECORD_FACTS_ADDED,
        RECORD_REVOKED,
        RECORDS_EXPIRED,
        MONTH_REPORT_ACKNOWLEDGED,
        MESSAGE_REQUEUED,
        LOOKUP_REFUSED,
        AUDIT_TRAIL_READ,
        API_KEY_ISSUED,
        API_KEY_REVOKED
    }

    /**
     * One entry. {@code purpose} is why (a lookup's stated purpose, a change's reason or summary);
     * {@code subjectMasked} is empty when the entry is not about one subject; {@code records} are the records shown
     * or changed (a bulk change — a submission, a report, a sweep — lists none and sums up in {@code purpose});
     * {@code refusal} is the code of the rejection a refused lookup met ({@link Action#LOOKUP_REFUSED}).
     */
    record AuditEntry(Instant at, String actorId, ActorRole role, Action action, String purpose,
                      String subjectMasked, LocalDate asOf, Seq<RecordId> records, boolean personalNumbersShown,
                      io.vavr.control.Option<String> refusal) {

        /** An entry that records no refusal. */
        public AuditEntry(Instant at, String actorId, ActorRole role, Action action, String purpose,
                          String subjectMasked, LocalDate asOf, Seq<RecordId> records, boolean personalNumbersShown) {
            this(at, actorId, role, action, purpose, subjectMasked, asOf, records, personalNumbersShown,
                    io.vavr.control.Option.none());
        }

        public AuditEntry {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actorId, "actorId");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(subjectMasked, "subjectMasked");
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(records, "records");
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    /**
     * Appends an entry about the subjects it names ({@code about}: the subject of a change, every subject a lookup
     * found; none for a bulk change), inside the caller's transaction when there is one. An implementation never
     * stores a personal number in clear: it keeps what finds the subject again (a keyed hash, a credit code).
     */
    void append(AuditEntry entry, Seq<SubjectIdentifier> about);

    /** Appends an entry about no one subject (a bulk change). */
    default void append(AuditEntry entry) {
        append(entry, io.vavr.collection.List.empty());
    }

    Seq<AuditEntry> entriesByActor(String actorId);

    /**
     * "Who looked at this subject, who changed its records?" — every entry appended about exactly this subject, in
     * the order appended; never another subject's whose masked number happens to read the same.
     */
    Seq<AuditEntry> entriesAbout(SubjectIdentifier subject);

    /** Every entry that showed or changed this record. */
    Seq<AuditEntry> entriesFor(RecordId recordId);
}
