package org.sicredit.application.port.in;

import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.sicredit.application.access.Caller;
import org.sicredit.application.command.ExpectedVersion;
import org.sicredit.application.view.ObjectionView;
import org.sicredit.domain.objection.ObjectionId;
import org.sicredit.domain.rejection.Rejection;

/** The Bureau tells the owning provider to verify, at once (沪人社规〔2018〕30号 第九条). */
public interface NotifyProviderUseCase {

    Either<Rejection, ObjectionView> notifyProvider(Command command);

    record Command(@NotNull @Valid Caller caller, @NotNull ObjectionId objectionId,
                   @NotNull ExpectedVersion expected) {

        /** The command against whatever version is stored. */
        public Command(Caller caller, ObjectionId objectionId) {
            this(caller, objectionId, ExpectedVersion.any());
        }
    }
}
