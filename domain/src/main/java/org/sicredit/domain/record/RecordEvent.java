package org.sicredit.domain.record;

import io.vavr.control.Option;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** What happened to a record, when (by the injected clock) and by whom. Every change returns exactly one. */
public sealed interface RecordEvent {

    RecordId recordId();

    Instant at();

    Actor actor();

    record RecordCollected(RecordId recordId, Instant at, Actor actor, RecordContent content) implements RecordEvent {
    }

    record RecordSubmitted(RecordId recordId, Instant at, Actor actor, YearMonth period) implements RecordEvent {
    }

    record RecordReported(RecordId recordId, Instant at, Actor actor, LocalDate reportedOn) implements RecordEvent {
    }

    record ObjectionMarked(RecordId recordId, Instant at, Actor actor, String objectionId) implements RecordEvent {
    }

    /** The content before and after; the old version stays in the history. */
    record RecordCorrected(RecordId recordId, Instant at, Actor actor, RecordContent previous, RecordContent corrected,
                           Option<String> objectionId) implements RecordEvent {
    }

    /**
     * Facts that arrived after the report, recorded by the owning provider with their evidence: the day the act
     * ended, a public notice issued later (第六条第（一）项). The content before and after; the old one stays here.
     */
    record RecordFactsAdded(RecordId recordId, Instant at, Actor actor, RecordContent previous, RecordContent updated,
                            String evidenceReference) implements RecordEvent {
    }

    record RecordUpheld(RecordId recordId, Instant at, Actor actor, String objectionId) implements RecordEvent {
    }

    record RecordRevoked(RecordId recordId, Instant at, Actor actor, LocalDate revokedOn, String reason)
            implements RecordEvent {
    }

    record RecordRepaired(RecordId recordId, Instant at, Actor actor, LocalDate repairedOn, String proofNumber)
            implements RecordEvent {
    }

    record RecordExpired(RecordId recordId, Instant at, Actor actor, LocalDate expiredOn) implements RecordEvent {
    }
}
