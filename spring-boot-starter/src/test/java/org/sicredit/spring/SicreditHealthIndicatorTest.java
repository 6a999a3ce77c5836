package org.sicredit.spring;

import com.zaxxer.hikari.HikariDataSource;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sicredit.adapters.jdbc.DataSources;
import org.sicredit.adapters.jdbc.JdbcStores;
import org.sicredit.adapters.jdbc.crypto.KeyFile;
import org.sicredit.application.port.out.OutboxPort;
import org.sicredit.domain.policy.Policies;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The health indicator on a real H2: each check, and an outbox that is stuck or gave a message up. */
class SicreditHealthIndicatorTest {

    private static final Instant NOW = Instant.parse("2020-06-30T02:00:00Z");

    private final HikariDataSource database = DataSources.inMemoryH2("health-" + System.nanoTime());
    private final JdbcStores stores = JdbcStores.migrate(database,
            KeyFile.parse(SicreditAutoConfigurationTest.KEYS, "test"), Policies.defaultBook());
    private final MovingClock clock = new MovingClock(NOW);
    private final OutboxWatch outbox = new OutboxWatch(stores.outbox(), clock);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void up_when_every_check_holds_and_nothing_waits() {
        Health health = indicator(Duration.ofHours(1)).health(true);

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(detail(health, "outbox")).containsEntry("ok", true).containsEntry("detailEn",
                "0 waiting, the oldest for 0 s; 0 given up on");
    }

    @Test
    void down_when_a_message_waits_longer_than_the_service_allows_up_when_it_allows_more() {
        stores.outbox().enqueue(report("2020-05"), NOW.minus(Duration.ofHours(2)));

        Health stuck = indicator(Duration.ofHours(1)).health(true);
        Health patient = new SicreditHealthIndicator(stores.readiness(), new OutboxWatch(stores.outbox(), clock),
                Duration.ofHours(3), clock).health(true);

        assertThat(stuck.getStatus()).isEqualTo(Status.DOWN);
        assertThat(detail(stuck, "outbox")).containsEntry("ok", false).containsEntry("detailEn",
                "1 waiting, the oldest for 7200 s (longer than 3600 s); 0 given up on");
        assertThat(detail(stuck, "outbox").get("detailZh").toString()).contains("超过 3600 秒");
        assertThat(patient.getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void down_when_a_message_was_given_up_on() {
        OutboxPort.Envelope queued = stores.outbox().enqueue(report("2020-05"), NOW);
        OutboxPort.Envelope claimed = stores.outbox().claimDue(NOW, Duration.ofMinutes(1), 10).single();
        stores.outbox().markRefused(queued.id(), claimed.attempts(), "refused for good", Option.none()).get();

        Health health = indicator(Duration.ofHours(1)).health(true);

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(detail(health, "outbox").get("detailEn").toString()).contains("1 given up on")
                .contains("queue them again");
    }

    @Test
    void down_naming_the_database_when_it_cannot_be_reached() {
        SicreditHealthIndicator indicator = indicator(Duration.ofHours(1));
        database.close();

        Health health = indicator.health(true);

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(detail(health, "database")).containsEntry("ok", false);
        assertThat(detail(health, "keys")).containsEntry("ok", false);
        assertThat(health.getDetails()).doesNotContainKey("outbox");
    }

    @Test
    void probes_within_five_seconds_share_one_reading_and_the_next_one_sees_the_change() {
        SicreditHealthIndicator indicator = indicator(Duration.ofHours(1));
        assertThat(indicator.health(true).getStatus()).isEqualTo(Status.UP);
        database.close();

        Status cached = indicator.health(true).getStatus();
        clock.advance(Duration.ofSeconds(5));
        Status read = indicator.health(true).getStatus();

        assertThat(cached).as("within five seconds: no new reading").isEqualTo(Status.UP);
        assertThat(read).isEqualTo(Status.DOWN);
    }

    /** A clock that stands still until the test moves it. */
    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return SicreditAutoConfiguration.SHANGHAI;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private SicreditHealthIndicator indicator(Duration stuckAfter) {
        return new SicreditHealthIndicator(stores.readiness(), outbox, stuckAfter, clock);
    }

    private static OutboxPort.MonthReport report(String month) {
        return new OutboxPort.MonthReport("report-" + month, YearMonth.parse(month), List.empty());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> detail(Health health, String check) {
        return (Map<String, Object>) health.getDetails().get(check);
    }
}
