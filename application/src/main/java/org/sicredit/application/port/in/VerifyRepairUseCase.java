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

/** The provider that owns the record verifies the evidence (第十条 提供相关证据经核实); no other may. */
public interface VerifyRepairUseCase {

    Either<Rejection, RepairView> verify(Command command);

    record Command(@NotNull @Valid Caller caller, @NotNull RepairApplicationId applicationId, @NotBlank @Size(max = Limits.REASON) String finding,
                   @NotNull ExpectedVersion expected) {

        /** The command against whatever version is stored. */
        public Command(Caller caller, RepairApplicationId applicationId, String finding) {
            this(caller, applicationId, finding, ExpectedVersion.any());
        }
    }
}
