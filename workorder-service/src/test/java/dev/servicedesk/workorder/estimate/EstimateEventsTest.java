package dev.servicedesk.workorder.estimate;

import static dev.servicedesk.workorder.estimate.EstimateApi.COMPLETE;
import static dev.servicedesk.workorder.estimate.EstimateApi.TYPED_SIGNATURE;
import static dev.servicedesk.workorder.estimate.EstimateApi.act;
import static dev.servicedesk.workorder.estimate.EstimateApi.draft;
import static dev.servicedesk.workorder.estimate.EstimateApi.openOrder;
import static dev.servicedesk.workorder.estimate.EstimateApi.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.servicedesk.platform.testing.EventContracts;
import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.platform.testing.TopicProbe;
import dev.servicedesk.workorder.catalog.TestCatalog;
import dev.servicedesk.workorder.order.OrderApi;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Estimates are order events on servicedesk.orders.v1, keyed by the order, in order with the order's other events;
 * what reaches the topic matches the contract and carries amounts and codes, never the customer's name, document or
 * words.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class EstimateEventsTest {

    private static final String TOPIC = "servicedesk.orders.v1";
    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    private final String agent = Tokens.of("ana", "agent");

    @Test
    void issuingReceivingAndApprovingPublishTheirEventsAsPromised() {
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            String orderId = openOrder(agent, TestCatalog.Rules.repair());
            draft(agent, orderId, COMPLETE).then().statusCode(201);
            Instant issuedAt = Instant.parse(act(agent, orderId, 1, "issue", null).then().statusCode(200).extract()
                    .path("issuedAt"));
            String afterIssue = orderVersion(orderId);
            Instant receivedAt = issuedAt.plusMillis(1);
            act(agent, orderId, 1, "receipt", "{\"receivedAt\": \"" + receivedAt + "\"}").then().statusCode(200);
            String afterReceipt = orderVersion(orderId);
            String signatureId = act(agent, orderId, 1, "approval", TYPED_SIGNATURE).then().statusCode(200)
                    .extract().path("approval.signatureId");
            String afterApproval = orderVersion(orderId);

            ConsumerRecord<String, String> issued = awaitEvent(probe, orderId, "EstimateIssued");
            ConsumerRecord<String, String> received = awaitEvent(probe, orderId, "EstimateReceived");
            ConsumerRecord<String, String> approved = awaitEvent(probe, orderId, "EstimateApproved");
            List.of(issued, received, approved).forEach(EventContracts::assertMatchesContract);

            assertEquals(afterIssue, TopicProbe.header(issued, "ce_aggregateversion"));
            assertEquals(afterReceipt, TopicProbe.header(received, "ce_aggregateversion"));
            assertEquals(afterApproval, TopicProbe.header(approved, "ce_aggregateversion"));

            JsonPath issuedValue = valueOf(issued);
            assertEquals("AWAITING_APPROVAL", issuedValue.getString("status"));
            assertEquals(1, issuedValue.getInt("estimateVersion"));
            assertEquals(new BigDecimal("120.00"), issuedValue.get("labourTotal"));
            assertEquals(new BigDecimal("89.90"), issuedValue.get("partsTotal"));
            assertEquals(new BigDecimal("0.12"), issuedValue.get("equipmentTotal"));
            assertEquals(new BigDecimal("9.90"), issuedValue.get("discount"));
            assertEquals(new BigDecimal("200.12"), issuedValue.get("grandTotal"));
            assertEquals("BRL", issuedValue.getString("currency"));
            assertEquals("CARD", issuedValue.getString("paymentMethod"));
            assertEquals(2, issuedValue.getInt("instalments"));
            assertEquals(3, issuedValue.getInt("lineCount"));
            assertEquals(1, issuedValue.getInt("thirdPartyLineCount"));
            assertEquals(today().plusDays(10).toString(), issuedValue.getString("validUntil"));
            assertFalse(issued.value().contains("Resistência"), "no line descriptions in events: " + issued.value());

            assertEquals(receivedAt.toString(), valueOf(received).getString("receivedAt"));

            JsonPath approvedValue = valueOf(approved);
            assertEquals("APPROVED", approvedValue.getString("status"));
            assertEquals(new BigDecimal("200.12"), approvedValue.get("grandTotal"));
            assertEquals(signatureId, approvedValue.getString("signatureId"));
            assertEquals("TYPED", approvedValue.getString("signatureMethod"));
            assertFalse(approved.value().contains("Maria"), "no signer's name in events: " + approved.value());
            assertFalse(approved.value().contains("123.456.789-09") || approved.value().contains("12345678909"),
                    "no signer's document in events: " + approved.value());
        }
    }

    @Test
    void aRejectionPublishesItsReasonCodeButNotTheCustomersWords() {
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            String orderId = openOrder(agent, TestCatalog.Rules.repair());
            draft(agent, orderId, COMPLETE).then().statusCode(201);
            act(agent, orderId, 1, "issue", null).then().statusCode(200);
            act(agent, orderId, 1, "rejection", "{\"reason\": \"DEADLINE\", \"note\": \"Precisa para sábado.\"}")
                    .then().statusCode(200);

            ConsumerRecord<String, String> rejected = awaitEvent(probe, orderId, "EstimateRejected");
            EventContracts.assertMatchesContract(rejected);
            assertEquals(orderVersion(orderId), TopicProbe.header(rejected, "ce_aggregateversion"));
            assertEquals("DEADLINE", valueOf(rejected).getString("reason"));
            assertEquals("OPEN", valueOf(rejected).getString("status"));
            assertFalse(rejected.value().contains("sábado"), rejected.value());
        }
    }

    @Test
    void aFreeServicesEstimateIsPublishedWithoutPaymentConditions() {
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            String orderId = openOrder(agent, TestCatalog.problemCode(TestCatalog.Rules.repair()), "CONTRACT");
            draft(agent, orderId, "{\"workStart\": \"%s\", \"workEnd\": \"%s\"}".formatted(today(), today()))
                    .then().statusCode(201);
            act(agent, orderId, 1, "issue", null).then().statusCode(200);

            ConsumerRecord<String, String> issued = awaitEvent(probe, orderId, "EstimateIssued");
            EventContracts.assertMatchesContract(issued);
            assertEquals(true, valueOf(issued).getBoolean("free"));
            assertEquals(new BigDecimal("0.00"), valueOf(issued).get("grandTotal"));
            assertFalse(issued.value().contains("paymentMethod"), issued.value());
        }
    }

    private String orderVersion(String orderId) {
        return OrderApi.get(agent, orderId).header("ETag").replace("\"", "");
    }

    private static ConsumerRecord<String, String> awaitEvent(TopicProbe probe, String orderId, String type) {
        return probe.awaitRecord(record -> orderId.equals(record.key())
                && type.equals(TopicProbe.header(record, "ce_type")), ARRIVAL);
    }

    private static JsonPath valueOf(ConsumerRecord<String, String> record) {
        return JsonPath.from(record.value())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }
}
