package org.sicredit.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.sicredit.application.access.Caller;
import org.sicredit.application.command.PageRequest;
import org.sicredit.application.view.Page;
import org.sicredit.application.view.RepairView;
import org.sicredit.domain.rejection.Rejection;

/**
 * The repair applications waiting for a verification, a proof or a refusal: a provider sees its own, the Bureau and
 * the Centre see all.
 */
public interface ListOpenRepairsUseCase {

    Either<Rejection, Seq<RepairView>> list(Query query);

    /** One page of the same list, in the same stable order. */
    Either<Rejection, Page<RepairView>> page(Query query, PageRequest page);

    record Query(@NotNull @Valid Caller caller) {
    }
}
