package org.sicredit.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.sicredit.application.access.Caller;
import org.sicredit.application.command.PageRequest;
import org.sicredit.application.view.OutboxMessageView;
import org.sicredit.application.view.Page;
import org.sicredit.domain.rejection.Rejection;

/**
 * The outbox's messages not delivered yet, oldest first: those still being tried and those that failed for good —
 * nothing the relay gave up on is hidden.
 */
public interface ListUndeliveredMessagesUseCase {

    Either<Rejection, Seq<OutboxMessageView>> list(Query query);

    /** One page of the same list, in the same stable order. */
    Either<Rejection, Page<OutboxMessageView>> page(Query query, PageRequest page);

    /** @param failedOnly only the messages given up on */
    record Query(@NotNull @Valid Caller caller, boolean failedOnly) {
    }
}
