package org.sicredit.application.contract;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.sicredit.application.port.out.ApiKeyPort.StoredKey;
import org.sicredit.application.port.out.ApiKeyPort;
import org.sicredit.domain.fixtures.Subjects;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.subject.ResidentIdNumber;

import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link ApiKeyPort} must do: keep keys whole by id, revoke once, list by id. */
public abstract class ApiKeyContract {

    protected static final Instant CREATED = Instant.parse("2020-07-10T01:02:03.456Z");

    /** A new, empty store for each test. */
    protected abstract ApiKeyPort emptyKeys();

    @Test
    void a_key_reads_back_equal_by_its_id_with_its_scope() {
        ApiKeyPort keys = emptyKeys();
        StoredKey provider = key("00000000000000b2", ActorRole.PROVIDER, Option.some("SHSI"), Option.none());
        StoredKey subject = key("00000000000000a1", ActorRole.SUBJECT, Option.none(),
                Option.some(ResidentIdNumber.parse(Subjects.PERSON_ID).get()));

        keys.add(provider).get();
        keys.add(subject).get();

        assertThat(keys.findById("00000000000000b2")).contains(provider);
        assertThat(keys.findById("00000000000000a1")).contains(subject);
        assertThat(keys.findById("00000000000000c3")).isEmpty();
        assertThat(keys.all().map(StoredKey::keyId)).containsExactly("00000000000000a1", "00000000000000b2");
    }

    @Test
    void a_key_is_revoked_once_and_stays_listed_with_the_first_instant() {
        ApiKeyPort keys = emptyKeys();
        keys.add(key("00000000000000a1", ActorRole.BUREAU, Option.none(), Option.none())).get();
        Instant first = CREATED.plusSeconds(60);

        assertThat(keys.revoke("00000000000000a1", first).get().revokedAt()).contains(first);
        assertThat(keys.revoke("00000000000000a1", first.plusSeconds(60)).get().revokedAt()).contains(first);
        assertThat(keys.findById("00000000000000a1").get().revokedAt()).contains(first);
        assertThat(keys.revoke("00000000000000ff", first).getLeft().code()).isEqualTo("API_KEY_NOT_FOUND");
    }

    protected static StoredKey key(String id, ActorRole role, Option<String> provider,
                                   Option<org.sicredit.domain.subject.SubjectIdentifier> subject) {
        byte[] hash = new byte[32];
        Arrays.fill(hash, (byte) id.hashCode());
        return new StoredKey(id, hash, role, provider, subject, "窗口 " + id, CREATED, Option.none());
    }
}
