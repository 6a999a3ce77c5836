package org.sicredit.spring;

import org.sicredit.application.Sicredit;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.in.ExpireRecordsUseCase;
import org.sicredit.application.port.in.RelayOutboxUseCase;
import org.sicredit.domain.rejection.Rejection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * The work sicredit does on its own, each a {@link ScheduledJob} that {@code sicredit.jobs.<job>.enabled=false} turns
 * off: the outbox relay (Art. 7's reports and the revocations and notices after commit), the expiry sweep (a record
 * leaves the Platform when its query period ends, Regulations Art. 35), forgetting idempotency keys older than a day.
 * Several instances of a service may run them on one database: the relay and the sweep claim their rows.
 */
@Configuration(proxyBeanMethods = false)
class SicreditJobs {

    static final String OUTBOX_RELAY = "outbox-relay";
    static final String EXPIRY_SWEEP = "expiry-sweep";
    static final String FORGET_IDEMPOTENCY_KEYS = "forget-idempotency-keys";

    @Bean
    @ConditionalOnMissingBean(name = "sicreditOutboxRelayJob")
    @ConditionalOnProperty(prefix = "sicredit.jobs.outbox-relay", name = "enabled", havingValue = "true",
            matchIfMissing = true)
    ScheduledJob sicreditOutboxRelayJob(Sicredit sicredit, SicreditProperties properties,
                                        ObjectProvider<SicreditTally> tally) {
        return new ScheduledJob(OUTBOX_RELAY, properties.jobs().outboxRelay().interval(), () -> sicredit.relayOutbox()
                .relay(new RelayOutboxUseCase.Command(Caller.system(OUTBOX_RELAY))).getOrElseThrow(JobRefused::new),
                tally.getIfAvailable(() -> SicreditTally.NONE));
    }

    @Bean
    @ConditionalOnMissingBean(name = "sicreditExpirySweepJob")
    @ConditionalOnProperty(prefix = "sicredit.jobs.expiry-sweep", name = "enabled", havingValue = "true",
            matchIfMissing = true)
    ScheduledJob sicreditExpirySweepJob(Sicredit sicredit, SicreditProperties properties,
                                        ObjectProvider<SicreditTally> tally) {
        return new ScheduledJob(EXPIRY_SWEEP, properties.jobs().expirySweep().interval(), () -> sicredit.expireRecords()
                .expire(new ExpireRecordsUseCase.Command(Caller.system(EXPIRY_SWEEP))).getOrElseThrow(JobRefused::new),
                tally.getIfAvailable(() -> SicreditTally.NONE));
    }

    @Bean
    @ConditionalOnMissingBean(name = "sicreditForgetIdempotencyKeysJob")
    @ConditionalOnProperty(prefix = "sicredit.jobs.forget-idempotency-keys", name = "enabled", havingValue = "true",
            matchIfMissing = true)
    ScheduledJob sicreditForgetIdempotencyKeysJob(Sicredit sicredit, SicreditProperties properties,
                                                  ObjectProvider<SicreditTally> tally) {
        return new ScheduledJob(FORGET_IDEMPOTENCY_KEYS, properties.jobs().forgetIdempotencyKeys().interval(),
                () -> sicredit.answerOnce().forget(Duration.ofDays(1)), tally.getIfAvailable(() -> SicreditTally.NONE));
    }

    /** A job's use case answered a rejection: the run counts as failed, and its code is logged. */
    static final class JobRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        JobRefused(Rejection rejection) {
            super(rejection.code());
        }
    }
}
