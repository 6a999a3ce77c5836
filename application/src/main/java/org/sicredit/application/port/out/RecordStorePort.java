package org.sicredit.application.port.out;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;
import org.sicredit.domain.subject.SubjectIdentifier;
import org.sicredit.domain.subject.SubjectName;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Where dishonesty records live. An implementation guarantees — and {@code RecordStoreContract} checks:
 * <ul>
 *   <li><b>round trip</b>: a saved record reads back equal in every field, history and version included;</li>
 *   <li><b>atomicity</b>: {@link #saveAll} stores all the records it is given or none of them;</li>
 *   <li><b>optimistic locking</b>: a record is stored only if the stored version still equals the version the
 *       caller loaded ({@code 0} for a new record); otherwise nothing is stored and the answer is
 *       {@code STALE_VERSION} — so two writers never both win, and two expiry sweeps never expire a record twice;</li>
 *   <li><b>one record per natural key</b>: provider, document number and subject identifier; a second new record
 *       with the same key is {@code DUPLICATE_RECORD} and nothing is stored;</li>
 *   <li><b>ordering</b>: every list is ordered by record id, so answers are repeatable.</li>
 * </ul>
 */
public interface RecordStorePort {

    String STALE_VERSION = RejectionCodes.STALE_VERSION;
    String DUPLICATE_RECORD = RejectionCodes.DUPLICATE_RECORD;

    /** A record to store, and the stored version it was loaded at ({@code 0}: not stored yet). */
    record Save(DishonestyRecord record, long expectedVersion) {

        public Save {
            Objects.requireNonNull(record, "record");
            if (expectedVersion < 0 || expectedVersion >= record.version()) {
                throw new IllegalArgumentException("a save moves a record to a later version");
            }
        }

        public static Save created(DishonestyRecord record) {
            return new Save(record, 0);
        }
    }

    /** Stores every record or none; the answer is the records as stored. */
    Either<Rejection, Seq<DishonestyRecord>> saveAll(Seq<Save> saves);

    Option<DishonestyRecord> findById(RecordId id);

    /** Every record about the subject with this identifier, in any state. */
    Seq<DishonestyRecord> findBySubject(SubjectIdentifier subject);

    /**
     * Every record about any of these subjects, in any state — one question for a whole chunk of a submission
     * instead of one per row. Inside a transaction it sees the transaction's own writes.
     */
    Seq<DishonestyRecord> findBySubjects(Set<SubjectIdentifier> subjects);

    /** Every record about a subject of exactly this (normalised) name. */
    Seq<DishonestyRecord> findBySubjectName(SubjectName name);

    /**
     * <b>Claims</b> the records submitted to the Bureau for {@code period} and not reported yet: an implementation
     * locks the rows it returns until the caller's transaction ends and skips rows another transaction holds
     * ({@code SELECT … FOR UPDATE SKIP LOCKED}), so two instances sharing a store never report the same record. Call
     * it inside {@link TransactionPort#inTransaction}: outside one, a claim lasts no longer than the question.
     */
    Seq<DishonestyRecord> claimSubmittedFor(YearMonth period);

    /**
     * <b>Claims</b> at most {@code limit} records, not in a final state, whose query period ended before
     * {@code today}, in id order, as {@link #claimSubmittedFor} does, so two concurrent sweeps work on different
     * records. Call it inside {@link TransactionPort#inTransaction}.
     */
    Seq<DishonestyRecord> claimExpirable(LocalDate today, int limit);
}
