package org.sicredit.application.port.in;

import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.out.OutboxPort.MessageId;
import org.sicredit.application.view.OutboxMessageView;
import org.sicredit.domain.rejection.Rejection;

/** Queues a message that failed for good again, once its cause is mended; the relay then tries it afresh. */
public interface RequeueMessageUseCase {

    Either<Rejection, OutboxMessageView> requeue(Command command);

    record Command(@NotNull @Valid Caller caller, @NotNull MessageId messageId) {
    }
}
