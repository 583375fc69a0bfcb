package dev.servicedesk.intake.messaging;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Requests follow the work orders that answer them: linked when an order opens for them or takes them in, resolved
 * when it closes, open again when it is cancelled; each event applied once.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class FollowingOrdersTest {

    private static final String REQUESTS = "servicedesk.requests.v1";
    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    private final String agent = Tokens.of("ana", "agent");
    private String customer;
    private String problemCode;
    private Map<String, Object> place;

    @BeforeEach
    void aCustomerWithAProblem() {
        customer = TestCustomers.registeredPerson(agent);
        problemCode = RequestApi.uniqueProblemCode();
        place = RequestApi.place(RequestApi.uniqueCep(), "1481", "apto 52");
    }

    @Test
    void anOrderOpenedForAnActionRequestLinksIt() {
        String request = loggedAction();
        try (EventSender sender = EventSender.open()) {
            TestOrder order = TestOrder.opened(sender, problemCode, request);

            awaitStatus(request, "LINKED");
            RequestApi.get(agent, request).then().body("orderId", equalTo(order.id()));
            JsonPath history = RequestApi.history(agent, request);
            assertEquals("LINKED_TO_ORDER", history.getString("change[-1]"));
            assertEquals("order " + order.number() + " opened", history.getString("note[-1]"));
            assertEquals("workorder-service", history.getString("by[-1]"));
            assertEquals("OPEN", history.getString("fromStatus[-1]"));
        }
    }

    @Test
    void aRequestAttachedToAnOrderIsLinkedAndOneAlreadyLinkedIsLeftAlone() {
        String first = loggedAction();
        String second = loggedAction();
        try (EventSender sender = EventSender.open()) {
            TestOrder order = TestOrder.opened(sender, problemCode, first);
            String joined = RequestApi.describedAction(agent, customer, problemCode, place);
            RequestApi.post(agent, joined, "order-link", Map.of("orderId", order.id())).then().statusCode(200)
                    .body("status", equalTo("LINKED"));
            int joinedHistory = RequestApi.history(agent, joined).getList("change").size();

            order.attach(joined);
            order.attach(second);

            awaitStatus(second, "LINKED");
            assertEquals("order " + order.number() + " attached", RequestApi.history(agent, second).getString("note[-1]"));
            assertEquals(joinedHistory, RequestApi.history(agent, joined).getList("change").size(),
                    "a request already linked to the order by the agent is left as it is");
            awaitStatus(first, "LINKED");
        }
    }

    @Test
    void closingTheOrderResolvesEveryRequestItAnswers() {
        String first = loggedAction();
        String second = loggedAction();
        try (EventSender sender = EventSender.open(); TopicProbe probe = TopicProbe.open(REQUESTS)) {
            TestOrder order = TestOrder.opened(sender, problemCode, first);
            order.attach(second);
            awaitStatus(second, "LINKED");

            order.close();

            for (String request : List.of(first, second)) {
                awaitStatus(request, "RESOLVED");
                JsonPath history = RequestApi.history(agent, request);
                assertEquals("RESOLVED", history.getString("change[-1]"));
                assertEquals("order " + order.number() + " closed", history.getString("note[-1]"));
                ConsumerRecord<String, String> resolved = probe.awaitRecord(TopicProbe.withKey(request)
                        .and(TopicProbe.withHeader("ce_type", "RequestResolved")), ARRIVAL);
                EventContracts.assertMatchesContract(resolved);
                assertTrue(resolved.value().contains("\"orderNumber\":\"" + order.number() + "\""), resolved.value());
            }
            RequestApi.post(agent, first, "closure", null).then().statusCode(200).body("status", equalTo("CLOSED"));
        }
    }

    @Test
    void cancellingTheOrderReopensItsRequestsWithoutAnOrder() {
        String request = loggedAction();
        try (EventSender sender = EventSender.open(); TopicProbe probe = TopicProbe.open(REQUESTS)) {
            TestOrder order = TestOrder.opened(sender, problemCode, request);
            awaitStatus(request, "LINKED");

            order.cancel("DUPLICATE");

            awaitStatus(request, "OPEN");
            RequestApi.get(agent, request).then().body("orderId", nullValue());
            JsonPath history = RequestApi.history(agent, request);
            assertEquals("REOPENED", history.getString("change[-1]"));
            assertEquals("order " + order.number() + " cancelled (DUPLICATE)", history.getString("note[-1]"));
            ConsumerRecord<String, String> reopened = probe.awaitRecord(TopicProbe.withKey(request)
                    .and(TopicProbe.withHeader("ce_type", "RequestReopened")), ARRIVAL);
            EventContracts.assertMatchesContract(reopened);
            assertTrue(reopened.value().contains("\"reason\":\"DUPLICATE\""), reopened.value());
        }
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        String request = loggedAction();
        try (EventSender sender = EventSender.open(); TopicProbe probe = TopicProbe.open(REQUESTS)) {
            TestOrder order = TestOrder.opened(sender, problemCode, request);
            UUID closed = order.close();
            order.redeliver(closed);
            order.redeliver(closed);
            order.awaitConsumed();

            RequestApi.get(agent, request).then().body("status", equalTo("RESOLVED"));
            assertEquals(1, changes(request, "RESOLVED"));
            probe.awaitRecord(TopicProbe.withKey(request).and(TopicProbe.withHeader("ce_type", "RequestResolved")),
                    ARRIVAL);
        }
    }

    @Test
    void aReplayOfAnOrdersOlderEventsChangesNothing() {
        String request = loggedAction();
        try (EventSender sender = EventSender.open()) {
            TestOrder order = TestOrder.opened(sender, problemCode, request);
            order.cancel("CUSTOMER_WITHDREW");
            order.awaitConsumed();
            RequestApi.get(agent, request).then().body("status", equalTo("OPEN"));

            order.replayAll();
            order.awaitConsumed();

            RequestApi.get(agent, request).then().body("status", equalTo("OPEN")).body("orderId", nullValue());
            assertEquals(1, changes(request, "LINKED_TO_ORDER"));
            assertEquals(1, changes(request, "REOPENED"));
        }
    }

    @Test
    void anUnknownOrderEventGoesToTheDeadLettersAndTheKnownOnesNotNeededAreIgnored() {
        String key = UUID.randomUUID().toString();
        try (EventSender sender = EventSender.open();
                TopicProbe deadLetters = TopicProbe.open(TestOrder.DEAD_LETTERS)) {
            sender.send(TestOrder.TOPIC, "/servicedesk/workorder-service", "OrderOverdue", key, 3, "{}");
            sender.send(TestOrder.TOPIC, "/servicedesk/workorder-service", "OrderVanished", key, 4, "{}");

            ConsumerRecord<String, String> dead = deadLetters.awaitRecord(TopicProbe.withKey(key), ARRIVAL);
            assertEquals("OrderVanished", TopicProbe.header(dead, "ce_type"));
            assertTrue(TopicProbe.header(dead, "dead-letter-reason").contains("unknown event type 'OrderVanished'"));
            deadLetters.assertNoRecord(TopicProbe.withKey(key).and(TopicProbe.withHeader("ce_type", "OrderOverdue")),
                    Duration.ofSeconds(1));
        }
    }

    private long changes(String request, String change) {
        return RequestApi.history(agent, request).getList("change").stream().filter(change::equals).count();
    }

    private String loggedAction() {
        return RequestApi.loggedAction(agent, customer, problemCode, place);
    }

    private void awaitStatus(String request, String status) {
        await().atMost(ARRIVAL).until(() -> status.equals(RequestApi.get(agent, request).jsonPath().getString("status")));
    }
}
