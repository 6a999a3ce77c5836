package org.sicredit.application.view;

import io.vavr.control.Option;
import org.sicredit.application.port.out.ApiKeyPort.StoredKey;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.subject.SubjectIdentifier;

import java.time.Instant;

/** An API key as listed: its id, what it grants, for whom (a subject masked), its label and its life; no secret. */
public record ApiKeyView(String keyId, ActorRole role, Option<String> providerCode, Option<String> subjectMasked,
                         String label, Instant createdAt, Option<Instant> revokedAt) {

    public static ApiKeyView of(StoredKey key) {
        return new ApiKeyView(key.keyId(), key.role(), key.providerCode(), key.subject().map(SubjectIdentifier::masked),
                key.label(), key.createdAt(), key.revokedAt());
    }
}
