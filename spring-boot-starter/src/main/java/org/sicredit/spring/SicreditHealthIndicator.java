package org.sicredit.spring;

import io.vavr.collection.Seq;
import org.sicredit.application.port.out.ReadinessPort;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import java.time.Clock;
import java.time.Duration;

/**
 * sicredit's health: UP when the database answers, its schema is this build's, the key ring is the one the database
 * was written with, and the outbox is not stuck — no message waiting longer than
 * {@code sicredit.health.outbox-stuck-after} and none given up on. DOWN otherwise. Each check is a detail
 * {@code {ok, detailZh, detailEn}}, as the program's {@code /ready} says it; no detail holds a value of the data. The
 * checks are read at most every five seconds however often the service is probed.
 */
final class SicreditHealthIndicator extends AbstractHealthIndicator {

    private final Recent<Seq<ReadinessPort.Check>> readiness;
    private final OutboxWatch outbox;
    private final Duration stuckAfter;

    SicreditHealthIndicator(ReadinessPort readiness, OutboxWatch outbox, Duration stuckAfter, Clock clock) {
        super("sicredit health check failed");
        this.readiness = new Recent<>(readiness::checks, clock, Recent.PROBE_PERIOD);
        this.outbox = outbox;
        this.stuckAfter = stuckAfter;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean up = true;
        for (ReadinessPort.Check check : readiness.get()) {
            builder.withDetail(check.name(), detail(check.ok(), check.detailZh(), check.detailEn()));
            up &= check.ok();
        }
        if (up) {
            up = outbox(builder);
        }
        if (up) {
            builder.up();
        } else {
            builder.down();
        }
    }

    private boolean outbox(Health.Builder builder) {
        OutboxWatch.Snapshot snapshot = outbox.snapshot();
        boolean late = snapshot.oldestPending().compareTo(stuckAfter) > 0;
        boolean ok = !late && snapshot.failed() == 0;
        String en = snapshot.pending() + " waiting, the oldest for " + snapshot.oldestPending().toSeconds() + " s"
                + (late ? " (longer than " + stuckAfter.toSeconds() + " s)" : "") + "; " + snapshot.failed()
                + " given up on" + (snapshot.failed() > 0 ? ": queue them again once the cause is fixed" : "");
        String zh = snapshot.pending() + " 条待投递，最早已等待 " + snapshot.oldestPending().toSeconds() + " 秒"
                + (late ? "（超过 " + stuckAfter.toSeconds() + " 秒）" : "") + "；" + snapshot.failed() + " 条已放弃投递"
                + (snapshot.failed() > 0 ? "：排除原因后请重新排队" : "");
        builder.withDetail("outbox", detail(ok, zh, en));
        return ok;
    }

    private static java.util.Map<String, Object> detail(boolean ok, String zh, String en) {
        return java.util.Map.of("ok", ok, "detailZh", zh, "detailEn", en);
    }
}
