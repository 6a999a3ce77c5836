package org.sicredit.spring;

import io.micrometer.core.instrument.MeterRegistry;
import org.sicredit.application.port.out.OutboxPort;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** sicredit's meters on the service's own registry, when the service has Micrometer. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(MeterRegistry.class)
class SicreditMetricsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SicreditMetrics sicreditMetrics(OutboxPort outbox, Clock clock) {
        return new SicreditMetrics(new OutboxWatch(outbox, clock));
    }
}
