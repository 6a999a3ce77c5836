package org.sicredit.adapters.http.out;

import io.vavr.control.Either;
import org.sicredit.application.port.out.ProviderNotifierPort;
import org.sicredit.domain.rejection.Rejection;

import java.time.Instant;

/**
 * {@link ProviderNotifierPort} over HTTP: a verification request POSTed to {@code /verification-requests} under the
 * providers' exchange's base URL, idempotent by objection ({@code Idempotency-Key: verification/<objection>}); the
 * answer says when it was received. One attempt per call — the outbox relay retries.
 */
public final class HttpProviderNotifier implements ProviderNotifierPort {

    private final HttpCalls calls;

    public HttpProviderNotifier(HttpPlatformSettings settings) {
        this.calls = new HttpCalls(settings);
    }

    @Override
    public Either<Rejection, Instant> requestVerification(VerificationRequest request) {
        return calls.post("/verification-requests", "verification/" + request.objectionId().value(),
                        new PlatformWire.VerificationRequest(request.providerCode(), request.objectionId().value(),
                                request.recordId().toString(), request.grounds(), request.decisionDue().toString()),
                        PlatformWire.Delivered.class)
                .map(PlatformWire.Delivered::receivedAt);
    }
}
