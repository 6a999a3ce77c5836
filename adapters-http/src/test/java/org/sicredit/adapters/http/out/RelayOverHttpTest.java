package org.sicredit.adapters.http.out;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sicredit.application.access.Caller;
import org.sicredit.application.fixtures.Application;
import org.sicredit.application.fixtures.MutableClock;
import org.sicredit.application.port.in.CollectSubmissionUseCase;
import org.sicredit.application.port.in.ListUndeliveredMessagesUseCase;
import org.sicredit.application.port.in.RelayOutboxUseCase;
import org.sicredit.application.port.in.ReportMonthUseCase;
import org.sicredit.application.view.OutboxMessageView;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/** The outbox relay over the HTTP client: backoff after a 5xx or a timeout, failed for good after a 4xx. */
class RelayOverHttpTest {

    private static final Caller BUREAU = Caller.bureau("officer-001");

    private final FakePlatform platform;
    private final MutableClock clock = new MutableClock(LocalDate.of(2020, 6, 30));
    private final Application app;

    RelayOverHttpTest() throws IOException {
        platform = new FakePlatform();
        HttpPlatformSettings settings = HttpPlatformSettings.of(platform.url())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1));
        app = new Application(clock, new HttpPlatformGateway(settings), new HttpProviderNotifier(settings));
        app.sicredit.collectSubmission().collect(new CollectSubmissionUseCase.Command(Caller.provider("c", "SHSI"),
                "SHSI", YearMonth.of(2020, 6), List.of(new CollectSubmissionUseCase.Row(1, aRecord().draft())))).get();
        app.sicredit.reportMonth().report(new ReportMonthUseCase.Command(BUREAU, YearMonth.of(2020, 6))).get();
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void a_platform_that_fails_twice_is_tried_again_after_a_wait_and_the_report_is_delivered_the_third_time() {
        platform.misbehave(FakePlatform.Mood.UNAVAILABLE, 2);

        RelayOutboxUseCase.Result first = relay();
        clock.advance(Duration.ofMinutes(1));
        RelayOutboxUseCase.Result second = relay();
        RelayOutboxUseCase.Result tooSoon = relay();
        clock.advance(Duration.ofMinutes(2));
        RelayOutboxUseCase.Result third = relay();

        assertThat(first.retrying()).hasSize(1);
        assertThat(second.retrying()).hasSize(1);
        assertThat(tooSoon.retrying()).as("the backoff doubled: not due yet").isEmpty();
        assertThat(third.delivered()).hasSize(1);
        assertThat(platform.held()).isEqualTo(1);
        assertThat(app.records.findBySubject(org.sicredit.domain.subject.UnifiedSocialCreditCode
                .parse("9131000013221158XC").get()).single().state().code()).isEqualTo("REPORTED");
    }

    @Test
    void a_platform_that_refuses_a_message_with_a_400_fails_it_for_good_and_the_bureau_sees_it() {
        platform.misbehave(FakePlatform.Mood.BAD_REQUEST, 1);

        RelayOutboxUseCase.Result result = relay();
        clock.advance(Duration.ofHours(2));
        relay();

        assertThat(result.failed()).hasSize(1);
        assertThat(platform.requests()).as("never tried again").hasSize(1);
        OutboxMessageView failed = app.sicredit.listUndeliveredMessages().list(
                new ListUndeliveredMessagesUseCase.Query(BUREAU, true)).get().single();
        assertThat(failed.lastError().get()).startsWith("PLATFORM_REJECTED").doesNotContain("440524188001010014");
    }

    private RelayOutboxUseCase.Result relay() {
        return app.sicredit.relayOutbox().relay(new RelayOutboxUseCase.Command(Caller.system("relay"))).get();
    }
}
