package org.sicredit.application.port.in;

import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.sicredit.application.access.Caller;
import org.sicredit.application.command.ExpectedVersion;
import org.sicredit.application.view.ObjectionView;
import org.sicredit.domain.objection.ObjectionId;
import org.sicredit.domain.rejection.Rejection;

/** The Centre forwards the objection to the Bureau (第三十六条: 2 working days); the Bureau's five days start. */
public interface ForwardObjectionUseCase {

    Either<Rejection, ObjectionView> forward(Command command);

    record Command(@NotNull @Valid Caller caller, @NotNull ObjectionId objectionId,
                   @NotNull ExpectedVersion expected) {

        /** The command against whatever version is stored. */
        public Command(Caller caller, ObjectionId objectionId) {
            this(caller, objectionId, ExpectedVersion.any());
        }
    }
}
