package dev.servicedesk.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Sends generated requests to the running services, several at a time, and holds each answer to what every answer of
 * the suite owes its caller: never a 5xx; every 4xx an RFC 9457 {@code application/problem+json} body with its
 * {@code type}, {@code title} and {@code status}; and in no body a stack trace, a Java class name or SQL.
 */
final class Answers {

    /** What came back; status 0 when nothing came back in time. */
    record Answer(int status, String contentType, String body, String etag) {
    }

    /** One request as sent. */
    record Call(String method, String url, Map<String, String> headers, String body, String token) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final int IN_FLIGHT = 6;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** What a body must never show: a stack frame, a Java package or exception, SQL or a database error. */
    private static final Map<String, Pattern> LEAKS = Map.of(
            "a stack trace", Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|\\n\\s+at [\\w$.]+\\("),
            "a Java class name", Pattern.compile(
                    "\\b(java|javax|jakarta|sun|org\\.hibernate|org\\.postgresql|org\\.jboss|io\\.quarkus|io\\.vertx"
                            + "|io\\.smallrye|com\\.fasterxml|dev\\.servicedesk)\\.[a-z]\\w*|\\b[A-Z][A-Za-z]*(Exception|Error)\\b"),
            "SQL", Pattern.compile("\\b(SELECT|INSERT|UPDATE|DELETE FROM)\\b|\\bconstraint\\b|\\bviolates\\b|ERROR:"
                    + "|\\bSQLState\\b|\\bsyntax error at\\b"));

    private Answers() {
    }

    /** Sends every call, {@value #IN_FLIGHT} at a time, and returns the answers in the same order. */
    static <T> List<Answer> send(List<T> items, Function<T, Call> toCall) {
        ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (T item : items) {
                Call call = toCall.apply(item);
                futures.add(pool.submit(() -> send(call)));
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static Answer send(Call call) {
        HttpRequest.BodyPublisher body = call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(call.url())).timeout(TIMEOUT)
                .method(call.method(), body);
        call.headers().forEach(request::header);
        if (call.token() != null) {
            request.header("Authorization", "Bearer " + call.token());
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            return new Answer(0, "", "no answer within " + TIMEOUT.toSeconds() + " s: " + e, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "", "interrupted", null);
        }
    }

    /** What is wrong with an answer; empty when nothing is. */
    static List<String> faultsOf(Answer answer) {
        List<String> faults = new ArrayList<>();
        if (answer.status() == 0) {
            faults.add(answer.body());
            return faults;
        }
        if (answer.status() >= 500) {
            faults.add("status " + answer.status());
        }
        if (answer.status() >= 400) {
            faults.addAll(problemFaults(answer));
        }
        if (!answer.contentType().startsWith("application/pdf")) {
            LEAKS.forEach((what, pattern) -> {
                var found = pattern.matcher(answer.body());
                if (found.find()) {
                    faults.add("the body shows " + what + " ('" + found.group() + "')");
                }
            });
        }
        return faults;
    }

    private static List<String> problemFaults(Answer answer) {
        List<String> faults = new ArrayList<>();
        if (!answer.contentType().startsWith("application/problem+json")) {
            faults.add("content type '" + answer.contentType() + "', not application/problem+json");
            return faults;
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.body());
        } catch (IOException e) {
            faults.add("the problem is not JSON");
            return faults;
        }
        if (!problem.path("type").isTextual() || !URI.create(problem.path("type").asText()).isAbsolute()) {
            faults.add("no absolute type URI");
        }
        if (!problem.path("title").isTextual() || problem.path("title").asText().isBlank()) {
            faults.add("no title");
        }
        if (problem.path("status").asInt() != answer.status()) {
            faults.add("status member " + problem.path("status") + " differs from " + answer.status());
        }
        if (problem.has("detail") && !problem.get("detail").isTextual() && !problem.get("detail").isNull()) {
            faults.add("detail is not a string");
        }
        return faults;
    }
}
