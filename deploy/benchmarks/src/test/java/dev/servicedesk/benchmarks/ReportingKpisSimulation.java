package dev.servicedesk.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Managers reading the KPIs over the benchmark data (deploy/bench/reporting-data.sql: 1,000,000 orders, 2,000,000
 * requests): each arrival asks every KPI endpoint (JSON and CSV) and the service-report list once, with one filter
 * set drawn at random (none, a department, a channel, a technician, a weekly series, a quarter by month). Arrivals at
 * {@code -Drate} per second for {@code -Dseconds}; the assertion: p95 under 100 ms for every endpoint.
 */
public class ReportingKpisSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("reporting.url", "http://127.0.0.1:18084");
    private static final String TOKEN = System.getProperty("token");
    private static final List<String> FILTERS = List.of("", "department=DEP-1", "channel=PHONE",
            "technician=tec-42", "granularity=week", "from=" + LocalDate.now().minusDays(90)
                    + "&granularity=month", "category=CAT-7&requestType=ACTION");
    private static final List<String> ENDPOINTS = List.of("kpis/requests", "kpis/orders", "kpis/quality",
            "kpis/technicians", "kpis/money", "kpis/knowledge", "kpis/requests.csv", "kpis/orders.csv",
            "kpis/quality.csv", "kpis/technicians.csv", "kpis/money.csv", "kpis/knowledge.csv", "service-reports");

    private final HttpProtocolBuilder protocol = http
            .baseUrl(BASE_URL)
            .authorizationHeader("Bearer " + TOKEN)
            .shareConnections();

    private final ChainBuilder everyEndpoint = ENDPOINTS.stream()
            .map(endpoint -> exec(http(endpoint).get("/api/v1/" + endpoint + "?#{filter}").check(status().is(200))))
            .reduce(exec(session -> session), ChainBuilder::exec);

    private final ScenarioBuilder managers = scenario("managers reading the KPIs")
            .exec(session -> session.set("filter", FILTERS.get(ThreadLocalRandom.current().nextInt(FILTERS.size()))))
            .exec(everyEndpoint);

    {
        setUp(managers.injectOpen(constantUsersPerSec(Integer.getInteger("rate", 2))
                .during(Integer.getInteger("seconds", 60))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L),
                        forAll().responseTime().percentile(95.0).lt(100));
    }
}
