package dev.servicedesk.workorder.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
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
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The order's statuses move only by the allowed transitions, by whom may make them, and every change is recorded. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OrderLifecycleTest {

    @Inject
    AgroalDataSource dataSource;

    private final String agent = Tokens.of("ana", "agent");
    private final String supervisor = Tokens.of("sofia", "supervisor");
    private final String technician = Tokens.of("tiago", "technician");
    private final String otherTechnician = Tokens.of("otto", "technician");

    @Test
    void aSimpleOrderIsScheduledAssignedWorkedAndItsEventsMatchTheirContracts() {
        try (TopicProbe probe = TopicProbe.open("servicedesk.orders.v1")) {
            String id = OrderApi.opened(agent, TestCatalog.problemCode(TestCatalog.Rules.simple())).getString("id");
            schedule(id);
            assign(id, "tiago");
            OrderApi.get(technician, id).then().statusCode(200).body("status", equalTo("SCHEDULED"))
                    .body("dispatch.technicianId", equalTo("tiago"));
            OrderApi.post(technician, id, "start", null).then().statusCode(200).body("status", equalTo("IN_PROGRESS"))
                    .body("sla.respondedAt", notNullValue());
            OrderApi.post(technician, id, "hold", Map.of("reason", "ACCESS", "note", "Portaria fechada"))
                    .then().statusCode(200).body("status", equalTo("ON_HOLD")).body("sla.paused", equalTo(false));
            OrderApi.post(technician, id, "resumption", null).then().statusCode(200)
                    .body("status", equalTo("IN_PROGRESS"));

            List<ConsumerRecord<String, String>> events = probe.awaitEvents(TopicProbe.withKey(id), 6,
                    Duration.ofSeconds(30));
            assertEquals(List.of("OrderOpened", "OrderScheduled", "OrderAssigned", "OrderStarted", "OrderPutOnHold",
                    "OrderResumed"), events.stream().map(r -> TopicProbe.header(r, "ce_type")).toList());
            events.forEach(EventContracts::assertMatchesContract);
            assertEquals(List.of("0", "1", "2", "3", "4", "5"),
                    events.stream().map(r -> TopicProbe.header(r, "ce_aggregateversion")).toList());
            assertTrue(OrderApi.history(agent, id).getList("change", String.class).containsAll(
                    List.of("OPENED", "SCHEDULED", "ASSIGNED", "STARTED", "PUT_ON_HOLD", "RESUMED")));
        }
    }

    @Test
    void transitionsThatTheLifecycleDoesNotAllowAreRefused() {
        String id = OrderApi.opened(agent, TestCatalog.problemCode(TestCatalog.Rules.simple())).getString("id");
        OrderApi.post(supervisor, id, "start", null).then().statusCode(409)
                .body("type", equalTo(OrderApi.PROBLEMS + "order-transition"));
        OrderApi.post(supervisor, id, "resumption", null).then().statusCode(409);
        OrderApi.post(supervisor, id, "closure", null).then().statusCode(409)
                .body("detail", equalTo("Order " + OrderApi.get(agent, id).path("number") + " cannot go from OPEN to CLOSED."));
        schedule(id);
        OrderApi.post(supervisor, id, "start", null).then().statusCode(409)
                .body("type", equalTo(OrderApi.PROBLEMS + "order-not-assigned"));
    }

    @Test
    void onlyTheAssignedTechnicianOrASupervisorWorksTheOrder() {
        String id = OrderApi.opened(agent, TestCatalog.problemCode(TestCatalog.Rules.simple())).getString("id");
        schedule(id);
        assign(id, "tiago");
        OrderApi.get(otherTechnician, id).then().statusCode(404);
        OrderApi.post(agent, id, "start", null).then().statusCode(403);
        OrderApi.post(technician, id, "start", null).then().statusCode(200);
        assign(id, "otto");
        OrderApi.get(technician, id).then().statusCode(404);
        OrderApi.post(otherTechnician, id, "hold", Map.of("reason", "PARTS")).then().statusCode(200);
        OrderApi.post(supervisor, id, "resumption", null).then().statusCode(200);
        assertTrue(OrderApi.history(agent, id).getList("note", String.class).contains("reassigned from tiago"));
    }

    @Test
    void anOrderThatNeedsAnApprovedEstimateIsNeitherScheduledNorStartedWithoutOne() {
        String id = OrderApi.opened(agent, TestCatalog.problemCode(TestCatalog.Rules.repair())).getString("id");
        OrderApi.post(supervisor, id, "scheduling", visit()).then().statusCode(409)
                .body("type", equalTo(OrderApi.PROBLEMS + "estimate-not-approved"));
        String free = OrderApi.open(agent, Map.of("problemCode", TestCatalog.problemCode(TestCatalog.Rules.repair()),
                "coverage", "CONTRACT")).then().statusCode(201).extract().path("id");
        schedule(free);
    }

    @Test
    void theProductDataIsRequiredBeforeWorkStartsWhenTheProblemCodeSaysSo() {
        String id = OrderApi.opened(agent, TestCatalog.problemCode(TestCatalog.Rules.simple().withProductData()))
                .getString("id");
        schedule(id);
        assign(id, "tiago");
        OrderApi.post(technician, id, "start", null).then().statusCode(409)
                .body("type", equalTo(OrderApi.PROBLEMS + "product-data-required"));
        OrderApi.put(technician, id, "product", Map.of("brand", "Brastemp", "model", "BRM44",
                "serialNumber", "SN-1", "purchaseDate", "2025-03-01")).then().statusCode(200);
        OrderApi.post(technician, id, "start", null).then().statusCode(200);
        JsonPath history = OrderApi.history(agent, id);
        assertTrue(history.getList("field", String.class).contains("product.serialNumber"));
        assertTrue(history.getList("after", String.class).contains("SN-1"));
    }

    @Test
    void everyEditIsRecordedWithItsValueBeforeAndAfter() {
        String id = OrderApi.opened(agent, TestCatalog.problemCode(TestCatalog.Rules.simple())).getString("id");
        OrderApi.put(agent, id, "details", Map.of("priority", "URGENT", "description", "Vazamento"))
                .then().statusCode(200).body("priority", equalTo("URGENT"));
        JsonPath history = OrderApi.history(agent, id);
        List<Map<String, Object>> edits = history.getList("findAll { it.change == 'EDITED' }");
        assertTrue(edits.stream().anyMatch(e -> "priority".equals(e.get("field")) && "NORMAL".equals(e.get("before"))
                && "URGENT".equals(e.get("after")) && "ana".equals(e.get("by"))), edits.toString());
        assertTrue(edits.stream().anyMatch(e -> "description".equals(e.get("field")) && e.get("before") == null
                && "Vazamento".equals(e.get("after"))), edits.toString());
    }

    @Test
    void aStaleOrMissingIfMatchIsRefused() {
        String id = OrderApi.opened(agent, TestCatalog.problemCode(TestCatalog.Rules.simple())).getString("id");
        String stale = OrderApi.etag(agent, id);
        OrderApi.put(agent, id, "details", Map.of("priority", "HIGH")).then().statusCode(200);
        OrderApi.post(supervisor, id, "scheduling", visit(), stale).then().statusCode(412)
                .contentType("application/problem+json");
        OrderApi.post(supervisor, id, "scheduling", visit(), null).then().statusCode(428);
    }

    @Test
    void cancellingNeedsAReasonAndIsPossibleOnlyBeforeCompletion() {
        String id = OrderApi.opened(agent, TestCatalog.problemCode(TestCatalog.Rules.simple())).getString("id");
        OrderApi.post(supervisor, id, "cancellation", Map.of()).then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        OrderApi.post(agent, id, "cancellation", Map.of("reason", "DUPLICATE")).then().statusCode(403);
        OrderApi.post(supervisor, id, "cancellation", Map.of("reason", "DUPLICATE", "note", "Já aberta"))
                .then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo("DUPLICATE"));
        OrderApi.put(agent, id, "details", Map.of("priority", "HIGH")).then().statusCode(409)
                .body("type", equalTo(OrderApi.PROBLEMS + "order-read-only"));
    }

    @Test
    void aHoldForPartsPausesTheResolutionClock() throws SQLException {
        String id = OrderApi.opened(agent, TestCatalog.problemCode(TestCatalog.Rules.simple())).getString("id");
        schedule(id);
        assign(id, "tiago");
        OrderApi.post(technician, id, "start", null).then().statusCode(200);
        Instant due = Instant.parse(OrderApi.post(technician, id, "hold", Map.of("reason", "PARTS")).then()
                .statusCode(200).body("sla.paused", equalTo(true)).extract().path("sla.resolutionDueAt"));
        pausedSinceAnHourAgo(id);
        OrderApi.get(agent, id).then().body("sla.resolutionOverdue", equalTo(false));
        JsonPath resumed = OrderApi.post(technician, id, "resumption", null).then().statusCode(200).extract()
                .jsonPath();
        Instant movedTo = Instant.parse(resumed.getString("sla.resolutionDueAt"));
        long moved = Duration.between(due, movedTo).toSeconds();
        assertTrue(moved >= 3600 && moved < 3700, "moved by " + moved + " s");
        assertTrue(resumed.getLong("sla.pausedSeconds") >= 3600);
    }

    @Test
    void checklistTasksAreTickedByWhoeverWorksTheOrder() {
        String id = OrderApi.opened(agent, TestCatalog.problemCode(TestCatalog.Rules.simple())).getString("id");
        schedule(id);
        assign(id, "tiago");
        OrderApi.put(technician, id, "checklist/0", Map.of("done", true)).then().statusCode(200)
                .body("checklist[0].done", equalTo(true)).body("checklist[0].doneBy", equalTo("tiago"));
        OrderApi.put(technician, id, "checklist/9", Map.of("done", true)).then().statusCode(404);
        assertTrue(OrderApi.history(agent, id).getList("field", String.class).contains("checklist[0]"));
    }

    @Test
    void listsAreFilteredAndATechnicianSeesOnlyItsQueue() {
        String code = TestCatalog.problemCode(TestCatalog.Rules.simple());
        String mine = OrderApi.opened(agent, code).getString("id");
        String other = OrderApi.opened(agent, code).getString("id");
        schedule(mine);
        assign(mine, "tiago");
        given().auth().oauth2(technician).queryParam("problemCode", code)
                .get(OrderApi.ORDERS).then().statusCode(200).body("total", equalTo(1))
                .body("items.id", hasItem(mine));
        given().auth().oauth2(agent).queryParam("problemCode", code)
                .get(OrderApi.ORDERS).then().body("total", equalTo(2)).body("items.id", hasItems(mine, other))
                .body("items[0].id", equalTo(other));
        given().auth().oauth2(agent).queryParams(Map.of("problemCode", code,
                "status", "SCHEDULED")).get(OrderApi.ORDERS).then().body("total", equalTo(1));
        given().auth().oauth2(agent).queryParams(Map.of("problemCode", code,
                "technician", "tiago")).get(OrderApi.ORDERS).then().body("total", equalTo(1));
        given().auth().oauth2(agent).queryParams(Map.of("problemCode", code,
                "overdue", "true")).get(OrderApi.ORDERS).then().body("total", equalTo(0));
        given().auth().oauth2(agent).queryParam("size", 500).get(OrderApi.ORDERS)
                .then().statusCode(400);
    }

    private void schedule(String id) {
        OrderApi.post(supervisor, id, "scheduling", visit()).then().statusCode(200)
                .body("status", equalTo("SCHEDULED"));
    }

    private void assign(String id, String technicianId) {
        OrderApi.post(supervisor, id, "assignment", Map.of("team", "Equipe Sul", "technicianId", technicianId))
                .then().statusCode(200).body("dispatch.technicianId", equalTo(technicianId));
    }

    private static Map<String, String> visit() {
        Instant from = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return Map.of("visitFrom", from.toString(), "visitTo", from.plus(3, ChronoUnit.HOURS).toString());
    }

    private void pausedSinceAnHourAgo(String id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                "UPDATE work_order SET sla_paused_since = now() - interval '1 hour' WHERE id = ?")) {
            update.setObject(1, UUID.fromString(id));
            update.executeUpdate();
        }
    }
}
