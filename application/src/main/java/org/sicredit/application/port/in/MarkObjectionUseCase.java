package org.sicredit.application.port.in;

import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.sicredit.application.access.Caller;
import org.sicredit.application.command.ExpectedVersion;
import org.sicredit.application.view.ObjectionView;
import org.sicredit.domain.objection.ObjectionId;
import org.sicredit.domain.rejection.Rejection;

/** The Centre marks the record as under objection, in the same unit as the objection's step (第三十六条: 1 working day). */
public interface MarkObjectionUseCase {

    Either<Rejection, ObjectionView> mark(Command command);

    record Command(@NotNull @Valid Caller caller, @NotNull ObjectionId objectionId,
                   @NotNull ExpectedVersion expected) {

        /** The command against whatever version is stored. */
        public Command(Caller caller, ObjectionId objectionId) {
            this(caller, objectionId, ExpectedVersion.any());
        }
    }
}
