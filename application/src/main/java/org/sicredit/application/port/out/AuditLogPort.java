package org.sicredit.application.port.out;

import io.vavr.collection.Seq;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.record.RecordId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The lookup audit: who looked whom up, in which role, for what purpose, when, as of which date, and which
 * records were shown. Append-only: an implementation never updates or deletes an entry and lists entries in the
 * order they were appended. The subject is held masked; the audit is not a second copy of personal numbers.
 */
public interface AuditLogPort {

    record AuditEntry(Instant at, String actorId, ActorRole role, String purpose, String subjectMasked,
                      LocalDate asOf, Seq<RecordId> shown, boolean personalNumbersShown) {

        public AuditEntry {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actorId, "actorId");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(subjectMasked, "subjectMasked");
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(shown, "shown");
        }
    }

    void append(AuditEntry entry);

    Seq<AuditEntry> entriesByActor(String actorId);

    Seq<AuditEntry> entriesAbout(String subjectMasked);
}
