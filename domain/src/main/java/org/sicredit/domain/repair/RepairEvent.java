package org.sicredit.domain.repair;

import org.sicredit.domain.record.Actor;
import org.sicredit.domain.record.RecordId;

import java.time.Instant;

/** What happened to a repair application, when and by whom. */
public sealed interface RepairEvent {

    RepairApplicationId applicationId();

    RecordId recordId();

    Instant at();

    Actor actor();

    record RepairApplied(RepairApplicationId applicationId, RecordId recordId, Instant at, Actor actor, RepairGround ground)
            implements RepairEvent {
    }

    record EvidenceAdded(RepairApplicationId applicationId, RecordId recordId, Instant at, Actor actor, Evidence evidence)
            implements RepairEvent {
    }

    record RepairVerified(RepairApplicationId applicationId, RecordId recordId, Instant at, Actor actor, String finding)
            implements RepairEvent {
    }

    record RepairProofIssued(RepairApplicationId applicationId, RecordId recordId, Instant at, Actor actor, RepairProof proof)
            implements RepairEvent {
    }

    record RepairRefused(RepairApplicationId applicationId, RecordId recordId, Instant at, Actor actor, String reason)
            implements RepairEvent {
    }
}
