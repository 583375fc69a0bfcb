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

/**
 * An agent logs an action request, as the call centre does all day: save it (protocol number), describe it (problem
 * code, customer, place, product), log it. Arrivals at a fixed rate ({@code -Drate}, per second) for
 * {@code -Dseconds}; the report gives each step and the whole ("log an action request") with its percentiles.
 */
public class LogActionRequestSimulation extends Simulation {

    private static final String ACTION = """
            {"type": "ACTION", "customerId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
             "action": {"problemCode": "COLETA-ELETRO",
                        "place": {"street": "Rua Barão de Jaguara", "number": "1481", "district": "Centro",
                                  "city": "Campinas", "state": "SP", "cep": "13015-002"},
                        "description": "Geladeira velha para coleta.",
                        "product": {"brand": "Consul", "model": "Frost Free 480L"}}}""";

    private final HttpProtocolBuilder protocol = http
            .baseUrl(System.getProperty("intake.url", "http://127.0.0.1:18081"))
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .authorizationHeader("Bearer " + System.getProperty("token"))
            .shareConnections();

    private final ScenarioBuilder logActionRequest = scenario("agents logging action requests")
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
}
