package org.sicredit.application.port.out;

import io.vavr.control.Either;
import org.sicredit.domain.objection.ObjectionId;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.rejection.Rejection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Tells a provider to verify a record under objection (沪人社规〔2018〕30号 第九条: the Bureau notifies it at once).
 * An implementation delivers at least once and answers when it was delivered; the same request may arrive twice
 * and a provider must treat it as one.
 */
@FunctionalInterface
public interface ProviderNotifierPort {

    record VerificationRequest(String providerCode, ObjectionId objectionId, RecordId recordId, String grounds,
                               LocalDate decisionDue) {
    }

    Either<Rejection, Instant> requestVerification(VerificationRequest request);
}
