package dev.servicedesk.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an agent does in intake, shared by the simulations: the requests go to the protocol's base URL. */
final class Agents {

    private static final String ACTION = """
            {"type": "ACTION", "customerId": "#{customerId}",
             "action": {"problemCode": "%s",
                        "place": {"street": "Rua Barão de Jaguara", "number": "1481", "district": "Centro",
                                  "city": "Campinas", "state": "SP", "cep": "13015-002"},
                        "description": "Geladeira velha para coleta.",
                        "product": {"brand": "Consul", "model": "Frost Free 480L"}}}""";

    private Agents() {
    }

    /**
     * Log an action request in one call, as a partner system or a chat bot does with everything at hand: the protocol
     * number, the description and the logging in one POST. Saves the request's id.
     */
    static ChainBuilder logAnActionRequest(String problemCode) {
        return logAnActionRequest(problemCode, "PHONE");
    }

    /** The same on a given channel: PARTNER_API for a partner system. */
    static ChainBuilder logAnActionRequest(String problemCode, String channel) {
        return exec(http("log an action request (one call)").post("/api/v1/requests")
                .body(StringBody("{\"channel\": \"" + channel + "\", \"log\": true, \"details\": "
                        + ACTION.formatted(problemCode) + "}"))
                .check(status().is(201), jsonPath("$.id").saveAs("id")));
    }

    /**
     * Log an action request as an agent on the phone does: save it first (the caller hears the protocol number at
     * once), describe it (problem code, customer, place, product), log it. Saves the request's id.
     */
    static ChainBuilder logAnActionRequestStepByStep(String problemCode) {
        return exec(
                http("open (protocol number)").post("/api/v1/requests")
                        .body(StringBody("{\"channel\": \"PHONE\"}"))
                        .check(status().is(201), jsonPath("$.id").saveAs("id"), header("ETag").saveAs("etag")),
                http("describe").put("/api/v1/requests/#{id}/details")
                        .header("If-Match", "#{etag}")
                        .body(StringBody(ACTION.formatted(problemCode)))
                        .check(status().is(200), header("ETag").saveAs("etag")),
                http("log").post("/api/v1/requests/#{id}/logging")
                        .header("If-Match", "#{etag}")
                        .check(status().is(200)));
    }

    /** The requests are about one registered customer (requests refer only to customers the registry knows). */
    static String registerACustomer(String intakeUrl, String token) {
        String body = """
                {"type": "PERSON", "document": "%s", "name": "Cliente de carga",
                 "phones": [{"number": "19998765432", "kind": "MOBILE"}], "preferredChannel": "PHONE"}"""
                .formatted(randomCpf());
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(intakeUrl + "/api/v1/customers"))
                    .header("Authorization", "Bearer " + token)
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
