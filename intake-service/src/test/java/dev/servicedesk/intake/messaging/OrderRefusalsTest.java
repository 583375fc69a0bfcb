package dev.servicedesk.intake.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicedesk.intake.customer.TestCustomers;
import dev.servicedesk.intake.order.TestOrder;
import dev.servicedesk.intake.request.RequestApi;
import dev.servicedesk.platform.testing.EventContracts;
import dev.servicedesk.platform.testing.EventSender;
import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.platform.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the work-order service refuses for good comes back to the agent instead of vanishing (issue 5): the request is
 * marked refused with the reason, listed as such, announced without personal data, and can be resubmitted corrected.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OrderRefusalsTest {

    private static final String REQUESTS = "servicedesk.requests.v1";
    private static final Duration ARRIVAL = Duration.ofSeconds(30);
    private static final String UNKNOWN_CODE = "unknown-problem-code: No problem code '%s' in the catalogue.";

    private final String agent = Tokens.of("ana", "agent");
    private String customer;
    private String problemCode;

    @BeforeEach
    void aCustomerWithAProblem() {
        customer = TestCustomers.registeredPerson(agent);
        problemCode = RequestApi.uniqueProblemCode();
    }

    @Test
    void aRequestTheWorkOrdersRefusedIsMarkedListedAndAnnounced() {
        try (TopicProbe requests = TopicProbe.open(REQUESTS); WorkOrderRefusals workOrders = new WorkOrderRefusals()) {
            String request = loggedAction();
            ConsumerRecord<String, String> logged = loggedEventOf(requests, request);

            workOrders.refuse(logged, UNKNOWN_CODE.formatted(problemCode));

            awaitRefused(request);
            RequestApi.get(agent, request).then()
                    .body("status", equalTo("OPEN"))
                    .body("orderRefusal.code", equalTo("unknown-problem-code"))
                    .body("orderRefusal.reason", equalTo(UNKNOWN_CODE.formatted(problemCode)))
                    .body("orderRefusal.at", notNullValue());
            JsonPath history = RequestApi.history(agent, request);
            assertEquals("ORDER_REFUSED", history.getString("change[-1]"));
            assertEquals(UNKNOWN_CODE.formatted(problemCode), history.getString("note[-1]"));
            assertEquals("workorder-service", history.getString("by[-1]"));
            given().auth().oauth2(agent).queryParam("orderRefused", true).queryParam("problemCode", problemCode)
                    .get(RequestApi.REQUESTS).then().statusCode(200).body("total", equalTo(1))
                    .body("items[0].id", equalTo(request));
            given().auth().oauth2(agent).queryParam("orderRefused", false).queryParam("problemCode", problemCode)
                    .get(RequestApi.REQUESTS).then().statusCode(200).body("total", equalTo(0));

            ConsumerRecord<String, String> refused = requests.awaitRecord(TopicProbe.withKey(request)
                    .and(TopicProbe.withHeader("ce_type", "RequestOrderRefused")), ARRIVAL);
            EventContracts.assertMatchesContract(refused);
            assertTrue(refused.value().contains("\"reason\":\"unknown-problem-code\""), refused.value());
            for (String notThere : List.of("No problem code", "Barão", "1481", "Maria", "SN-99887766")) {
                assertFalse(refused.value().contains(notThere), notThere + " in " + refused.value());
            }
        }
    }

    @Test
    void theSameRefusalDeliveredTwiceIsOneRefusal() {
        try (TopicProbe requests = TopicProbe.open(REQUESTS); WorkOrderRefusals workOrders = new WorkOrderRefusals()) {
            String request = loggedAction();
            ConsumerRecord<String, String> logged = loggedEventOf(requests, request);
            workOrders.refuse(logged, UNKNOWN_CODE.formatted(problemCode));
            workOrders.refuse(logged, UNKNOWN_CODE.formatted(problemCode));
            awaitRefused(request);

            String corrected = RequestApi.uniqueProblemCode();
            RequestApi.post(agent, request, "resubmission", Map.of("problemCode", corrected)).then().statusCode(200);
            workOrders.refuse(logged, UNKNOWN_CODE.formatted(problemCode));
            ConsumerRecord<String, String> again = requests.awaitRecord(TopicProbe.withKey(request)
                    .and(TopicProbe.withHeader("ce_type", "RequestLogged"))
                    .and(r -> r.value().contains(corrected)), ARRIVAL);
            workOrders.refuse(again, "retired-problem-code: The problem code '" + corrected + "' is retired.");

            await().atMost(ARRIVAL).until(() -> "retired-problem-code".equals(
                    RequestApi.get(agent, request).jsonPath().getString("orderRefusal.code")));
            assertEquals(2, RequestApi.history(agent, request).getList("change").stream()
                    .filter("ORDER_REFUSED"::equals).count(), "the redelivered dead letter was absorbed");
        }
    }

    @Test
    void aResubmittedRequestIsLoggedAnewWithItsCorrectedProblemCodeAndFollowsItsOrder() {
        try (TopicProbe requests = TopicProbe.open(REQUESTS); WorkOrderRefusals workOrders = new WorkOrderRefusals();
                EventSender sender = EventSender.open()) {
            String request = loggedAction();
            ConsumerRecord<String, String> logged = loggedEventOf(requests, request);
            workOrders.refuse(logged, UNKNOWN_CODE.formatted(problemCode));
            awaitRefused(request);
            String corrected = RequestApi.uniqueProblemCode();

            RequestApi.post(agent, request, "resubmission", Map.of("problemCode", corrected)).then().statusCode(200)
                    .body("status", equalTo("OPEN"))
                    .body("action.problemCode", equalTo(corrected))
                    .body("orderRefusal", nullValue());

            ConsumerRecord<String, String> relogged = requests.awaitRecord(TopicProbe.withKey(request)
                    .and(TopicProbe.withHeader("ce_type", "RequestLogged"))
                    .and(r -> !TopicProbe.header(r, "ce_id").equals(TopicProbe.header(logged, "ce_id"))), ARRIVAL);
            EventContracts.assertMatchesContract(relogged);
            assertTrue(relogged.value().contains("\"problemCode\":\"" + corrected + "\""), relogged.value());
            assertTrue(relogged.value().contains("\"status\":\"OPEN\""), relogged.value());
            assertNotEquals(TopicProbe.header(logged, "ce_id"), TopicProbe.header(relogged, "ce_id"));
            JsonPath history = RequestApi.history(agent, request);
            assertEquals("RESUBMITTED", history.getString("change[-1]"));
            assertEquals("problem code " + problemCode + " → " + corrected, history.getString("note[-1]"));
            given().auth().oauth2(agent).queryParam("orderRefused", true).queryParam("size", 200)
                    .get(RequestApi.REQUESTS).then().body("items.id", not(hasItem(request)));

            TestOrder.opened(sender, corrected, request).awaitConsumed();
            RequestApi.get(agent, request).then().body("status", equalTo("LINKED"));
        }
    }

    @Test
    void aRefusedLinkTakesTheRequestBackToOpenWithoutTheOrder() {
        UUID finishedOrder = UUID.randomUUID();
        try (TopicProbe requests = TopicProbe.open(REQUESTS); WorkOrderRefusals workOrders = new WorkOrderRefusals()) {
            String request = RequestApi.describedAction(agent, customer, problemCode,
                    RequestApi.place(RequestApi.uniqueCep(), "1481", null));
            RequestApi.post(agent, request, "order-link", Map.of("orderId", finishedOrder.toString()))
                    .then().statusCode(200).body("status", equalTo("LINKED"));
            ConsumerRecord<String, String> linked = requests.awaitRecord(TopicProbe.withKey(request)
                    .and(TopicProbe.withHeader("ce_type", "RequestLinkedToOrder")), ARRIVAL);

            workOrders.refuse(linked, "order-not-open: Order OS-2026-000045 is CLOSED: open a new order for the "
                    + "request instead.");

            awaitRefused(request);
            RequestApi.get(agent, request).then().body("status", equalTo("OPEN")).body("orderId", nullValue())
                    .body("orderRefusal.code", equalTo("order-not-open"));
            assertEquals("LINKED", RequestApi.history(agent, request).getString("fromStatus[-1]"));
            ConsumerRecord<String, String> refused = requests.awaitRecord(TopicProbe.withKey(request)
                    .and(TopicProbe.withHeader("ce_type", "RequestOrderRefused")), ARRIVAL);
            EventContracts.assertMatchesContract(refused);
            assertTrue(refused.value().contains("\"orderId\":\"" + finishedOrder + "\""), refused.value());
            RequestApi.post(agent, request, "resubmission", Map.of("problemCode", problemCode)).then()
                    .statusCode(200);
            assertEquals("problem code " + problemCode, RequestApi.history(agent, request).getString("note[-1]"));
        }
    }

    @Test
    void aRefusalThatNoLongerFitsTheRequestChangesNothing() {
        try (TopicProbe requests = TopicProbe.open(REQUESTS); WorkOrderRefusals workOrders = new WorkOrderRefusals();
                EventSender sender = EventSender.open()) {
            String request = loggedAction();
            ConsumerRecord<String, String> logged = loggedEventOf(requests, request);
            TestOrder.opened(sender, problemCode, request).awaitConsumed();

            workOrders.refuse(logged, "gave up after 5 attempts: java.lang.IllegalStateException: database away");
            workOrders.awaitConsumed(request);

            RequestApi.get(agent, request).then().body("status", equalTo("LINKED")).body("orderRefusal", nullValue());
            assertFalse(RequestApi.history(agent, request).getList("change").contains("ORDER_REFUSED"));
        }
    }

    @Test
    void aRefusalWithoutAProblemTypeIsStillTold() {
        try (TopicProbe requests = TopicProbe.open(REQUESTS); WorkOrderRefusals workOrders = new WorkOrderRefusals()) {
            String request = loggedAction();
            workOrders.refuse(loggedEventOf(requests, request), "payload of RequestLogged violates its schema: x");
            awaitRefused(request);
            RequestApi.get(agent, request).then().body("orderRefusal.code", equalTo("event-not-applied"));
        }
    }

    @Test
    void onlyARefusedOpenActionRequestIsResubmittedWithAValidProblemCodeAndTheCurrentVersion() {
        try (TopicProbe requests = TopicProbe.open(REQUESTS); WorkOrderRefusals workOrders = new WorkOrderRefusals()) {
            String notRefused = loggedAction();
            RequestApi.post(agent, notRefused, "resubmission", Map.of("problemCode", problemCode)).then()
                    .statusCode(409).body("type", equalTo(RequestApi.PROBLEMS + "request-not-refused"));

            String request = loggedAction();
            workOrders.refuse(loggedEventOf(requests, request), UNKNOWN_CODE.formatted(problemCode));
            awaitRefused(request);
            RequestApi.post(agent, request, "resubmission", Map.of("problemCode", "código errado")).then()
                    .statusCode(400).body("violations.field", hasItem("problemCode"));
            RequestApi.post(agent, request, "resubmission", Map.of()).then().statusCode(400)
                    .body("violations.field", hasItem("problemCode"));
            RequestApi.post(agent, request, "resubmission", Map.of("problemCode", problemCode), "\"0\"").then()
                    .statusCode(412);
            RequestApi.post(agent, request, "resubmission", Map.of("problemCode", problemCode), null).then()
                    .statusCode(428);

            String key = UUID.randomUUID().toString();
            String etag = RequestApi.etag(agent, request);
            String first = given().auth().oauth2(agent).header("Idempotency-Key", key).header("If-Match", etag)
                    .contentType("application/json").body(Map.of("problemCode", problemCode))
                    .post(RequestApi.REQUESTS + "/" + request + "/resubmission").then().statusCode(200)
                    .extract().path("version").toString();
            given().auth().oauth2(agent).header("Idempotency-Key", key).header("If-Match", etag)
                    .contentType("application/json").body(Map.of("problemCode", problemCode))
                    .post(RequestApi.REQUESTS + "/" + request + "/resubmission").then().statusCode(200)
                    .header("Idempotent-Replayed", "true").body("version", equalTo(Integer.valueOf(first)));
            RequestApi.post(agent, request, "resubmission", Map.of("problemCode", problemCode)).then()
                    .statusCode(409);
        }
    }

    private String loggedAction() {
        return RequestApi.loggedAction(agent, customer, problemCode,
                RequestApi.place(RequestApi.uniqueCep(), "1481", "apto 52"));
    }

    private static ConsumerRecord<String, String> loggedEventOf(TopicProbe requests, String request) {
        return requests.awaitRecord(TopicProbe.withKey(request).and(TopicProbe.withHeader("ce_type", "RequestLogged")),
                ARRIVAL);
    }

    private void awaitRefused(String request) {
        await().atMost(ARRIVAL).until(() -> RequestApi.get(agent, request).jsonPath().get("orderRefusal") != null);
    }
}
