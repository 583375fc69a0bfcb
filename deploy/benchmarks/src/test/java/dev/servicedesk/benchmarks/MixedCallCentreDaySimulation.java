package dev.servicedesk.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAsDuring;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A call-centre day in one run, every service at once: {@code -Drate} arrivals per second in all (default 20) for
 * {@code -Dseconds}, shared among the people of the day in these proportions, taken from what a consumer-appliance
 * call centre handles (most contacts are questions answered on the phone with the knowledge base; about one in three
 * needs a visit; the field and the supervisors add a smaller share of their own):
 * <ul>
 * <li>30% an agent answers a question: searches the knowledge base, then logs an information request with the answer
 * and the article found;</li>
 * <li>15% an agent only looks something up in the knowledge base;</li>
 * <li>20% an agent logs an action request (a visit) in one call;</li>
 * <li>5% an agent records a comment (praise, complaint, suggestion);</li>
 * <li>10% a partner system logs an action request through the partner API, about its own customer;</li>
 * <li>10% a technician reads its queue and the first order in it;</li>
 * <li>5% an order goes all the way: an agent logs a collection request, the order opens from its event, a supervisor
 * schedules and assigns it, the technician starts it, completes it with the service report and the customer's signature
 * and closes it (each call its own line in the report; waiting for the order polls every 100 ms, and an order not
 * there within 30 s is an error);</li>
 * <li>5% a supervisor refreshes the dashboard's request and order KPIs.</li>
 * </ul>
 * Tokens by role: {@code -Dtoken} (agent), {@code -Dpartner.token}, {@code -Dtechnician.token} (the demo user
 * {@code technician}), {@code -Dsupervisor.token}.
 */
public class MixedCallCentreDaySimulation extends Simulation {

    private static final String INTAKE_URL = System.getProperty("intake.url", "http://127.0.0.1:18081");
    private static final String WORKORDER_URL = System.getProperty("workorder.url", "http://127.0.0.1:18082");
    private static final String KNOWLEDGE_URL = System.getProperty("knowledge.url", "http://127.0.0.1:18083");
    private static final String REPORTING_URL = System.getProperty("reporting.url", "http://127.0.0.1:18084");
    private static final String AGENT = System.getProperty("token");
    private static final String PARTNER = System.getProperty("partner.token");
    private static final String TECHNICIAN = System.getProperty("technician.token");
    private static final String SUPERVISOR = System.getProperty("supervisor.token");
    private static final String TECHNICIAN_ID = "technician";
    private static final String VISIT_PROBLEM_CODE = "GELADEIRA-NAO-GELA";
    private static final String COLLECTION_PROBLEM_CODE = "COLETA-ELETRO";
    private static final double RATE = Double.parseDouble(System.getProperty("rate", "20"));
    private static final int SECONDS = Integer.getInteger("seconds", 60);
    private static final Duration ORDER_POLLS = Duration.ofMillis(100);
    private static final Duration ORDER_GIVE_UP = Duration.ofSeconds(30);
    private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    private final String customerId = Agents.registerACustomer(INTAKE_URL, AGENT);
    private final String partnersCustomerId = Agents.registerACustomer(INTAKE_URL, PARTNER);

    private final HttpProtocolBuilder protocol = http
            .baseUrl(INTAKE_URL)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .authorizationHeader("Bearer #{token}")
            .shareConnections();

    private static ChainBuilder as(String token) {
        return exec(session -> session.set("token", token));
    }

    private static final ChainBuilder SEARCH = exec(session -> session.set("q",
            KnowledgeSearchSimulation.QUERIES.get(ThreadLocalRandom.current()
                    .nextInt(KnowledgeSearchSimulation.QUERIES.size()))))
            .exec(http("search the knowledge base").get(KNOWLEDGE_URL + "/api/v1/search")
                    .queryParam("q", "#{q}")
                    .queryParam("size", "20")
                    .check(status().is(200), jsonPath("$.items[0].id").optional().saveAs("articleId")));

    private final ScenarioBuilder answering = scenario("agents answering questions")
            .exec(as(AGENT), SEARCH)
            .exec(http("log an information request (one call)").post("/api/v1/requests")
                    .body(StringBody(session -> """
                            {"channel": "PHONE", "log": true, "details": {"type": "INFORMATION",
                             "customerId": "%s", "information": {"question": "%s", "articleIds": [%s],
                             "answer": "Orientado conforme o artigo da base de conhecimento."}}}"""
                            .formatted(customerId, session.getString("q"), session.contains("articleId")
                                    ? "\"" + session.getString("articleId") + "\"" : "")))
                    .check(status().is(201)));

    private final ScenarioBuilder lookingUp = scenario("agents looking something up").exec(as(AGENT), SEARCH);

    private final ScenarioBuilder loggingVisits = scenario("agents logging action requests")
            .exec(as(AGENT), exec(session -> session.set("customerId", customerId)))
            .exec(Agents.logAnActionRequest(VISIT_PROBLEM_CODE));

    private final ScenarioBuilder commenting = scenario("agents recording comments")
            .exec(as(AGENT))
            .exec(http("log a comment (one call)").post("/api/v1/requests")
                    .body(StringBody(session -> """
                            {"channel": "EMAIL", "log": true, "details": {"type": "COMMENT", "customerId": "%s",
                             "comment": {"text": "Atendimento rápido e educado na troca do forno.", "kind": "%s"}}}"""
                            .formatted(customerId, ThreadLocalRandom.current().nextBoolean() ? "PRAISE" : "COMPLAINT")))
                    .check(status().is(201)));

    private final ScenarioBuilder partners = scenario("partner systems logging action requests")
            .exec(as(PARTNER), exec(session -> session.set("customerId", partnersCustomerId)))
            .exec(group("partner API").on(Agents.logAnActionRequest(VISIT_PROBLEM_CODE, "PARTNER_API")));

    private final ScenarioBuilder readingQueues = scenario("technicians reading their queue")
            .exec(as(TECHNICIAN))
            .exec(http("read the technician's queue").get(WORKORDER_URL + "/api/v1/orders")
                    .queryParam("technician", TECHNICIAN_ID)
                    .check(status().is(200), jsonPath("$.items[0].id").optional().saveAs("orderId")))
            .doIf(session -> session.contains("orderId")).then(exec(http("read an order")
                    .get(WORKORDER_URL + "/api/v1/orders/#{orderId}").check(status().is(200))));

    private final ScenarioBuilder ordersToClosing = scenario("orders worked to closing")
            .exec(as(AGENT), exec(session -> session.set("customerId", customerId)))
            .exec(Agents.logAnActionRequest(COLLECTION_PROBLEM_CODE))
            .exitHereIfFailed()
            .exec(group("wait for the order").on(asLongAsDuring(session -> !session.contains("orderId"), ORDER_GIVE_UP)
                    .on(exec(http("find the order").get(WORKORDER_URL + "/api/v1/orders?requestId=#{id}")
                            .check(status().is(200), jsonPath("$.items[0].id").optional().saveAs("orderId")))
                            .doIf(session -> !session.contains("orderId")).then(pause(ORDER_POLLS)))
                    .exec(session -> session.contains("orderId") ? session : session.markAsFailed())))
            .exitHereIf(session -> !session.contains("orderId"))
            .exec(as(SUPERVISOR), readTheOrder())
            .exec(http("schedule the visit").post(WORKORDER_URL + "/api/v1/orders/#{orderId}/scheduling")
                    .header("If-Match", "#{etag}")
                    .body(StringBody(MixedCallCentreDaySimulation::visitWindow))
                    .check(status().is(200), header("ETag").saveAs("etag")))
            .exec(http("assign the technician").post(WORKORDER_URL + "/api/v1/orders/#{orderId}/assignment")
                    .header("If-Match", "#{etag}")
                    .body(StringBody("{\"team\": \"Equipe Campinas\", \"technicianId\": \"" + TECHNICIAN_ID + "\"}"))
                    .check(status().is(200), header("ETag").saveAs("etag")))
            .exec(as(TECHNICIAN))
            .exec(http("start the work").post(WORKORDER_URL + "/api/v1/orders/#{orderId}/start")
                    .header("If-Match", "#{etag}")
                    .check(status().is(200), header("ETag").saveAs("etag")))
            .exec(http("complete with the service report").post(WORKORDER_URL + "/api/v1/orders/#{orderId}/completion")
                    .header("If-Match", "#{etag}")
                    .body(StringBody("""
                            {"activities": "Aparelho retirado e encaminhado para reciclagem.", "causeCategory": "WEAR",
                             "costs": {"labour": 0.00},
                             "signature": {"signerName": "Cliente de carga", "signerDocument": "123.456.789-09",
                                           "method": "DRAWN", "imagePng": "%s"}}""".formatted(PNG)))
                    .check(status().is(201)))
            .exec(readTheOrder())
            .exec(http("close the order").post(WORKORDER_URL + "/api/v1/orders/#{orderId}/closure")
                    .header("If-Match", "#{etag}")
                    .check(status().is(200)));

    private final ScenarioBuilder supervising = scenario("supervisors refreshing the KPIs")
            .exec(as(SUPERVISOR))
            .exec(http("request KPIs").get(REPORTING_URL + "/api/v1/kpis/requests").check(status().is(200)))
            .exec(http("order KPIs").get(REPORTING_URL + "/api/v1/kpis/orders").check(status().is(200)));

    private static ChainBuilder readTheOrder() {
        return exec(http("read the order").get(WORKORDER_URL + "/api/v1/orders/#{orderId}")
                .check(status().is(200), header("ETag").saveAs("etag")));
    }

    private static String visitWindow(Session session) {
        Instant from = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return "{\"visitFrom\": \"" + from + "\", \"visitTo\": \"" + from.plus(3, ChronoUnit.HOURS) + "\"}";
    }

    private static PopulationBuilder share(ScenarioBuilder people, double share) {
        return people.injectOpen(constantUsersPerSec(RATE * share).during(SECONDS));
    }

    {
        setUp(share(answering, 0.30), share(lookingUp, 0.15), share(loggingVisits, 0.20), share(commenting, 0.05),
                share(partners, 0.10), share(readingQueues, 0.10), share(ordersToClosing, 0.05),
                share(supervising, 0.05))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
