package dev.servicedesk.workorder.part;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.workorder.catalog.TestCatalog;
import dev.servicedesk.workorder.order.OrderApi;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Parts on an order (CDC art. 21 and 70): the kit planned at opening, the parts used with their cost and provenance,
 * the customer's authorisation of any part that is not new and original, the defective parts removed; each change in
 * the order's history and under its ETag.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PartsTest {

    private final String agent = Tokens.of("ana", "agent");
    private final String technician = Tokens.of("tiago", "technician");
    private final String otherTechnician = Tokens.of("otto", "technician");
    private final String analyst = Tokens.of("alice", "analyst");

    private static Map<String, Object> used(String partNumber, String quantity, String unitCost, String provenance) {
        return Map.of("partNumber", partNumber, "description", "Termostato 220 V", "quantity", new BigDecimal(quantity),
                "unitCost", new BigDecimal(unitCost), "provenance", provenance);
    }

    private static Map<String, Object> consent(String method) {
        return Map.of("customerName", "Maria da Conceição Souza", "method", method, "reference", "ligação 0800 #4471");
    }

    private UUID orderInProgress() {
        return OrdersAtWork.inProgress(TestCatalog.problemCode(TestCatalog.Rules.simple()), "tiago");
    }

    @Test
    void theProblemCodesKitIsPlannedWhenTheOrderOpens() {
        UUID id = UUID.fromString(given().auth().oauth2(agent).contentType("application/json")
                .body(Map.of("problemCode", TestCatalog.problemCode(TestCatalog.Rules.simple())))
                .post(OrderApi.ORDERS).then().statusCode(201).header("ETag", "\"0\"").extract().path("id"));

        OrdersAtWork.get(agent, id, "parts").then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("planned", hasSize(1))
                .body("planned[0].partNumber", equalTo("P-100"))
                .body("planned[0].description", equalTo("Resistência 220 V"))
                .body("planned[0].quantity", equalTo(1.0f))
                .body("used", empty())
                .body("removed", empty())
                .body("usedCost", equalTo(0.0f))
                .body("currency", equalTo("BRL"));
    }

    @Test
    void aTechnicianRecordsAPartUsedWithItsCostAndTheOrderMovesToANewVersion() {
        UUID id = orderInProgress();
        String before = OrdersAtWork.etag(technician, id);

        String location = OrdersAtWork.post(technician, id, "parts/used", used("TS-220", "2", "45.5", "NEW_ORIGINAL"),
                before).then().statusCode(201)
                .body("partNumber", equalTo("TS-220"))
                .body("quantity", equalTo(2.0f))
                .body("unitCost", equalTo(45.5f))
                .body("lineTotal", equalTo(91.0f))
                .body("provenance", equalTo("NEW_ORIGINAL"))
                .body("awaitsAuthorisation", equalTo(false))
                .body("recordedBy", equalTo("tiago"))
                .extract().header("Location");

        String after = OrdersAtWork.etag(technician, id);
        assertEquals("\"" + (Long.parseLong(before.replace("\"", "")) + 1) + "\"", after);
        given().auth().oauth2(agent).get(location).then().statusCode(200).header("ETag", after)
                .body("partNumber", equalTo("TS-220"));
        OrdersAtWork.get(agent, id, "parts").then().statusCode(200)
                .body("used", hasSize(1)).body("usedCost", equalTo(91.0f)).body("awaitingAuthorisation", equalTo(false));
        OrdersAtWork.history(agent, id).then().statusCode(200)
                .body("findAll { it.change == 'PART_RECORDED' }.note",
                        hasItem("used part TS-220 (2.000 × R$ 45.50, NEW_ORIGINAL) recorded"))
                .body("findAll { it.change == 'PART_RECORDED' }.by", hasItem("tiago"));
    }

    @Test
    void aPartThatIsNotNewAndOriginalWaitsForTheCustomersAuthorisation() {
        UUID id = orderInProgress();
        String partId = OrdersAtWork.post(technician, id, "parts/used", used("TS-220", "1", "30.00", "RECONDITIONED"))
                .then().statusCode(201).body("awaitsAuthorisation", equalTo(true)).extract().path("id");
        OrdersAtWork.get(agent, id, "parts").then().body("awaitingAuthorisation", equalTo(true));

        Instant consentedAt = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> byPhone = Map.of("customerName", "Maria da Conceição Souza", "method", "RECORDED_CALL",
                "reference", "ligação 0800 #4471", "authorisedAt", consentedAt.toString());
        OrdersAtWork.post(agent, id, "parts/used/" + partId + "/authorisation", byPhone).then().statusCode(200)
                .body("awaitsAuthorisation", equalTo(false))
                .body("authorisation.customerName", equalTo("Maria da Conceição Souza"))
                .body("authorisation.method", equalTo("RECORDED_CALL"))
                .body("authorisation.reference", equalTo("ligação 0800 #4471"))
                .body("authorisation.authorisedAt", equalTo(consentedAt.toString()))
                .body("authorisation.recordedBy", equalTo("ana"));

        OrdersAtWork.get(agent, id, "parts").then().body("awaitingAuthorisation", equalTo(false));
        OrdersAtWork.history(agent, id).then()
                .body("note", hasItem("used part TS-220 authorised by the customer (RECORDED_CALL)"))
                .body("note.findAll { it != null && it.contains('Maria') }", empty());
    }

    @Test
    void theCustomersAuthorisationIsGivenOnceOnlyForPartsThatNeedItAndNeverInTheFuture() {
        UUID id = orderInProgress();
        String used = OrdersAtWork.post(technician, id, "parts/used", used("TS-1", "1", "30.00", "USED"))
                .then().statusCode(201).extract().path("id");
        String original = OrdersAtWork.post(technician, id, "parts/used", used("TS-2", "1", "30.00", "NEW_ORIGINAL"))
                .then().statusCode(201).extract().path("id");

        Map<String, Object> tomorrow = Map.of("customerName", "Maria", "method", "WRITTEN",
                "authorisedAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        OrdersAtWork.post(technician, id, "parts/used/" + used + "/authorisation", tomorrow).then().statusCode(422)
                .body("type", equalTo(OrderApi.PROBLEMS + "authorisation-in-the-future"));
        OrdersAtWork.post(technician, id, "parts/used/" + original + "/authorisation", consent("WRITTEN")).then()
                .statusCode(422).body("type", equalTo(OrderApi.PROBLEMS + "authorisation-not-needed"));
        OrdersAtWork.post(technician, id, "parts/used/" + used + "/authorisation", consent("SIGNATURE")).then()
                .statusCode(200);
        OrdersAtWork.post(technician, id, "parts/used/" + used + "/authorisation", consent("WRITTEN")).then()
                .statusCode(409).body("type", equalTo(OrderApi.PROBLEMS + "part-already-authorised"));
    }

    @Test
    void analystsSeePartsWithoutTheCustomersNameOrFreeText() {
        UUID id = orderInProgress();
        String partId = OrdersAtWork.post(technician, id, "parts/used", used("TS-220", "1", "30.00", "NEW_COMPATIBLE"))
                .then().statusCode(201).extract().path("id");
        OrdersAtWork.post(technician, id, "parts/used/" + partId + "/authorisation", consent("SIGNATURE")).then()
                .statusCode(200);

        String body = OrdersAtWork.get(analyst, id, "parts").then().statusCode(200)
                .body("used[0].partNumber", equalTo("TS-220"))
                .body("used[0].description", nullValue())
                .body("used[0].authorisation.method", equalTo("SIGNATURE"))
                .body("used[0].authorisation.customerName", nullValue())
                .body("used[0].authorisation.reference", nullValue())
                .body("planned[0].description", nullValue())
                .extract().asString();
        assertFalse(body.contains("Maria"));
    }

    @Test
    void defectivePartsRemovedAreRecordedWithWhatBecameOfThem() {
        UUID id = orderInProgress();

        String location = OrdersAtWork.post(technician, id, "parts/removed", Map.of("partNumber", "TS-OLD",
                "description", "Termostato queimado", "quantity", 1, "disposal", "KEPT_BY_CUSTOMER"))
                .then().statusCode(201)
                .body("partNumber", equalTo("TS-OLD"))
                .body("disposal", equalTo("KEPT_BY_CUSTOMER"))
                .extract().header("Location");

        given().auth().oauth2(agent).get(location).then().statusCode(200).body("description",
                equalTo("Termostato queimado"));
        OrdersAtWork.get(agent, id, "parts").then().body("removed", hasSize(1))
                .body("removed[0].quantity", equalTo(1.0f));
        OrdersAtWork.history(agent, id).then()
                .body("note", hasItem("defective part TS-OLD (1.000, KEPT_BY_CUSTOMER) recorded"));
    }

    @Test
    void aPartRecordedByMistakeIsWithdrawnAndTheHistoryKeepsIt() {
        UUID id = orderInProgress();
        String usedId = OrdersAtWork.post(technician, id, "parts/used", used("TS-9", "1", "10.00", "USED"))
                .then().statusCode(201).extract().path("id");
        String removedId = OrdersAtWork.post(technician, id, "parts/removed", Map.of("partNumber", "TS-8",
                "description", "Termostato", "quantity", 1, "disposal", "DISCARDED")).then().statusCode(201)
                .extract().path("id");

        OrdersAtWork.delete(technician, id, "parts/used/" + usedId).then().statusCode(204);
        OrdersAtWork.delete(technician, id, "parts/removed/" + removedId).then().statusCode(204);

        OrdersAtWork.get(agent, id, "parts").then().body("used", empty()).body("removed", empty());
        OrdersAtWork.get(agent, id, "parts/used/" + usedId).then().statusCode(404);
        OrdersAtWork.history(agent, id).then()
                .body("note", hasItem("used part TS-9 (1.000 × R$ 10.00, USED) withdrawn"))
                .body("note", hasItem("defective part TS-8 (1.000, DISCARDED) withdrawn"));
    }

    @Test
    void aRetriedRecordingWithTheSameIdempotencyKeyRecordsThePartOnce() {
        UUID id = orderInProgress();
        String etag = OrdersAtWork.etag(technician, id);
        String key = UUID.randomUUID().toString();

        String first = given().auth().oauth2(technician).contentType("application/json").header("If-Match", etag)
                .header("Idempotency-Key", key).body(used("TS-1", "1", "10.00", "NEW_ORIGINAL"))
                .post(OrderApi.ORDERS + "/" + id + "/parts/used").then().statusCode(201).extract().path("id");
        given().auth().oauth2(technician).contentType("application/json").header("If-Match", etag)
                .header("Idempotency-Key", key).body(used("TS-1", "1", "10.00", "NEW_ORIGINAL"))
                .post(OrderApi.ORDERS + "/" + id + "/parts/used").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));

        OrdersAtWork.get(agent, id, "parts").then().body("used", hasSize(1));
    }

    @Test
    void aChangeMadeOnAStaleVersionIsRefused() {
        UUID id = orderInProgress();
        String read = OrdersAtWork.etag(technician, id);
        OrdersAtWork.post(technician, id, "parts/used", used("TS-1", "1", "10.00", "NEW_ORIGINAL"), read).then()
                .statusCode(201);

        OrdersAtWork.post(technician, id, "parts/used", used("TS-2", "1", "10.00", "NEW_ORIGINAL"), read).then()
                .statusCode(412).body("type", equalTo(OrderApi.PROBLEMS + "precondition-failed"));
        OrdersAtWork.post(technician, id, "parts/removed", Map.of("partNumber", "X", "description", "X", "quantity", 1,
                "disposal", "DISCARDED"), null).then().statusCode(428);
        OrdersAtWork.get(agent, id, "parts").then().body("used", hasSize(1));
    }

    @Test
    void partsAreRecordedOnlyWhileTheWorkGoesOn() {
        UUID open = OrdersAtWork.opened(TestCatalog.problemCode(TestCatalog.Rules.simple()),
                OrdersAtWork.Opening.anyCustomer());
        String supervisor = Tokens.of("sofia", "supervisor");

        OrdersAtWork.post(supervisor, open, "parts/used", used("TS-1", "1", "10.00", "NEW_ORIGINAL")).then()
                .statusCode(409).body("type", equalTo(OrderApi.PROBLEMS + "order-not-in-work"));
    }

    @Test
    void onlyTheAssignedTechnicianRecordsParts() {
        UUID id = orderInProgress();

        OrdersAtWork.post(otherTechnician, id, "parts/used", used("TS-1", "1", "10.00", "NEW_ORIGINAL"), "\"0\"")
                .then().statusCode(404);
        OrdersAtWork.get(otherTechnician, id, "parts").then().statusCode(404);
        OrdersAtWork.get(Tokens.partner("partner-acme"), id, "parts").then().statusCode(404);
    }

    @Test
    void badPartsAreRefusedWithTheFieldAtFault() {
        UUID id = orderInProgress();

        OrdersAtWork.post(technician, id, "parts/used", used("TS-1", "1", "10.001", "NEW_ORIGINAL")).then()
                .statusCode(400).body("violations.field", hasItem("unitCost"));
        OrdersAtWork.post(technician, id, "parts/used", used("TS-1", "0", "10.00", "NEW_ORIGINAL")).then()
                .statusCode(400).body("violations.field", hasItem("quantity"));
        OrdersAtWork.post(technician, id, "parts/used", used("TS-1", "1", "-1.00", "NEW_ORIGINAL")).then()
                .statusCode(400).body("violations.field", hasItem("unitCost"));
        OrdersAtWork.post(technician, id, "parts/used", used("TS-1", "1", "1.00", "PIRATED")).then()
                .statusCode(400).body("type", containsString("problems/"));
        OrdersAtWork.post(technician, id, "parts/used/" + UUID.randomUUID() + "/authorisation", consent("WRITTEN"))
                .then().statusCode(404);
        OrdersAtWork.get(agent, id, "parts").then().body("used", empty());
        assertEquals(List.of(), OrdersAtWork.get(agent, id, "parts").jsonPath().getList("removed"));
    }
}
