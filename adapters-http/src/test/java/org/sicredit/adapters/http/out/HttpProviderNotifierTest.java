package org.sicredit.adapters.http.out;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sicredit.application.port.out.ProviderNotifierPort.VerificationRequest;
import org.sicredit.domain.objection.ObjectionId;
import org.sicredit.domain.record.RecordId;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class HttpProviderNotifierTest {

    private final FakePlatform exchange;
    private final HttpProviderNotifier notifier;

    HttpProviderNotifierTest() throws IOException {
        exchange = new FakePlatform();
        notifier = new HttpProviderNotifier(HttpPlatformSettings.of(exchange.url())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }

    @AfterEach
    void stop() {
        exchange.close();
    }

    @Test
    void a_verification_request_is_delivered_once_per_objection_however_often_it_is_sent() {
        VerificationRequest request = new VerificationRequest("SHSI", new ObjectionId("OBJ-1"),
                new RecordId(UUID.fromString("3f0c1a52-9d4e-4b7a-8a51-0c6f2b9e1d01")), "金额有误",
                LocalDate.of(2023, 7, 17));

        Instant first = notifier.requestVerification(request).get();
        Instant again = notifier.requestVerification(request).get();

        assertThat(again).isEqualTo(first).isEqualTo(Instant.parse("2023-07-10T02:00:00Z"));
        assertThat(exchange.held()).isEqualTo(1);
        assertThat(exchange.requests()).containsOnly("/platform/verification-requests verification/OBJ-1");
        exchange.misbehave(FakePlatform.Mood.UNAVAILABLE, 1);
        assertThat(notifier.requestVerification(request).getLeft().code()).isEqualTo("PLATFORM_UNAVAILABLE");
    }
}
