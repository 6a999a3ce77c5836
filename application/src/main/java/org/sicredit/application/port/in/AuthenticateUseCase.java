package org.sicredit.application.port.in;

import io.vavr.control.Either;
import org.sicredit.application.access.Caller;
import org.sicredit.domain.rejection.Rejection;

/**
 * Who presents this API key: the caller it stands for — actor {@code apikey:<id>}, so the audit trail names the key —
 * with its role and scope. The secret is hashed and compared with the stored hash in constant time; an unknown, a
 * malformed or a revoked key is {@code API_KEY_UNKNOWN} or {@code API_KEY_REVOKED} (kind UNAUTHENTICATED), and the
 * answer never says which part of a token was wrong.
 */
@FunctionalInterface
public interface AuthenticateUseCase {

    Either<Rejection, Caller> authenticate(String token);
}
