package dev.servicedesk.workorder.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicedesk.platform.testing.EventContracts;
import dev.servicedesk.platform.testing.EventSender;
import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.platform.testing.TopicProbe;
import dev.servicedesk.workorder.catalog.TestCatalog;
import dev.servicedesk.workorder.order.OrderApi;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Intake's action requests open orders, or join the order the agent names; what can never be applied is told. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OrdersFromRequestsTest {

    private static final String REQUESTS = "servicedesk.requests.v1";
    private static final String DEAD_LETTERS = "servicedesk.requests.v1.dlq.workorder-service";
    private static final String INTAKE = "/servicedesk/intake-service";
    private static final AtomicLong PROTOCOLS = new AtomicLong(System.nanoTime() % 900_000);

    private final String agent = Tokens.of("ana", "agent");

    @Test
    void theConsumersRecordsReadWhatIntakePromises() {
        EventContracts.assertReadableBy(RequestLogged.class, "contracts/intake-service");
        EventContracts.assertReadableBy(RequestLinkedToOrder.class, "contracts/intake-service");
    }

    @Test
    void aRequestWhoseOrderWasCancelledIsServedByANewOrderWhenResubmitted() {
        String code = TestCatalog.problemCode(TestCatalog.Rules.simple());
        UUID request = UUID.randomUUID();
        String logged = actionLogged(request, protocol(), code, UUID.randomUUID(), null);
        try (EventSender sender = EventSender.open()) {
            sender.send(REQUESTS, INTAKE, "RequestLogged", request.toString(), 1, logged);
            String first = awaitOrders(code, 1).getString("items[0].id");
            OrderApi.post(Tokens.forRole("supervisor"), first, "cancellation", Map.of("reason", "OTHER"))
                    .then().statusCode(200);
            sender.send(REQUESTS, INTAKE, "RequestLogged", request.toString(), 3, logged);
        }
        JsonPath orders = awaitOrders(code, 2);
        assertEquals(List.of("OPEN", "CANCELLED"), orders.getList("items.status"));
        given().auth().oauth2(agent).queryParam("requestId", request.toString()).get(OrderApi.ORDERS).then()
                .body("total", equalTo(2));
    }

    @Test
    void anActionRequestDeliveredThreeTimesOpensOneOrder() {
        String code = TestCatalog.problemCode(TestCatalog.Rules.simple());
        UUID request = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        String protocol = protocol();
        UUID eventId = UUID.randomUUID();
        try (EventSender sender = EventSender.open()) {
            String logged = actionLogged(request, protocol, code, customer, "partner-acme");
            sender.send(REQUESTS, eventId, INTAKE, "RequestLogged", request.toString(), 1, logged);
            sender.send(REQUESTS, eventId, INTAKE, "RequestLogged", request.toString(), 1, logged);
            sender.send(REQUESTS, INTAKE, "RequestLogged", request.toString(), 1, logged);
        }
        JsonPath order = awaitOrders(code, 1);
        assertEquals("REQUEST", order.getString("items[0].origin"));
        assertEquals(customer.toString(), order.getString("items[0].customerId"));
        assertEquals(protocol, order.getString("items[0].requests[0].protocol"));
        assertEquals("São Paulo", order.getString("items[0].placeCity"));
        assertEquals("BRM44", order.getString("items[0].product.model"));
        Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> total(code) == 1);
        String id = order.getString("items[0].id");
        given().auth().oauth2(agent).queryParam("requestId", request.toString()).get(OrderApi.ORDERS).then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
        given().auth().oauth2(Tokens.partner("partner-acme")).get(OrderApi.ORDERS + "/" + id).then()
                .statusCode(200).body("status", equalTo("OPEN")).body("requests[0].protocol", equalTo(protocol));
        given().auth().oauth2(Tokens.partner("partner-bravo")).get(OrderApi.ORDERS + "/" + id).then()
                .statusCode(404);
    }

    @Test
    void requestsThatAreNotNewActionsOpenNothing() {
        String code = TestCatalog.problemCode(TestCatalog.Rules.simple());
        try (EventSender sender = EventSender.open()) {
            UUID information = UUID.randomUUID();
            sender.send(REQUESTS, INTAKE, "RequestLogged", information.toString(), 1, """
                    {"requestId":"%s","protocol":"%s","type":"INFORMATION","status":"ANSWERED","channel":"PHONE",
                     "problemCode":"%s","openedAt":"2026-11-23T10:00:00Z","dueAt":"2026-11-30T10:00:00Z",
                     "version":1,"occurredAt":"2026-11-23T10:01:00Z"}""".formatted(information, protocol(), code));
            UUID linked = UUID.randomUUID();
            sender.send(REQUESTS, INTAKE, "RequestLogged", linked.toString(), 1,
                    actionLogged(linked, protocol(), code, UUID.randomUUID(), null).replace("\"OPEN\"", "\"LINKED\""));
            UUID marker = UUID.randomUUID();
            sender.send(REQUESTS, INTAKE, "RequestLogged", marker.toString(), 1,
                    actionLogged(marker, protocol(), code, UUID.randomUUID(), null));
        }
        JsonPath orders = awaitOrders(code, 1);
        assertEquals(1, orders.getList("items").size());
    }

    @Test
    void aRequestLinkedByTheAgentJoinsItsOrderOnce() {
        String code = TestCatalog.problemCode(TestCatalog.Rules.simple());
        String orderId = OrderApi.opened(agent, code).getString("id");
        UUID request = UUID.randomUUID();
        String protocol = protocol();
        UUID eventId = UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.open("servicedesk.orders.v1"); EventSender sender = EventSender.open()) {
            String linked = """
                    {"requestId":"%s","protocol":"%s","orderId":"%s","problemCode":"%s","partnerId":"partner-acme",
                     "version":2,"occurredAt":"2026-11-23T10:05:00Z"}""".formatted(request, protocol, orderId, code);
            sender.send(REQUESTS, eventId, INTAKE, "RequestLinkedToOrder", request.toString(), 2, linked);
            sender.send(REQUESTS, eventId, INTAKE, "RequestLinkedToOrder", request.toString(), 2, linked);
            ConsumerRecord<String, String> attached = probe.awaitRecord(TopicProbe.withKey(orderId)
                    .and(TopicProbe.withHeader("ce_type", "RequestAttached")), Duration.ofSeconds(30));
            EventContracts.assertMatchesContract(attached);
            // The order's own OrderOpened may reach the topic after the probe opened: only a second attachment counts.
            probe.assertNoRecord(TopicProbe.withKey(orderId).and(TopicProbe.withHeader("ce_type", "RequestAttached"))
                    .and(r -> r.offset() != attached.offset()), Duration.ofSeconds(2));
        }
        OrderApi.get(agent, orderId).then().body("requests.protocol", hasItems(protocol));
        given().auth().oauth2(Tokens.partner("partner-acme")).get(OrderApi.ORDERS + "/" + orderId).then()
                .statusCode(200);
    }

    @Test
    void aRequestForAnUnknownOrRetiredProblemCodeGoesToTheDeadLettersWithTheReason() {
        String retired = TestCatalog.problemCode(TestCatalog.Rules.simple());
        TestCatalog.retire(retired);
        UUID unknown = UUID.randomUUID();
        UUID old = UUID.randomUUID();
        try (TopicProbe deadLetters = TopicProbe.open(DEAD_LETTERS); EventSender sender = EventSender.open()) {
            sender.send(REQUESTS, INTAKE, "RequestLogged", unknown.toString(), 1,
                    actionLogged(unknown, protocol(), "NAO-EXISTE", UUID.randomUUID(), null));
            sender.send(REQUESTS, INTAKE, "RequestLogged", old.toString(), 1,
                    actionLogged(old, protocol(), retired, UUID.randomUUID(), null));
            ConsumerRecord<String, String> first = deadLetters.awaitRecord(TopicProbe.withKey(unknown.toString()),
                    Duration.ofSeconds(30));
            assertTrue(TopicProbe.header(first, "dead-letter-reason").contains("unknown-problem-code"),
                    TopicProbe.header(first, "dead-letter-reason"));
            assertEquals("RequestLogged", TopicProbe.header(first, "ce_type"));
            ConsumerRecord<String, String> second = deadLetters.awaitRecord(TopicProbe.withKey(old.toString()),
                    Duration.ofSeconds(30));
            assertTrue(TopicProbe.header(second, "dead-letter-reason").contains("retired-problem-code"));
        }
        assertEquals(0, total(retired));
    }

    @Test
    void aRequestLinkedToAnUnknownOrderGoesToTheDeadLetters() {
        UUID request = UUID.randomUUID();
        try (TopicProbe deadLetters = TopicProbe.open(DEAD_LETTERS); EventSender sender = EventSender.open()) {
            sender.send(REQUESTS, INTAKE, "RequestLinkedToOrder", request.toString(), 2, """
                    {"requestId":"%s","protocol":"%s","orderId":"%s","problemCode":"X","version":2,
                     "occurredAt":"2026-11-23T10:05:00Z"}""".formatted(request, protocol(), UUID.randomUUID()));
            ConsumerRecord<String, String> dead = deadLetters.awaitRecord(TopicProbe.withKey(request.toString()),
                    Duration.ofSeconds(30));
            assertTrue(TopicProbe.header(dead, "dead-letter-reason").contains("not-found"),
                    TopicProbe.header(dead, "dead-letter-reason"));
        }
    }

    private static String actionLogged(UUID request, String protocol, String code, UUID customer, String partner) {
        return """
                {"requestId":"%s","protocol":"%s","type":"ACTION","status":"OPEN","channel":"PHONE",
                 "problemCode":"%s","customerId":"%s","placeCity":"São Paulo","placeState":"SP",
                 "productModel":"BRM44","articleIds":[],%s"openedAt":"2026-11-23T10:00:00Z",
                 "dueAt":"2026-11-30T10:00:00Z","version":1,"occurredAt":"%s"}"""
                .formatted(request, protocol, code, customer, partner == null ? "" : "\"partnerId\":\"" + partner + "\",",
                        Instant.now());
    }

    private static String protocol() {
        return "20261123-%06d-0".formatted(PROTOCOLS.incrementAndGet() % 1_000_000);
    }

    private JsonPath awaitOrders(String code, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> total(code) >= count);
        return given().auth().oauth2(agent).queryParam("problemCode", code).get(OrderApi.ORDERS).then()
                .statusCode(200).extract().jsonPath();
    }

    private int total(String code) {
        return given().auth().oauth2(agent).queryParam("problemCode", code).get(OrderApi.ORDERS).then()
                .statusCode(200).extract().path("total");
    }
}
