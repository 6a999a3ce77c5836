package org.sicredit.domain.repair;

import org.sicredit.domain.record.Actor;
import org.sicredit.domain.record.RecordId;

import java.time.Instant;

/** What happened to a repair application, when and by whom. */
public sealed interface RepairEvent {

    String applicationId();

    RecordId recordId();

    Instant at();

    Actor actor();

    record RepairApplied(String applicationId, RecordId recordId, Instant at, Actor actor, RepairGround ground)
            implements RepairEvent {
    }

    record EvidenceAdded(String applicationId, RecordId recordId, Instant at, Actor actor, Evidence evidence)
            implements RepairEvent {
    }

    record RepairVerified(String applicationId, RecordId recordId, Instant at, Actor actor, String finding)
            implements RepairEvent {
    }

    record RepairProofIssued(String applicationId, RecordId recordId, Instant at, Actor actor, RepairProof proof)
            implements RepairEvent {
    }

    record RepairRefused(String applicationId, RecordId recordId, Instant at, Actor actor, String reason)
            implements RepairEvent {
    }
}
