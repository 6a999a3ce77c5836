package org.sicredit.application.port.in;

import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sicredit.application.access.Caller;
import org.sicredit.application.command.ExpectedVersion;
import org.sicredit.application.view.RepairView;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.repair.RepairApplicationId;
import org.sicredit.domain.text.Limits;

/** More evidence for a repair application, until the owning provider has verified it (第十条). */
public interface AddRepairEvidenceUseCase {

    Either<Rejection, RepairView> addEvidence(Command command);

    record Command(@NotNull @Valid Caller caller, @NotNull RepairApplicationId applicationId,
                   @NotBlank @Size(max = Limits.EVIDENCE) String description,
                   @NotNull ExpectedVersion expected) {

        /** The command against whatever version is stored. */
        public Command(Caller caller, RepairApplicationId applicationId, String description) {
            this(caller, applicationId, description, ExpectedVersion.any());
        }
    }
}
