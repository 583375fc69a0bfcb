package dev.servicedesk.workorder.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicedesk.platform.testing.EventContracts;
import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.platform.testing.TopicProbe;
import dev.servicedesk.workorder.catalog.TestCatalog;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The SLA clock announces missed targets once each; a new order within a closed order's warranty is a free return. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SlaAndWarrantyTest {

    @Inject
    SlaWatch watch;

    @Inject
    AgroalDataSource dataSource;

    private final String agent = Tokens.of("ana", "agent");

    @Test
    void missedTargetsAreAnnouncedOnceEachAndListedAsOverdue() throws SQLException {
        String code = TestCatalog.problemCode(TestCatalog.Rules.simple());
        String id = OrderApi.opened(agent, code).getString("id");
        try (TopicProbe probe = TopicProbe.open("servicedesk.orders.v1")) {
            execute("UPDATE work_order SET response_due_at = now() - interval '2 hours', "
                    + "resolution_due_at = now() - interval '1 hour' WHERE id = ?", id);

            watch.announceOverdue();
            List<ConsumerRecord<String, String>> overdue = probe.awaitEvents(TopicProbe.withKey(id)
                    .and(TopicProbe.withHeader("ce_type", "OrderOverdue")), 2, Duration.ofSeconds(30));
            overdue.forEach(EventContracts::assertMatchesContract);
            assertTrue(overdue.get(0).value().contains("\"kind\":\"RESPONSE\""), overdue.get(0).value());
            assertTrue(overdue.get(1).value().contains("\"kind\":\"RESOLUTION\""), overdue.get(1).value());

            watch.announceOverdue();
            probe.assertNoRecord(TopicProbe.withKey(id).and(r -> r.offset() > overdue.get(1).offset()),
                    Duration.ofSeconds(2));
        }
        OrderApi.get(agent, id).then().body("sla.responseOverdue", equalTo(true))
                .body("sla.resolutionOverdue", equalTo(true));
        given().auth().oauth2(agent).queryParams(Map.of("problemCode", code, "overdue", true)).get(OrderApi.ORDERS)
                .then().body("total", equalTo(1));
        given().auth().oauth2(agent).get(OrderApi.ORDERS + "/" + id + "/history").then()
                .body("change", hasItem("OVERDUE")).body("by", hasItem("sla-clock"));
    }

    @Test
    void aNewOrderForTheSameProductWithinTheWarrantyIsAFreeReturnLinkedToTheOriginal() throws SQLException {
        String code = TestCatalog.problemCode(TestCatalog.Rules.repair());
        Map<String, Object> product = Map.of("brand", "Brastemp", "model", "BRM44", "serialNumber",
                "SN-" + UUID.randomUUID());
        String original = OrderApi.open(agent, Map.of("problemCode", code, "product", product)).then()
                .statusCode(201).extract().path("id");
        closedDaysAgo(original, 10, 90);

        try (TopicProbe probe = TopicProbe.open("servicedesk.orders.v1")) {
            String ret = OrderApi.open(agent, Map.of("problemCode", code, "product", product)).then().statusCode(201)
                    .body("coverage", equalTo("WARRANTY")).body("warrantyOf", equalTo(original))
                    .body("requires.estimateApproval", equalTo(true)).extract().path("id");
            ConsumerRecord<String, String> opened = probe.awaitRecord(TopicProbe.withKey(ret), Duration.ofSeconds(30));
            assertTrue(opened.value().contains("\"rework\":true"), opened.value());
            assertTrue(opened.value().contains("\"estimateApprovalRequired\":false"), opened.value());
        }
        String otherProduct = OrderApi.open(agent, Map.of("problemCode", code, "product",
                Map.of("serialNumber", "SN-" + UUID.randomUUID()))).then().statusCode(201).extract().path("coverage");
        assertEquals("CHARGEABLE", otherProduct);
    }

    @Test
    void aReturnAfterTheWarrantyEndedIsChargeable() throws SQLException {
        String code = TestCatalog.problemCode(TestCatalog.Rules.simple());
        UUID customer = UUID.randomUUID();
        String original = OrderApi.open(agent, Map.of("problemCode", code, "customerId", customer.toString()))
                .then().statusCode(201).extract().path("id");
        closedDaysAgo(original, 40, 30);
        OrderApi.open(agent, Map.of("problemCode", code, "customerId", customer.toString())).then().statusCode(201)
                .body("coverage", equalTo("CHARGEABLE"));
    }

    private void closedDaysAgo(String id, int days, int warrantyDays) throws SQLException {
        execute("UPDATE work_order SET status = 'CLOSED', completed_at = now() - make_interval(days => " + days
                + "), closed_at = now() - make_interval(days => " + days + "), warranty_until = now() - make_interval("
                + "days => " + days + ") + make_interval(days => " + warrantyDays + ") WHERE id = ?", id);
    }

    private void execute(String sql, String id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, UUID.fromString(id));
            update.executeUpdate();
        }
    }
}
