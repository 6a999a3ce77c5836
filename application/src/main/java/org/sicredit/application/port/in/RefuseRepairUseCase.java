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

/** The owning provider refuses a repair application, with its reason; the record stays as it is. */
public interface RefuseRepairUseCase {

    Either<Rejection, RepairView> refuse(Command command);

    record Command(@NotNull @Valid Caller caller, @NotNull RepairApplicationId applicationId, @NotBlank @Size(max = Limits.REASON) String reason,
                   @NotNull ExpectedVersion expected) {

        /** The command against whatever version is stored. */
        public Command(Caller caller, RepairApplicationId applicationId, String reason) {
            this(caller, applicationId, reason, ExpectedVersion.any());
        }
    }
}
