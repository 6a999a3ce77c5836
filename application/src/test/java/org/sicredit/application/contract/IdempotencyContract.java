package org.sicredit.application.contract;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.sicredit.application.port.out.IdempotencyPort.Answer;
import org.sicredit.application.port.out.IdempotencyPort.Answered;
import org.sicredit.application.port.out.IdempotencyPort.Claim;
import org.sicredit.application.port.out.IdempotencyPort.Claimed;
import org.sicredit.application.port.out.IdempotencyPort.Pending;
import org.sicredit.application.port.out.IdempotencyPort;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link IdempotencyPort} must do: one claim per key and scope, the answer kept, abandoned claims taken over. */
public abstract class IdempotencyContract {

    private static final Instant AT = Instant.parse("2020-07-10T01:00:00Z");
    private static final Instant LONG_AGO = AT.minusSeconds(300);
    private static final byte[] FIRST = "POST /api/v1/objections {a}".getBytes(StandardCharsets.UTF_8);
    private static final Answer CREATED = new Answer(201, "application/json",
            "{\"id\":\"OBJ-1\",\"note\":\"异议\"}".getBytes(StandardCharsets.UTF_8), Option.some("\"3\""));

    /** A new, empty store for each test. */
    protected abstract IdempotencyPort emptyKeys();

    @Test
    void a_new_key_is_claimed_then_pending_then_answered_with_the_first_fingerprint() {
        IdempotencyPort keys = emptyKeys();

        assertThat(keys.claim("apikey:a", "k-1", FIRST, AT, LONG_AGO)).isInstanceOf(Claimed.class);
        assertThat(keys.claim("apikey:a", "k-1", "other".getBytes(StandardCharsets.UTF_8), AT, LONG_AGO))
                .isEqualTo(new Pending(FIRST));
        keys.answer("apikey:a", "k-1", CREATED);

        assertThat(keys.claim("apikey:a", "k-1", FIRST, AT.plusSeconds(1), LONG_AGO))
                .isEqualTo(new Answered(FIRST, CREATED));
    }

    @Test
    void keys_of_two_callers_are_two_keys() {
        IdempotencyPort keys = emptyKeys();
        keys.claim("apikey:a", "k-1", FIRST, AT, LONG_AGO);

        assertThat(keys.claim("apikey:b", "k-1", FIRST, AT, LONG_AGO)).isInstanceOf(Claimed.class);
        assertThat(keys.claim("apikey:ak", "-1", FIRST, AT, LONG_AGO)).isInstanceOf(Claimed.class);
    }

    @Test
    void a_released_or_abandoned_claim_is_claimed_again_but_an_answered_one_never() {
        IdempotencyPort keys = emptyKeys();
        keys.claim("apikey:a", "released", FIRST, AT, LONG_AGO);
        keys.release("apikey:a", "released");
        keys.claim("apikey:a", "abandoned", FIRST, AT, LONG_AGO);
        keys.claim("apikey:a", "answered", FIRST, AT, LONG_AGO);
        keys.answer("apikey:a", "answered", CREATED);
        Instant muchLater = AT.plusSeconds(3600);

        assertThat(keys.claim("apikey:a", "released", FIRST, AT, LONG_AGO)).isInstanceOf(Claimed.class);
        assertThat(keys.claim("apikey:a", "abandoned", FIRST, muchLater, muchLater.minusSeconds(300)))
                .isInstanceOf(Claimed.class);
        assertThat(keys.claim("apikey:a", "answered", FIRST, muchLater, muchLater.minusSeconds(300)))
                .isInstanceOf(Answered.class);
    }

    @Test
    void keys_claimed_before_the_retention_are_forgotten() {
        IdempotencyPort keys = emptyKeys();
        keys.claim("apikey:a", "old", FIRST, AT, LONG_AGO);
        keys.answer("apikey:a", "old", CREATED);
        keys.claim("apikey:a", "new", FIRST, AT.plusSeconds(86_400), LONG_AGO);

        assertThat(keys.forgetBefore(AT.plusSeconds(1))).isEqualTo(1);
        assertThat(keys.claim("apikey:a", "old", FIRST, AT.plusSeconds(86_401), LONG_AGO)).isInstanceOf(Claimed.class);
        assertThat(keys.claim("apikey:a", "new", FIRST, AT.plusSeconds(86_401), LONG_AGO)).isInstanceOf(Pending.class);
    }

    @Test
    void of_eight_concurrent_claims_of_one_key_exactly_one_wins() throws Exception {
        IdempotencyPort keys = emptyKeys();

        List<Claim> claims = Concurrently.each(List.of(1, 2, 3, 4, 5, 6, 7, 8),
                i -> keys.claim("apikey:a", "race", FIRST, AT, LONG_AGO));

        assertThat(claims).filteredOn(claim -> claim instanceof Claimed).hasSize(1);
        assertThat(claims).filteredOn(claim -> claim instanceof Pending).hasSize(7);
    }
}
