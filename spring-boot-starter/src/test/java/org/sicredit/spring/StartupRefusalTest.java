package org.sicredit.spring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sicredit.spring.sample.SampleApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the person starting a service sees when sicredit's settings are wrong: Spring Boot's failure report naming the
 * property and why, in Chinese and English — not a stack trace of sicredit's.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupRefusalTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Test
    void a_service_without_keys_is_told_to_set_sicredit_keys(CapturedOutput output) {
        assertThatThrownBy(() -> start("sicredit.keys=")).isNotNull();

        assertThat(output).contains("APPLICATION FAILED TO START").contains("Property: sicredit.keys")
                .contains("未配置密钥").contains("no key ring is configured").contains("KeyFile.loadOrCreate");
    }

    @Test
    void a_service_with_a_job_interval_of_zero_is_told_the_property_and_the_floor(CapturedOutput output) {
        assertThatThrownBy(() -> start("sicredit.jobs.expiry-sweep.interval=0s")).isNotNull();

        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("Property: sicredit.jobs.expirySweep.interval").contains("Value: \"PT0S\"")
                .contains("须不少于 1 秒 / must be at least 1 second");
    }

    /** The sample service, {@code property} given on its command line. */
    private static void start(String property) {
        new SpringApplicationBuilder(SampleApplication.class).web(WebApplicationType.NONE)
                .run("--spring.datasource.url=jdbc:h2:mem:refused" + DATABASES.incrementAndGet(),
                        "--sicredit.data.dir=target/refused-data", "--" + property)
                .close();
    }
}
