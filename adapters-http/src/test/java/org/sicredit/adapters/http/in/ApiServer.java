package org.sicredit.adapters.http.in;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import org.sicredit.application.access.Caller;
import org.sicredit.application.fixtures.Application;
import org.sicredit.application.fixtures.MutableClock;
import org.sicredit.application.port.in.IssueApiKeyUseCase;
import org.sicredit.domain.record.ActorRole;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real server on a free loopback port over a whole Sicredit on the in-memory fixtures, a key for every role, and a
 * client whose every response — and every request a test says is well-formed — is checked against the server's own
 * OpenAPI document by an independent validator (swagger-request-validator).
 */
final class ApiServer implements AutoCloseable {

    static final String SUBJECT_CODE = "9131000013221158XC";

    final MutableClock clock;
    final Application app;
    final RestApi api;
    final Map<String, String> keys;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final OpenApiInteractionValidator validator;
    final List<String> violations = new ArrayList<>();

    ApiServer(LocalDate today) {
        this(today, HttpSettings.defaults().withPort(0));
    }

    ApiServer(LocalDate today, HttpSettings settings) {
        this(today, app -> settings);
    }

    /** Settings made once the application exists, e.g. to exempt a key issued first from the rate limit. */
    ApiServer(LocalDate today, java.util.function.Function<Application, HttpSettings> settings) {
        this.clock = new MutableClock(today);
        this.app = new Application(clock);
        this.api = RestApi.start(app.sicredit, settings.apply(app), clock);
        this.keys = LinkedHashMap.of(
                "BUREAU", issue(ActorRole.BUREAU, null, null),
                "PROVIDER", issue(ActorRole.PROVIDER, "SHSI", null),
                "OTHER_PROVIDER", issue(ActorRole.PROVIDER, "SHLS", null),
                "CENTRE", issue(ActorRole.CENTRE, null, null),
                "OFFICER", issue(ActorRole.OFFICER, null, null),
                "AUDITOR", issue(ActorRole.AUDITOR, null, null),
                "SUBJECT", issue(ActorRole.SUBJECT, null, SUBJECT_CODE));
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(
                get("/api/v1/openapi.json", null).body()).build();
    }

    static HttpSettings settings() {
        return HttpSettings.defaults().withPort(0).withRateLimit(600, HashSet.empty());
    }

    String issue(ActorRole role, String provider, String subject) {
        return app.sicredit.issueApiKey().issue(new IssueApiKeyUseCase.Command(Caller.system("setup"), role, provider,
                subject, "test " + role)).map(IssueApiKeyUseCase.Result::token).get();
    }

    String key(String role) {
        return keys.get(role).get();
    }

    Reply get(String path, String role) {
        return send("GET", path, role, null, List.of(), true);
    }

    Reply post(String path, String role, String json, String... headers) {
        return send("POST", path, role, json, List.of(headers), true);
    }

    /** A request the test knows breaks the document (a wrong type, an unknown field): only its response is checked. */
    Reply postMalformed(String path, String role, String json, String... headers) {
        return send("POST", path, role, json, List.of(headers), false);
    }

    Reply send(String method, String path, String role, String body, List<String> headers, boolean wellFormed) {
        return send(method, path, role, body == null ? null : body.getBytes(StandardCharsets.UTF_8), "application/json",
                headers, wellFormed);
    }

    Reply send(String method, String path, String role, byte[] body, String contentType, List<String> headers,
               boolean wellFormed) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
                .timeout(Duration.ofSeconds(30));
        SimpleRequest.Builder checked = new SimpleRequest.Builder(method, path.split("\\?")[0]);
        if (path.contains("?")) {
            for (String pair : path.split("\\?", 2)[1].split("&")) {
                String[] parts = pair.split("=", 2);
                checked.withQueryParam(parts[0], java.net.URLDecoder.decode(parts.length > 1 ? parts[1] : "",
                        StandardCharsets.UTF_8));
            }
        }
        if (role != null) {
            String token = keys.get(role).getOrElse(role);
            request.header("Authorization", "Bearer " + token);
            checked.withAuthorization("Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
            checked.withHeader(headers.get(i), headers.get(i + 1));
        }
        if (body != null) {
            request.header("Content-Type", contentType);
            checked.withContentType(contentType).withBody(body);
            request.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Reply reply = new Reply(response.statusCode(), response.headers().map(), response.body());
        if (validator != null && !path.startsWith("/api/v1/explorer")) {
            check(wellFormed ? validator.validateRequest(checked.build()) : ValidationReport.empty(), method, path,
                    "request");
            SimpleResponse.Builder answered = new SimpleResponse.Builder(response.statusCode())
                    .withBody(response.body());
            response.headers().map().forEach((name, values) -> answered.withHeader(name, values));
            check(validator.validateResponse(path.split("\\?")[0], Request.Method.valueOf(method), answered.build()),
                    method, path, "response " + response.statusCode());
        }
        return reply;
    }

    private void check(ValidationReport report, String method, String path, String what) {
        report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .forEach(message -> violations.add(method + " " + path + " " + what + ": " + message.getKey() + " "
                        + message.getMessage()));
    }

    /** Every request and response so far matched the document. */
    void assertAllMatchedTheDocument() {
        assertThat(violations).as("requests and responses that do not match the OpenAPI document").isEmpty();
    }

    @Override
    public void close() {
        api.close();
    }

    /** A response: status, headers, body. */
    record Reply(int status, java.util.Map<String, List<String>> headers, byte[] bytes) {

        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        com.fasterxml.jackson.databind.JsonNode json() {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().readTree(bytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
