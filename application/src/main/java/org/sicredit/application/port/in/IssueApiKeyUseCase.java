package org.sicredit.application.port.in;

import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sicredit.application.access.Caller;
import org.sicredit.application.view.ApiKeyView;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.rejection.Rejection;

/**
 * The Bureau (or an operator at the console, {@code SYSTEM}) issues an API key: a high-entropy random secret that
 * grants one role — for a provider, bound to its provider code; for a subject, bound to its identifier. The secret
 * is in the result and nowhere else: only its SHA-256 hash is stored, so it is shown once. The issue is audited.
 */
public interface IssueApiKeyUseCase {

    Either<Rejection, Result> issue(Command command);

    /** {@code providerCode} for a {@code PROVIDER} key and {@code subject} for a {@code SUBJECT} key, else null. */
    record Command(@NotNull @Valid Caller caller, @NotNull ActorRole role, @Size(max = 16) String providerCode,
                   @Size(max = 64) String subject, @NotBlank @Size(max = 80) String label) {
    }

    /** The key as listed, and the token a caller presents ({@code Authorization: Bearer <token>}) — once. */
    record Result(ApiKeyView key, String token) {

        @Override
        public String toString() {
            return "Result[" + key + ", token=****]";
        }
    }
}
