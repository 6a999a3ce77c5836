package org.sicredit.domain.repair;

import java.time.LocalDate;

/** Where a repair application stands. */
public sealed interface RepairStatus {

    record Applied() implements RepairStatus {
    }

    record Verified(LocalDate verifiedOn, String finding) implements RepairStatus {
    }

    record ProofIssued(RepairProof proof) implements RepairStatus {
    }

    record Refused(LocalDate refusedOn, String reason) implements RepairStatus {
    }
}
