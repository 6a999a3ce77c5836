package org.sicredit.adapters.jdbc;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jdbi.v3.core.Handle;
import org.sicredit.adapters.jdbc.crypto.KeyRing;
import org.sicredit.application.port.out.IdempotencyPort;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * {@link IdempotencyPort} on {@code idempotency_key}. A claim is an INSERT under the primary key (scope, key), so of two
 * instances claiming one key the database lets exactly one through; the loser reads the winner's row. An abandoned
 * claim is taken over by a compare-and-set on its claim instant. Answers are sealed with the key ring.
 */
public final class IdempotencyAdapter implements IdempotencyPort {

    private static final String UNIQUE_VIOLATION = "23505";

    private final TransactionAdapter transactions;
    private final KeyRing keys;

    IdempotencyAdapter(TransactionAdapter transactions, KeyRing keys) {
        this.transactions = transactions;
        this.keys = keys;
    }

    @Override
    public Claim claim(String scope, String key, byte[] fingerprint, Instant at, Instant abandonedBefore) {
        for (int attempt = 0; ; attempt++) {
            Option<Claim> existing = transactions.read(handle -> existing(handle, scope, key));
            if (existing.isDefined()) {
                Claim found = existing.get();
                if (!(found instanceof Pending) || !takenOver(scope, key, fingerprint, at, abandonedBefore)) {
                    return found;
                }
                return new Claimed();
            }
            try {
                transactions.atomically(handle -> Either.right(handle.createUpdate("INSERT INTO idempotency_key "
                                + "(scope, idem_key, fingerprint, claimed_at) VALUES (:scope, :key, :fingerprint, :at)")
                        .bind("scope", scope).bind("key", key).bind("fingerprint", fingerprint).bind("at", time(at))
                        .execute()));
                return new Claimed();
            } catch (DatabaseFailureException failure) {
                if (!UNIQUE_VIOLATION.equals(failure.sqlState()) || attempt > 2) {
                    throw failure;
                }
            }
        }
    }

    /** Takes over a claim left unanswered since before {@code abandonedBefore}, unless another instance did first. */
    private boolean takenOver(String scope, String key, byte[] fingerprint, Instant at, Instant abandonedBefore) {
        return transactions.atomically(handle -> Either.right(handle.createUpdate("UPDATE idempotency_key SET "
                        + "fingerprint = :fingerprint, claimed_at = :at WHERE scope = :scope AND idem_key = :key "
                        + "AND status IS NULL AND claimed_at < :abandonedBefore")
                .bind("fingerprint", fingerprint).bind("at", time(at)).bind("scope", scope).bind("key", key)
                .bind("abandonedBefore", time(abandonedBefore))
                .execute())).get() == 1;
    }

    private Option<Claim> existing(Handle handle, String scope, String key) {
        return Option.ofOptional(handle.createQuery("SELECT fingerprint, status, media_type, entity_tag, seal_key_id, "
                        + "answer_cipher FROM idempotency_key WHERE scope = :scope AND idem_key = :key")
                .bind("scope", scope).bind("key", key)
                .map((row, context) -> {
                    byte[] fingerprint = row.getBytes("fingerprint");
                    byte[] sealed = row.getBytes("answer_cipher");
                    if (sealed == null) {
                        return (Claim) new Pending(fingerprint);
                    }
                    return new Answered(fingerprint, new Answer(row.getInt("status"), row.getString("media_type"),
                            keys.openBytes(row.getString("seal_key_id"), sealed, context(scope, key)),
                            Option.of(row.getString("entity_tag"))));
                }).findOne());
    }

    @Override
    public void answer(String scope, String key, Answer answer) {
        transactions.atomically(handle -> Either.right(handle.createUpdate("UPDATE idempotency_key SET status = :status, "
                        + "media_type = :mediaType, entity_tag = :tag, seal_key_id = :sealKey, answer_cipher = :answer "
                        + "WHERE scope = :scope AND idem_key = :key AND status IS NULL")
                .bindMap(Map.of("status", answer.status(), "mediaType", answer.mediaType(), "sealKey",
                        keys.activeKeyId(), "scope", scope, "key", key))
                .bind("tag", answer.entityTag().getOrNull())
                .bind("answer", keys.seal(answer.body(), context(scope, key)))
                .execute()));
    }

    @Override
    public void release(String scope, String key) {
        transactions.atomically(handle -> Either.right(handle.createUpdate("DELETE FROM idempotency_key "
                        + "WHERE scope = :scope AND idem_key = :key AND status IS NULL")
                .bind("scope", scope).bind("key", key).execute()));
    }

    @Override
    public int forgetBefore(Instant before) {
        return transactions.atomically(handle -> Either.right(handle.createUpdate("DELETE FROM idempotency_key "
                        + "WHERE claimed_at < :before").bind("before", time(before)).execute())).get();
    }

    private static String context(String scope, String key) {
        return "idempotency_key/" + scope.length() + ":" + scope + "/" + key;
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
