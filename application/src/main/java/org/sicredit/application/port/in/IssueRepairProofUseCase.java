package org.sicredit.application.port.in;

import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sicredit.application.access.Caller;
import org.sicredit.application.command.ExpectedVersion;
import org.sicredit.application.view.RepairView;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.repair.RepairApplicationId;
import org.sicredit.domain.text.Limits;

import java.time.LocalDate;

/**
 * The owning provider issues its written proof of credit repair to the Centre (第十条): in one transaction the
 * application is closed, the record is repaired (it stops sanctioning that day) and the Centre is told by when the
 * Platform must stop showing it (上海市社会信用条例 第三十八条). If the Centre cannot be told, nothing changes.
 */
public interface IssueRepairProofUseCase {

    Either<Rejection, Result> issueProof(Command command);

    record Command(@NotNull @Valid Caller caller, @NotNull RepairApplicationId applicationId, @NotBlank @Size(max = Limits.PROOF_NUMBER) String proofNumber,
                   @NotNull ExpectedVersion expected) {

        /** The command against whatever version is stored. */
        public Command(Caller caller, RepairApplicationId applicationId, String proofNumber) {
            this(caller, applicationId, proofNumber, ExpectedVersion.any());
        }
    }

    record Result(RepairView application, RecordId recordId, LocalDate delistBy) {
    }
}
