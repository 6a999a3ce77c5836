package org.sicredit.application.port.in;

import io.vavr.control.Either;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.sicredit.application.access.Caller;
import org.sicredit.application.view.ObjectionView;
import org.sicredit.domain.objection.ObjectionId;
import org.sicredit.domain.rejection.Rejection;

/** The provider that owns the record records what its verification found (第九条). */
public interface VerifyObjectionUseCase {

    Either<Rejection, ObjectionView> verify(Command command);

    record Command(@NotNull Caller caller, @NotNull ObjectionId objectionId, @NotBlank String finding) {
    }
}
