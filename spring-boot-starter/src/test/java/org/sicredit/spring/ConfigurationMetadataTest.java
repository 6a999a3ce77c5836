package org.sicredit.spring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The metadata the configuration processor wrote, from which IDEs complete and document sicredit.* settings. */
class ConfigurationMetadataTest {

    @Test
    void every_setting_is_described_and_the_defaults_are_the_ones_the_starter_applies() throws IOException {
        Map<String, JsonNode> properties = properties();

        assertThat(properties).containsKeys("sicredit.keys", "sicredit.key-file", "sicredit.data.dir",
                "sicredit.platform.url", "sicredit.platform.token", "sicredit.migrations.enabled",
                "sicredit.holidays.dir", "sicredit.jobs.outbox-relay.enabled", "sicredit.jobs.outbox-relay.interval",
                "sicredit.jobs.expiry-sweep.enabled", "sicredit.jobs.expiry-sweep.interval",
                "sicredit.jobs.forget-idempotency-keys.enabled", "sicredit.jobs.forget-idempotency-keys.interval",
                "sicredit.health.outbox-stuck-after");
        assertThat(properties.values()).allSatisfy(property -> assertThat(property.path("description").asText())
                .as(property.path("name").asText()).isNotBlank().doesNotContain("{@"));
        assertThat(properties.get("sicredit.jobs.outbox-relay.interval").path("defaultValue").asText()).isEqualTo("1m");
        assertThat(properties.get("sicredit.migrations.enabled").path("defaultValue").asBoolean()).isTrue();
        assertThat(properties.get("sicredit.data.dir").path("defaultValue").asText()).isEqualTo("data");
    }

    private static Map<String, JsonNode> properties() throws IOException {
        try (InputStream in = ConfigurationMetadataTest.class.getResourceAsStream(
                "/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("the configuration processor's metadata").isNotNull();
            Map<String, JsonNode> properties = new HashMap<>();
            for (JsonNode property : new ObjectMapper().readTree(in).path("properties")) {
                properties.put(property.path("name").asText(), property);
            }
            return properties;
        }
    }
}
