package dev.servicedesk.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.asLongAsDuring;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * The request → order path under load: an agent logs an action request in intake, and then watches the work-order
 * API until the order it opened is there (intake's outbox, Kafka, the work-order consumer and its transaction in
 * between). The group "order visible" runs from intake's answer to the log until the order is listed, polling every
 * 20 ms for the first 200 ms (times accurate to about 20 ms there) and every 100 ms after that: polling every 20 ms
 * for as long as it takes would load the work-order service with the probe itself, which then slows what it measures
 * (a feedback loop seen at 50 flows/s). A flow whose logging failed stops there; one whose order is not listed
 * within 30 s is an error of "order visible". Arrivals at {@code -Drate} per second for {@code -Dseconds}.
 */
public class RequestToOrderSimulation extends Simulation {

    private static final String INTAKE_URL = System.getProperty("intake.url", "http://127.0.0.1:18081");
    private static final String WORKORDER_URL = System.getProperty("workorder.url", "http://127.0.0.1:18082");
    private static final String TOKEN = System.getProperty("token");
    private static final Duration FIRST_POLLS = Duration.ofMillis(20);
    private static final int FIRST_POLL_COUNT = 10;
    private static final Duration LATER_POLLS = Duration.ofMillis(100);
    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    private final String customerId = Agents.registerACustomer(INTAKE_URL, TOKEN);

    private final HttpProtocolBuilder protocol = http
            .baseUrl(INTAKE_URL)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .authorizationHeader("Bearer " + TOKEN)
            .shareConnections();

    private final ScenarioBuilder requestToOrder = scenario("action requests becoming orders")
            .exec(session -> session.set("customerId", customerId).set("orders", 0).set("polls", 0))
            .exec(Agents.logAnActionRequest(System.getProperty("problem.code", "GELADEIRA-NAO-GELA")))
            .exitHereIfFailed()
            .exec(group("order visible").on(
                    asLongAsDuring(session -> session.getInt("orders") == 0, GIVE_UP).on(
                            exec(http("find the order").get(WORKORDER_URL + "/api/v1/orders?requestId=#{id}")
                                    .check(status().is(200), jsonPath("$.total").ofInt().saveAs("orders")))
                                    .exec(session -> session.set("polls", session.getInt("polls") + 1))
                                    .doIf(session -> session.getInt("orders") == 0).then(pause(session ->
                                            session.getInt("polls") < FIRST_POLL_COUNT ? FIRST_POLLS : LATER_POLLS)))
                    .exec(session -> session.getInt("orders") == 0 ? session.markAsFailed() : session)));

    {
        setUp(requestToOrder.injectOpen(constantUsersPerSec(Integer.getInteger("rate", 200))
                .during(Integer.getInteger("seconds", 60))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L),
                        details("order visible").failedRequests().count().is(0L));
    }
}
