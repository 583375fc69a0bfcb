package dev.servicedesk.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Action requests logged at a fixed rate ({@code -Drate}, per second) for {@code -Dseconds}: in one call each (the
 * default), or with {@code -Dflow=steps} as an agent on the phone does, in three (save, describe, log); the report
 * gives each call and the whole ("log an action request") with its percentiles. With {@code -Dusers=N} instead, the
 * closed model that finds the maximum: N agents, each logging its next request as soon as the last one was answered,
 * for {@code -Dseconds} (deploy/bench/side-by-side.sh compares that with pgbench at the same number of clients).
 */
public class LogActionRequestSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("intake.url", "http://127.0.0.1:18081");
    private static final String TOKEN = System.getProperty("token");
    private static final String PROBLEM_CODE = System.getProperty("problem.code", "COLETA-ELETRO");

    private final String customerId = Agents.registerACustomer(BASE_URL, TOKEN);

    private final HttpProtocolBuilder protocol = http
            .baseUrl(BASE_URL)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .authorizationHeader("Bearer " + TOKEN)
            .shareConnections();

    private final ScenarioBuilder logActionRequest = scenario("agents logging action requests")
            .exec(session -> session.set("customerId", customerId))
            .exec(group("log an action request").on("steps".equals(System.getProperty("flow"))
                    ? Agents.logAnActionRequestStepByStep(PROBLEM_CODE)
                    : Agents.logAnActionRequest(PROBLEM_CODE)));

    {
        int seconds = Integer.getInteger("seconds", 60);
        Integer users = Integer.getInteger("users");
        PopulationBuilder agents = users == null
                ? logActionRequest.injectOpen(constantUsersPerSec(Integer.getInteger("rate", 500)).during(seconds))
                : logActionRequest.injectClosed(constantConcurrentUsers(users).during(seconds));
        setUp(agents)
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
