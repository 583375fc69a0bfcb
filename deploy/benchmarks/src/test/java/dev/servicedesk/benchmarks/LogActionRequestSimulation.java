package dev.servicedesk.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * An agent logs an action request, as the call centre does all day: save it (protocol number), describe it (problem
 * code, customer, place, product), log it. Arrivals at a fixed rate ({@code -Drate}, per second) for
 * {@code -Dseconds}; the report gives each step and the whole ("log an action request") with its percentiles.
 */
public class LogActionRequestSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("intake.url", "http://127.0.0.1:18081");
    private static final String TOKEN = System.getProperty("token");

    private final String customerId = Agents.registerACustomer(BASE_URL, TOKEN);

    private final HttpProtocolBuilder protocol = http
            .baseUrl(BASE_URL)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .authorizationHeader("Bearer " + TOKEN)
            .shareConnections();

    private final ScenarioBuilder logActionRequest = scenario("agents logging action requests")
            .exec(session -> session.set("customerId", customerId))
            .exec(group("log an action request").on(Agents.logAnActionRequest(
                    System.getProperty("problem.code", "COLETA-ELETRO"))));

    {
        setUp(logActionRequest.injectOpen(constantUsersPerSec(Integer.getInteger("rate", 500))
                .during(Integer.getInteger("seconds", 60))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
