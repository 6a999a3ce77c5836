/**
 * sicredit in a Spring Boot 4 service: the auto-configuration ({@link org.sicredit.spring.SicreditAutoConfiguration}),
 * the typed settings under {@code sicredit.*} ({@link org.sicredit.spring.SicreditProperties}), the stores joining the
 * service's transactions, the scheduled jobs, health and metrics. The only module besides {@code app} that wires
 * adapters, and the only one that may import Spring.
 */
package org.sicredit.spring;
