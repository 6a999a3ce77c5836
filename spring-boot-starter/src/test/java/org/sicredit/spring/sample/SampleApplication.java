package org.sicredit.spring.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An embedding team's service, as small as it gets: Spring Boot, a {@code spring.datasource}, {@code sicredit.keys},
 * and the starter on the classpath. Its own code is {@link IntakeController} and {@link IntakeService}; every
 * sicredit bean comes from the auto-configuration.
 */
@SpringBootApplication
public class SampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }
}
