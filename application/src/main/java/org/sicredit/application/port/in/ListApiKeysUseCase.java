package org.sicredit.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.sicredit.application.access.Caller;
import org.sicredit.application.view.ApiKeyView;
import org.sicredit.domain.rejection.Rejection;

/** Every API key ever issued, revoked ones too, by id — never a secret, a subject's identifier masked. */
public interface ListApiKeysUseCase {

    Either<Rejection, Seq<ApiKeyView>> list(Query query);

    record Query(@NotNull @Valid Caller caller) {
    }
}
