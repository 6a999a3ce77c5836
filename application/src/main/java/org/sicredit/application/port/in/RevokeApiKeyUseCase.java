package org.sicredit.application.port.in;

import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sicredit.application.access.Caller;
import org.sicredit.application.view.ApiKeyView;
import org.sicredit.domain.rejection.Rejection;

/** The Bureau withdraws an API key: from that instant it authenticates no one. Audited; revoking twice is harmless. */
public interface RevokeApiKeyUseCase {

    Either<Rejection, ApiKeyView> revoke(Command command);

    record Command(@NotNull @Valid Caller caller, @NotBlank @Size(max = 64) String keyId) {
    }
}
