package dev.servicedesk.systemtest.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Calls the services as a real client does while things fail: a connection error, a timeout or a 5xx is retried
 * with backoff until the answer comes or the client gives up; a POST goes again with the same
 * {@code Idempotency-Key}, so that a retry of something that did happen is answered from the first time instead of
 * doing it twice. Each try picks an instance again, so a retry reaches another instance when one is down.
 */
final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);
    private static final Duration TRY_TIMEOUT = Duration.ofSeconds(20);

    /** An answer that is not a server failure: 2xx, 3xx or 4xx. */
    record Answer(int status, HttpResponse<String> response, JsonNode body, int tries) {

        boolean ok() {
            return status / 100 == 2;
        }

        String etag() {
            return response.headers().firstValue("ETag").orElse(null);
        }

        boolean replayed() {
            return response.headers().firstValue("Idempotent-Replayed").map("true"::equalsIgnoreCase).orElse(false);
        }

        String text(String field) {
            return body.path(field).asText(null);
        }
    }

    /** The client gave up: no answer but failures within its patience. */
    static final class GaveUp extends RuntimeException {
        GaveUp(String message, Throwable cause) {
            super(message, cause);
        }
    }

    final LongAdder calls = new LongAdder();
    final LongAdder retries = new LongAdder();
    final LongAdder replays = new LongAdder();
    final LongAdder gaveUp = new LongAdder();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Duration patience;

    ApiClient(Duration patience) {
        this.patience = patience;
    }

    Answer get(Supplier<String> baseUrl, String path, String token) {
        return send("GET", baseUrl, path, token, null, null);
    }

    /** A POST with a fresh Idempotency-Key, kept for its retries. */
    Answer post(Supplier<String> baseUrl, String path, String token, Object body, String ifMatch) {
        return send("POST", baseUrl, path, token, body, ifMatch);
    }

    Answer put(Supplier<String> baseUrl, String path, String token, Object body, String ifMatch) {
        return send("PUT", baseUrl, path, token, body, ifMatch);
    }

    private Answer send(String method, Supplier<String> baseUrl, String path, String token, Object body,
            String ifMatch) {
        calls.increment();
        String idempotencyKey = "POST".equals(method) ? UUID.randomUUID().toString() : null;
        String payload = body == null ? null : json(body);
        Instant deadline = Instant.now().plus(patience);
        Duration backoff = FIRST_BACKOFF;
        Exception lastFailure = null;
        for (int tries = 1;; tries++) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl.get() + path))
                        .timeout(TRY_TIMEOUT)
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "application/json")
                        .method(method, payload == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(payload));
                if (payload != null) {
                    request.header("Content-Type", "application/json");
                }
                if (ifMatch != null) {
                    request.header("If-Match", ifMatch);
                }
                if (idempotencyKey != null) {
                    request.header("Idempotency-Key", idempotencyKey);
                }
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() < 500) {
                    Answer answer = new Answer(response.statusCode(), response, parse(response.body()), tries);
                    if (answer.replayed()) {
                        replays.increment();
                    }
                    return answer;
                }
                lastFailure = new IllegalStateException(response.statusCode() + " " + response.body());
            } catch (IOException e) {
                lastFailure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GaveUp("interrupted: " + method + " " + path, e);
            }
            if (Instant.now().plus(backoff).isAfter(deadline)) {
                gaveUp.increment();
                throw new GaveUp(method + " " + path + " failed " + tries + " times in " + patience + ": "
                        + lastFailure, lastFailure);
            }
            retries.increment();
            backoff = pause(backoff);
        }
    }

    private static Duration pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GaveUp("interrupted while backing off", e);
        }
        Duration doubled = backoff.multipliedBy(2);
        return doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
    }

    static String json(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    /** The given base URLs in turn (the caller passes those of the instances that are up). */
    static Supplier<String> roundRobin(Supplier<List<String>> urls) {
        LongAdder turn = new LongAdder();
        return () -> {
            List<String> candidates = urls.get();
            turn.increment();
            return candidates.get((int) (turn.sum() % candidates.size()));
        };
    }
}
