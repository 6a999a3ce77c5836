package org.sicredit.application.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.subject.SubjectIdentifier;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * The API keys callers present, kept where every instance of sicredit sees them. A key is stored only as the SHA-256
 * hash of its secret — the secret itself is never stored, so a copy of the database lets no one call the API — with
 * the role it grants and its scope: the provider a {@code PROVIDER} key acts for, the subject a {@code SUBJECT} key
 * is (a personal number, so kept encrypted at rest). A key once added never changes but to be revoked, and a revoked
 * key stays listed with the instant it was withdrawn.
 *
 * <p>Contract: a key added reads back equal by its id; ids are unique ({@code add} of an id already taken fails);
 * {@code revoke} of an unknown id is {@code API_KEY_NOT_FOUND}, of a revoked key keeps the first instant;
 * {@code all} lists keys by id.
 */
public interface ApiKeyPort {

    Either<Rejection, StoredKey> add(StoredKey key);

    Option<StoredKey> findById(String keyId);

    Either<Rejection, StoredKey> revoke(String keyId, Instant at);

    Seq<StoredKey> all();

    /** A key as stored: its public id, the hash of its secret, what it grants, who it is for, and its life. */
    record StoredKey(String keyId, byte[] secretHash, ActorRole role, Option<String> providerCode,
                     Option<SubjectIdentifier> subject, String label, Instant createdAt, Option<Instant> revokedAt) {

        public StoredKey {
            Objects.requireNonNull(keyId, "keyId");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(providerCode, "providerCode");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(revokedAt, "revokedAt");
            if (secretHash == null || secretHash.length != 32) {
                throw new IllegalArgumentException("a key is stored as the 32-byte SHA-256 hash of its secret");
            }
            secretHash = secretHash.clone();
        }

        @Override
        public byte[] secretHash() {
            return secretHash.clone();
        }

        public boolean isRevoked() {
            return revokedAt.isDefined();
        }

        public StoredKey revokedAt(Instant at) {
            return new StoredKey(keyId, secretHash, role, providerCode, subject, label, createdAt, Option.some(at));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof StoredKey key && keyId.equals(key.keyId) && Arrays.equals(secretHash, key.secretHash)
                    && role == key.role && providerCode.equals(key.providerCode) && subject.equals(key.subject)
                    && label.equals(key.label) && createdAt.equals(key.createdAt) && revokedAt.equals(key.revokedAt);
        }

        @Override
        public int hashCode() {
            return Objects.hash(keyId, Arrays.hashCode(secretHash), role, providerCode, subject, label, createdAt,
                    revokedAt);
        }

        @Override
        public String toString() {
            return "StoredKey[" + keyId + ", " + role + providerCode.map(code -> ", " + code).getOrElse("")
                    + subject.map(identifier -> ", " + identifier.masked()).getOrElse("") + ", " + label
                    + revokedAt.map(at -> ", revoked " + at).getOrElse("") + "]";
        }
    }
}
