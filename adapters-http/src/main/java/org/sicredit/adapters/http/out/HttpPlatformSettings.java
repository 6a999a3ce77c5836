package org.sicredit.adapters.http.out;

import io.vavr.control.Option;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the Platform (or a provider's system) is and how to call it: its base URL (https in production; the JDK
 * client speaks TLS itself), an optional bearer token, and the timeouts of one attempt. Retries are not the client's:
 * the outbox relay tries again later, with backoff, when an attempt times out or is answered 5xx — never on a 4xx.
 */
public record HttpPlatformSettings(URI baseUrl, Option<String> bearerToken, Duration connectTimeout,
                                   Duration requestTimeout) {

    public HttpPlatformSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(bearerToken, "bearerToken");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (!"https".equals(baseUrl.getScheme()) && !"http".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("the Platform's base URL is http(s): " + baseUrl.getScheme());
        }
    }

    /** 5 s to connect, 30 s for an answer, no token. */
    public static HttpPlatformSettings of(URI baseUrl) {
        return new HttpPlatformSettings(baseUrl, Option.none(), Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    public HttpPlatformSettings withToken(String token) {
        return new HttpPlatformSettings(baseUrl, Option.some(token), connectTimeout, requestTimeout);
    }

    public HttpPlatformSettings withTimeouts(Duration connect, Duration request) {
        return new HttpPlatformSettings(baseUrl, bearerToken, connect, request);
    }

    @Override
    public String toString() {
        return "HttpPlatformSettings[" + baseUrl + ", token " + (bearerToken.isDefined() ? "****" : "none")
                + ", connect " + connectTimeout + ", request " + requestTimeout + "]";
    }
}
