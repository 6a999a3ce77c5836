package org.sicredit.adapters.http.out;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Platform on a loopback port (the JDK's HTTP server): it files each message once under its Idempotency-Key and
 * answers a repeat with the first receipt — and it can be told to misbehave: answer 503 the next few times, answer
 * slowly, refuse with a 400, or drop the connection without a word.
 */
final class FakePlatform implements AutoCloseable {

    enum Mood { FINE, UNAVAILABLE, SLOW, BAD_REQUEST, DROP }

    private final HttpServer server;
    private final Map<String, String> receipts = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger misbehaving = new AtomicInteger();
    private volatile Mood mood = Mood.FINE;

    FakePlatform() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/platform", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/platform");
    }

    /** The next {@code times} requests meet {@code how}; then the Platform is fine again. */
    void misbehave(Mood how, int times) {
        mood = how;
        misbehaving.set(times);
    }

    int held() {
        return receipts.size();
    }

    List<String> requests() {
        return List.copyOf(requests);
    }

    List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        requests.add(exchange.getRequestURI().getPath() + " " + key);
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        Mood now = misbehaving.getAndDecrement() > 0 ? mood : Mood.FINE;
        switch (now) {
            case UNAVAILABLE -> answer(exchange, 503, "{\"error\": \"maintenance\"}");
            case BAD_REQUEST -> answer(exchange, 400, "{\"error\": \"field subjectIdentifier 440524188001010014\"}");
            case DROP -> exchange.close();
            case SLOW -> {
                sleep();
                answer(exchange, 200, receipt(exchange, key, body));
            }
            default -> answer(exchange, 200, receipt(exchange, key, body));
        }
    }

    private String receipt(HttpExchange exchange, String key, byte[] body) throws IOException {
        JsonNode message = HttpCalls.JSON.readTree(body);
        int lines = message.has("lines") ? message.get("lines").size() : 1;
        if (exchange.getRequestURI().getPath().endsWith("/verification-requests")) {
            return receipts.computeIfAbsent(key, k -> "{\"receivedAt\": \"" + Instant.parse("2023-07-10T02:00:00Z")
                    + "\"}");
        }
        return receipts.computeIfAbsent(key, k -> "{\"idempotencyKey\": \"" + k.substring(k.indexOf('/') + 1)
                + "\", \"platformReference\": \"PF-" + (receipts.size() + 1) + "\", \"acknowledgedAt\": \""
                + Instant.parse("2023-07-10T02:00:00Z") + "\", \"lines\": " + lines + "}");
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void sleep() {
        try {
            Thread.sleep(3_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
