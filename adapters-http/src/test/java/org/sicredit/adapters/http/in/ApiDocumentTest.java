package org.sicredit.adapters.http.in;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocumentTest {

    private final ApiServer server = new ApiServer(LocalDate.of(2020, 7, 10));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void the_document_and_the_probes_are_served_without_a_key_and_the_document_names_every_operation() {
        JsonNode document = server.get("/api/v1/openapi.json", null).json();

        assertThat(document.get("openapi").asText()).isEqualTo("3.0.3");
        assertThat(document.get("paths").size()).isGreaterThanOrEqualTo(25);
        assertThat(document.at("/paths/~1api~1v1~1objections~1{objectionId}~1decision/post/x-sicredit-roles")
                .toString()).isEqualTo("[\"BUREAU\"]");
        assertThat(server.get("/api/v1/health", null).status()).isEqualTo(200);
        assertThat(server.get("/api/v1/ready", null).json().get("ready").asBoolean()).isTrue();
        server.assertAllMatchedTheDocument();
    }

    @Test
    void the_explorer_page_and_its_scripts_come_from_the_jar() {
        ApiServer.Reply page = server.get("/api/v1/explorer/", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui-bundle.js").doesNotContain("http://").doesNotContain("https://");
        assertThat(server.get("/api/v1/explorer/swagger-ui-bundle.js", null).bytes().length).isGreaterThan(100_000);
        assertThat(server.get("/api/v1/explorer/explorer-init.js", null).body()).contains("/api/v1/openapi.json");
        assertThat(server.get("/api/v1/explorer/..%2Fopenapi.json", null).status()).isEqualTo(404);
    }
}
