package org.sicredit.adapters.http.out;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sicredit.application.contract.PlatformGatewayContract;
import org.sicredit.application.port.out.PlatformGatewayPort;
import org.sicredit.domain.rejection.RejectionKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The Platform client against a real local HTTP server: the port's contract, and a Platform that misbehaves. */
class HttpPlatformGatewayTest extends PlatformGatewayContract {

    private final FakePlatform platform = started();
    private final PlatformGatewayPort gateway = new HttpPlatformGateway(HttpPlatformSettings.of(platform.url())
            .withToken("platform-token").withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1)));

    @AfterEach
    void stop() {
        platform.close();
    }

    @Override
    protected PlatformGatewayPort gateway() {
        return gateway;
    }

    @Override
    protected int held() {
        return platform.held();
    }

    @Override
    protected void failNextDelivery() {
        platform.misbehave(FakePlatform.Mood.UNAVAILABLE, 1);
    }

    @Test
    void a_platform_that_fails_twice_then_succeeds_is_tried_once_per_call_and_the_third_call_delivers() {
        platform.misbehave(FakePlatform.Mood.UNAVAILABLE, 2);

        var first = gateway.submit(report("r-1"));
        var second = gateway.submit(report("r-1"));
        var third = gateway.submit(report("r-1"));

        assertThat(first.getLeft().kind()).isEqualTo(RejectionKind.UNAVAILABLE);
        assertThat(second.getLeft().code()).isEqualTo("PLATFORM_UNAVAILABLE");
        assertThat(third.get().idempotencyKey()).isEqualTo("r-1");
        assertThat(platform.requests()).containsExactly("/platform/reports report/r-1", "/platform/reports report/r-1",
                "/platform/reports report/r-1");
        assertThat(platform.authorizations()).containsOnly("Bearer platform-token");
    }

    @Test
    void a_slow_platform_is_unavailable_after_the_timeout_and_the_relay_will_try_again() {
        platform.misbehave(FakePlatform.Mood.SLOW, 1);

        var answer = gateway.submit(report("r-2"));

        assertThat(answer.getLeft().code()).isEqualTo("PLATFORM_UNAVAILABLE");
        assertThat(answer.getLeft().kind()).isEqualTo(RejectionKind.UNAVAILABLE);
    }

    @Test
    void a_400_is_a_refusal_for_good_that_names_the_status_but_never_what_the_platform_quoted() {
        platform.misbehave(FakePlatform.Mood.BAD_REQUEST, 1);

        var answer = gateway.submit(report("r-3"));

        assertThat(answer.getLeft().code()).isEqualTo("PLATFORM_REJECTED");
        assertThat(answer.getLeft().kind()).as("not worth retrying").isEqualTo(RejectionKind.INVALID);
        assertThat(answer.getLeft().toString()).contains("HTTP 400").doesNotContain("440524188001010014");
    }

    @Test
    void a_dropped_connection_is_unavailable() {
        platform.misbehave(FakePlatform.Mood.DROP, 1);

        assertThat(gateway.submit(report("r-4")).getLeft().code()).isEqualTo("PLATFORM_UNAVAILABLE");
        assertThat(gateway.submit(report("r-4")).isRight()).isTrue();
    }

    @Test
    void an_unreachable_platform_is_unavailable() {
        platform.close();

        assertThat(gateway.submit(report("r-5")).getLeft().code()).isEqualTo("PLATFORM_UNAVAILABLE");
    }

    private static FakePlatform started() {
        try {
            return new FakePlatform();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
