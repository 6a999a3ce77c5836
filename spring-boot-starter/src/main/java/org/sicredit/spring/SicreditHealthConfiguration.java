package org.sicredit.spring;

import org.sicredit.application.port.out.OutboxPort;
import org.sicredit.application.port.out.ReadinessPort;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The health indicator {@code sicredit}, when the service has Spring Boot's health support (Actuator). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(HealthIndicator.class)
class SicreditHealthConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "sicreditHealthIndicator")
    @ConditionalOnEnabledHealthIndicator("sicredit")
    SicreditHealthIndicator sicreditHealthIndicator(ReadinessPort readiness, OutboxPort outbox,
                                                    SicreditProperties properties, Clock clock) {
        return new SicreditHealthIndicator(readiness, new OutboxWatch(outbox, clock),
                properties.health().outboxStuckAfter(), clock);
    }
}
