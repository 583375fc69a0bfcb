package dev.servicedesk.workorder.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.servicedesk.platform.testing.EventContracts;
import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.platform.testing.TopicProbe;
import dev.servicedesk.workorder.catalog.Goods;
import dev.servicedesk.workorder.catalog.TestCatalog;
import dev.servicedesk.workorder.part.OrdersAtWork;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** OrderCompleted and OrderRated, read from the real topic: as their contracts promise, and free of personal data. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ServiceReportEventsTest {

    private static final String ORDERS_TOPIC = "servicedesk.orders.v1";
    private static final Duration WITHIN = Duration.ofSeconds(30);

    private final String agent = Tokens.of("ana", "agent");
    private final String technician = Tokens.of("tiago", "technician");
    private final String supervisor = Tokens.of("sofia", "supervisor");

    private static Predicate<ConsumerRecord<String, String>> event(UUID orderId, String type) {
        return TopicProbe.withKey(orderId.toString()).and(r -> type.equals(TopicProbe.header(r, "ce_type")));
    }

    private String usePart(UUID id, String provenance, String unitCost) {
        return OrdersAtWork.post(technician, id, "parts/used", Map.of("partNumber", "TS-220", "description",
                "Termostato da Maria", "quantity", BigDecimal.ONE, "unitCost", new BigDecimal(unitCost),
                "provenance", provenance)).then().statusCode(201).extract().path("id");
    }

    @Test
    void completionPublishesOrderCompletedAsPromisedWithoutPersonalData() {
        UUID id = OrdersAtWork.inProgress(TestCatalog.problemCode(new TestCatalog.Rules(false, true, false,
                Goods.DURABLE, 24, 72)), "tiago", OrdersAtWork.Opening.anyCustomer().withEstimate("300.00"));
        usePart(id, "NEW_ORIGINAL", "100.00");
        String reconditioned = usePart(id, "RECONDITIONED", "51.00");
        OrdersAtWork.post(agent, id, "parts/used/" + reconditioned + "/authorisation",
                Map.of("customerName", "Maria da Conceição Souza", "method", "RECORDED_CALL")).then().statusCode(200);
        OrdersAtWork.post(technician, id, "parts/removed", Map.of("partNumber", "TS-OLD", "description",
                "Termostato queimado", "quantity", 1, "disposal", "KEPT_BY_CUSTOMER")).then().statusCode(201);
        Map<String, Object> report = ServiceReports.with(ServiceReports.signed(ServiceReports.report()), "costs",
                Map.of("labour", new BigDecimal("150.00"), "equipment", new BigDecimal("20.00"),
                        "discount", new BigDecimal("11.00")));

        try (TopicProbe probe = TopicProbe.open(ORDERS_TOPIC)) {
            String etag = OrdersAtWork.post(technician, id, "completion", ServiceReports.with(report, "rating", 9))
                    .then().statusCode(201).extract().header("ETag");

            ConsumerRecord<String, String> completed = probe.awaitRecord(event(id, "OrderCompleted"), WITHIN);
            EventContracts.assertMatchesContract(completed);
            JsonPath value = JsonPath.from(completed.value());
            assertEquals(etag.replace("\"", ""), TopicProbe.header(completed, "ce_aggregateversion"));
            assertEquals("COMPLETED", value.getString("status"));
            assertEquals("tiago", value.getString("technicianId"));
            assertEquals("WEAR", value.getString("causeCategory"));
            assertEquals(Map.of("NEW_ORIGINAL", 1, "NEW_COMPATIBLE", 0, "RECONDITIONED", 1, "USED", 0),
                    value.getMap("partsUsed"));
            assertEquals(1, value.getInt("defectiveParts"));
            assertEquals(new BigDecimal("310.00"), new BigDecimal(value.getString("amounts.total")).setScale(2));
            assertEquals(new BigDecimal("151.00"), new BigDecimal(value.getString("amounts.parts")).setScale(2));
            assertEquals(new BigDecimal("300.00"), new BigDecimal(value.getString("amounts.estimatedTotal")).setScale(2));
            assertEquals("BRL", value.getString("amounts.currency"));
            assertEquals(9, value.getInt("rating"));
            assertEquals(true, value.getBoolean("acceptanceSigned"));
            assertEquals(false, value.getBoolean("recurring"));
            assertEquals(false, value.getBoolean("rework"));
            assertEquals(true, value.getBoolean("responseOnTime"));
            assertEquals(true, value.getBoolean("resolutionOnTime"));
            for (String personal : List.of("Maria", "123.456.789-09", "12345678909", "Termostato", "Substituição",
                    "grade traseira", ServiceReports.PNG_BASE64)) {
                assertFalse(completed.value().contains(personal), () -> "OrderCompleted carries '" + personal + "'");
            }
        }
    }

    @Test
    void ratingsAfterCompletionPublishOrderRatedAsPromised() {
        UUID id = OrdersAtWork.inProgress(TestCatalog.problemCode(TestCatalog.Rules.simple()), "tiago");
        OrdersAtWork.post(technician, id, "completion", ServiceReports.report()).then().statusCode(201);

        try (TopicProbe probe = TopicProbe.open(ORDERS_TOPIC)) {
            OrdersAtWork.put(agent, id, "rating", Map.of("rating", 6)).then().statusCode(200);
            String etag = OrdersAtWork.put(supervisor, id, "rating", Map.of("rating", 8)).then().statusCode(200)
                    .extract().header("ETag");

            List<ConsumerRecord<String, String>> rated = probe.awaitEvents(event(id, "OrderRated"), 2, WITHIN);
            rated.forEach(EventContracts::assertMatchesContract);
            JsonPath first = JsonPath.from(rated.get(0).value());
            JsonPath correction = JsonPath.from(rated.get(1).value());
            assertEquals(6, first.getInt("rating"));
            assertNull(first.get("previousRating"));
            assertEquals(8, correction.getInt("rating"));
            assertEquals(6, correction.getInt("previousRating"));
            assertEquals(etag.replace("\"", ""), TopicProbe.header(rated.get(1), "ce_aggregateversion"));
        }
    }
}
