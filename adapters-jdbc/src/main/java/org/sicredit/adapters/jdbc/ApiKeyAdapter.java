package org.sicredit.adapters.jdbc;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jdbi.v3.core.Handle;
import org.sicredit.adapters.jdbc.crypto.KeyRing;
import org.sicredit.application.port.out.ApiKeyPort;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;
import org.sicredit.domain.subject.OrganisationIdentifier;
import org.sicredit.domain.subject.PersonalIdentifier;
import org.sicredit.domain.subject.PersonalNumberMask;
import org.sicredit.domain.subject.SubjectIdentifier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** {@link ApiKeyPort} on {@code api_key}: the secret's hash, the role and scope, a subject's identifier sealed. */
public final class ApiKeyAdapter implements ApiKeyPort {

    private static final String ORGANISATION = "ORGANISATION";
    private static final String COLUMNS = "key_id, secret_hash, role, provider_code, subject_document, seal_key_id, "
            + "subject_cipher, label, created_at, revoked_at";

    private final TransactionAdapter transactions;
    private final KeyRing keys;

    ApiKeyAdapter(TransactionAdapter transactions, KeyRing keys) {
        this.transactions = transactions;
        this.keys = keys;
    }

    @Override
    public Either<Rejection, StoredKey> add(StoredKey key) {
        return transactions.atomically(handle -> {
            handle.createUpdate("INSERT INTO api_key (" + COLUMNS + ") VALUES (:id, :hash, :role, :provider, "
                            + ":document, :sealKey, :subject, :label, :created, :revoked)")
                    .bind("id", key.keyId())
                    .bind("hash", key.secretHash())
                    .bind("role", key.role().name())
                    .bind("provider", key.providerCode().getOrNull())
                    .bind("document", key.subject().map(ApiKeyAdapter::document).getOrNull())
                    .bind("sealKey", key.subject().map(subject -> keys.activeKeyId()).getOrNull())
                    .bind("subject", key.subject().map(subject -> keys.seal(subject.value(), context(key.keyId())))
                            .getOrNull())
                    .bind("label", key.label())
                    .bind("created", time(key.createdAt()))
                    .bind("revoked", key.revokedAt().map(ApiKeyAdapter::time).getOrNull())
                    .execute();
            return Either.right(key);
        });
    }

    @Override
    public Option<StoredKey> findById(String keyId) {
        return transactions.read(handle -> byId(handle, keyId));
    }

    @Override
    public Either<Rejection, StoredKey> revoke(String keyId, Instant at) {
        return transactions.atomically(handle -> {
            handle.createUpdate("UPDATE api_key SET revoked_at = :at WHERE key_id = :id AND revoked_at IS NULL")
                    .bind("at", time(at)).bind("id", keyId).execute();
            return byId(handle, keyId).toEither(() -> Rejection.of(RejectionCodes.API_KEY_NOT_FOUND, "keyId",
                    PersonalNumberMask.maskWithin(keyId),
                    "没有这个 API 密钥", "No such API key"));
        });
    }

    @Override
    public Seq<StoredKey> all() {
        return transactions.readList(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM api_key ORDER BY key_id")
                .map((row, context) -> key(row)).list());
    }

    private Option<StoredKey> byId(Handle handle, String keyId) {
        return Option.ofOptional(handle.createQuery("SELECT " + COLUMNS + " FROM api_key WHERE key_id = :id")
                .bind("id", keyId).map((row, context) -> key(row)).findOne());
    }

    private StoredKey key(ResultSet row) throws SQLException {
        String id = row.getString("key_id");
        Option<SubjectIdentifier> subject = Option.of(row.getBytes("subject_cipher"))
                .map(sealed -> subject(row, id, sealed));
        return new StoredKey(id, row.getBytes("secret_hash"), ActorRole.valueOf(row.getString("role")),
                Option.of(row.getString("provider_code")), subject, row.getString("label"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                Option.of(row.getObject("revoked_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant));
    }

    private SubjectIdentifier subject(ResultSet row, String id, byte[] sealed) {
        try {
            String value = keys.open(row.getString("seal_key_id"), sealed, context(id));
            String document = row.getString("subject_document");
            return ORGANISATION.equals(document) ? DomainJson.stored(OrganisationIdentifier.parse(value))
                    : DomainJson.personalIdentifier(document, value);
        } catch (SQLException e) {
            throw new IllegalStateException("the api_key row cannot be read", e);
        }
    }

    private static String document(SubjectIdentifier subject) {
        return subject instanceof PersonalIdentifier personal ? personal.document().name() : ORGANISATION;
    }

    private static String context(String keyId) {
        return "api_key/" + keyId + "/subject";
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
