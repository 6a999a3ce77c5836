package org.sicredit.adapters.http.in;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.sicredit.application.access.Caller;
import org.sicredit.application.fixtures.Application;
import org.sicredit.application.fixtures.MutableClock;
import org.sicredit.application.port.in.IssueApiKeyUseCase;
import org.sicredit.domain.record.ActorRole;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a hosting program adds (a request observer, a /metrics page), and probes that never wait behind work. */
class HostingTest {

    private final MutableClock clock = new MutableClock(LocalDate.of(2020, 7, 10));
    private final Application app = new Application(clock);
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void every_answered_request_is_told_to_the_host_by_operation_and_status_and_metrics_need_no_key()
            throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        ServerHooks hooks = new ServerHooks() {
            @Override
            public void requestServed(String method, String operationId, int status, Duration took) {
                seen.add(method + " " + operationId + " " + status + (took.isNegative() ? " negative" : ""));
            }

            @Override
            public Option<MetricsPage> metrics() {
                return Option.some(new MetricsPage("text/plain; version=0.0.4; charset=utf-8",
                        () -> "requests " + seen.size() + "\n"));
            }
        };
        try (RestApi api = RestApi.start(app.sicredit, HttpSettings.defaults().withPort(0), clock, hooks)) {
            String key = key();
            assertThat(get(api, "/api/v1/objections", key).statusCode()).isEqualTo(200);
            assertThat(get(api, "/api/v1/objections", null).statusCode()).isEqualTo(401);
            assertThat(get(api, "/api/v1/no-such-thing", key).statusCode()).isEqualTo(404);
            HttpResponse<String> metrics = get(api, "/metrics", null);

            assertThat(seen).containsExactly("GET listOpenObjections 200", "GET listOpenObjections 401",
                    "GET unmatched 404");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
            assertThat(metrics.body()).isEqualTo("requests 3\n");
        }
    }

    @Test
    void without_a_metrics_page_there_is_no_metrics_path() throws Exception {
        try (RestApi api = RestApi.start(app.sicredit, HttpSettings.defaults().withPort(0), clock)) {
            assertThat(get(api, "/metrics", null).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void the_probes_answer_at_once_while_every_slot_for_work_is_taken() throws Exception {
        HttpSettings oneAtATime = HttpSettings.defaults().withPort(0).withConcurrency(8, 1, Duration.ofMillis(300));
        try (RestApi api = RestApi.start(app.sicredit, oneAtATime, clock)) {
            String key = key();
            try (Socket slow = new Socket("127.0.0.1", api.port())) {
                OutputStream out = slow.getOutputStream();
                out.write(("POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key
                        + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"providerCode\":")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(200);

                assertThat(get(api, "/api/v1/objections", key).statusCode()).as("work waits for the slot")
                        .isEqualTo(503);
                assertThat(get(api, "/api/v1/health", null).statusCode()).isEqualTo(200);
                assertThat(get(api, "/api/v1/ready", null).statusCode()).isEqualTo(200);
            }
        }
    }

    @Test
    void a_stop_finishes_the_request_in_flight_and_answers_it_before_the_server_ends() throws Exception {
        RestApi api = RestApi.start(app.sicredit, HttpSettings.defaults().withPort(0), clock);
        int port = api.port();
        String key = key();
        String body = "{\"providerCode\": \"SHSI\", \"period\": \"2020-06\", \"rows\": []}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket inFlight = new Socket("127.0.0.1", api.port())) {
            inFlight.setSoTimeout(10_000);
            OutputStream out = inFlight.getOutputStream();
            out.write(("POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, 0, 10);
            out.flush();
            Thread.sleep(200);
            Thread stopping = new Thread(api::close);
            stopping.start();
            Thread.sleep(300);

            out.write(bytes, 10, bytes.length - 10);
            out.flush();
            String answer = new String(inFlight.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            stopping.join(10_000);

            assertThat(answer).as("the request in flight is answered").isIn("HTTP/1.1 403", "HTTP/1.1 200");
            assertThat(stopping.isAlive()).isFalse();
        }
        assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/health")).build(), HttpResponse.BodyHandlers.ofString()))
                .as("no new connection once stopped").isInstanceOf(java.io.IOException.class);
    }

    private String key() {
        return app.sicredit.issueApiKey().issue(new IssueApiKeyUseCase.Command(Caller.system("setup"),
                ActorRole.BUREAU, null, null, "hosting test")).map(IssueApiKeyUseCase.Result::token).get();
    }

    private HttpResponse<String> get(RestApi api, String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
