package dev.servicedesk.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agent logs an action request, as the call centre does all day: save it (protocol number), describe it (problem
 * code, customer, place, product), log it. Arrivals at a fixed rate ({@code -Drate}, per second) for
 * {@code -Dseconds}; the report gives each step and the whole ("log an action request") with its percentiles.
 */
public class LogActionRequestSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("intake.url", "http://127.0.0.1:18081");
    private static final String TOKEN = System.getProperty("token");
    private static final String ACTION = """
            {"type": "ACTION", "customerId": "#{customerId}",
             "action": {"problemCode": "COLETA-ELETRO",
                        "place": {"street": "Rua Barão de Jaguara", "number": "1481", "district": "Centro",
                                  "city": "Campinas", "state": "SP", "cep": "13015-002"},
                        "description": "Geladeira velha para coleta.",
                        "product": {"brand": "Consul", "model": "Frost Free 480L"}}}""";

    private final String customerId = registerACustomer();

    private final HttpProtocolBuilder protocol = http
            .baseUrl(BASE_URL)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .authorizationHeader("Bearer " + TOKEN)
            .shareConnections();

    private final ScenarioBuilder logActionRequest = scenario("agents logging action requests")
            .exec(session -> session.set("customerId", customerId))
            .exec(group("log an action request").on(
                    http("open (protocol number)").post("/api/v1/requests")
                            .body(StringBody("{\"channel\": \"PHONE\"}"))
                            .check(status().is(201), jsonPath("$.id").saveAs("id"), header("ETag").saveAs("etag")),
                    http("describe").put("/api/v1/requests/#{id}/details")
                            .header("If-Match", "#{etag}")
                            .body(StringBody(ACTION))
                            .check(status().is(200), header("ETag").saveAs("etag")),
                    http("log").post("/api/v1/requests/#{id}/logging")
                            .header("If-Match", "#{etag}")
                            .check(status().is(200))));

    {
        setUp(logActionRequest.injectOpen(constantUsersPerSec(Integer.getInteger("rate", 500))
                .during(Integer.getInteger("seconds", 60))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    /** The requests are about one registered customer (requests refer only to customers the registry knows). */
    private static String registerACustomer() {
        String body = """
                {"type": "PERSON", "document": "%s", "name": "Cliente de carga",
                 "phones": [{"number": "19998765432", "kind": "MOBILE"}], "preferredChannel": "PHONE"}"""
                .formatted(randomCpf());
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(BASE_URL + "/api/v1/customers"))
                    .header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
            if (response.statusCode() != 201 || !id.find()) {
                throw new IllegalStateException("Could not register the benchmark's customer: " + response.body());
            }
            return id.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A valid CPF that no earlier run registered (Receita Federal's check digits). */
    private static String randomCpf() {
        StringBuilder cpf = new StringBuilder();
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 9; i++) {
            cpf.append(random.nextInt(10));
        }
        for (int round = 0; round < 2; round++) {
            int sum = 0;
            for (int i = 0; i < cpf.length(); i++) {
                sum += (cpf.charAt(i) - '0') * (cpf.length() + 1 - i);
            }
            int digit = 11 - sum % 11;
            cpf.append(digit >= 10 ? 0 : digit);
        }
        return cpf.toString();
    }
}
