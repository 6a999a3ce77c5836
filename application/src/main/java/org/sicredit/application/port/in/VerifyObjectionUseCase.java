package org.sicredit.application.port.in;

import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sicredit.application.access.Caller;
import org.sicredit.application.command.ExpectedVersion;
import org.sicredit.application.view.ObjectionView;
import org.sicredit.domain.objection.ObjectionId;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.text.Limits;

/** The provider that owns the record records what its verification found (第九条). */
public interface VerifyObjectionUseCase {

    Either<Rejection, ObjectionView> verify(Command command);

    record Command(@NotNull @Valid Caller caller, @NotNull ObjectionId objectionId, @NotBlank @Size(max = Limits.REASON) String finding,
                   @NotNull ExpectedVersion expected) {

        /** The command against whatever version is stored. */
        public Command(Caller caller, ObjectionId objectionId, String finding) {
            this(caller, objectionId, finding, ExpectedVersion.any());
        }
    }
}
