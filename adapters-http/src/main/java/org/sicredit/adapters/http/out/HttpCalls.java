package org.sicredit.adapters.http.out;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vavr.control.Either;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;

/**
 * One attempt of one POST with JSON and an idempotency key: a 2xx is read as {@code answer}; a 4xx is
 * PLATFORM_REJECTED (sending it again will not help: the relay fails the message for good, for the Bureau to see);
 * a 5xx, a timeout or a broken connection is PLATFORM_UNAVAILABLE (the relay tries again later). A rejection names
 * the status only — never what the other side wrote back, which may quote a person.
 */
final class HttpCalls {

    private static final Logger LOG = LoggerFactory.getLogger(HttpCalls.class);
    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final HttpClient client;
    private final HttpPlatformSettings settings;

    HttpCalls(HttpPlatformSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    <T> Either<Rejection, T> post(String path, String idempotencyKey, Object body, Class<T> answer) {
        String base = settings.baseUrl().toString();
        URI target = URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(target)
                    .timeout(settings.requestTimeout())
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("Idempotency-Key", idempotencyKey)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            settings.bearerToken().forEach(token -> request.header("Authorization", "Bearer " + token));
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return Either.right(JSON.readValue(response.body(), answer));
            }
            LOG.warn("{} {} answered {}", "POST", path, status);
            return Either.left(status >= 400 && status < 500 && status != 408 && status != 429
                    ? rejected(path, status) : unavailable(path, "HTTP " + status));
        } catch (HttpTimeoutException e) {
            return Either.left(unavailable(path, "no answer within " + settings.requestTimeout().toSeconds() + " s"));
        } catch (IOException e) {
            return Either.left(unavailable(path, "the connection failed (" + e.getClass().getSimpleName() + ")"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Either.left(unavailable(path, "interrupted"));
        }
    }

    private static Rejection rejected(String path, int status) {
        return Rejection.of(RejectionCodes.PLATFORM_REJECTED, "platform", "HTTP " + status,
                "平台拒收了该消息（" + path + "，HTTP " + status + "），重发无济于事，请核查",
                "The Platform refused the message (" + path + ", HTTP " + status + "): sending it again will not "
                        + "help, check it");
    }

    private static Rejection unavailable(String path, String why) {
        return Rejection.of(RejectionCodes.PLATFORM_UNAVAILABLE, "platform", "", "平台暂时无法接收（" + path + "，" + why
                + "），稍后重试", "The Platform could not take the message now (" + path + ", " + why
                + "): it will be tried again");
    }
}
