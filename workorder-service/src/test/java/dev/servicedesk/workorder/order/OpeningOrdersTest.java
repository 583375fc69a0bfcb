package dev.servicedesk.workorder.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicedesk.platform.testing.EventContracts;
import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.platform.testing.TopicProbe;
import dev.servicedesk.workorder.catalog.TestCatalog;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Staff open orders directly: each a copy of its problem code's standard order, with a number of its own. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OpeningOrdersTest {

    private final String agent = Tokens.of("ana", "agent");

    @Test
    void anOrderStartsAsACopyOfItsProblemCodesStandardOrder() {
        String code = TestCatalog.problemCode(TestCatalog.Rules.repair().withTargets(24, 72));
        UUID customer = UUID.randomUUID();
        var response = OrderApi.open(agent, Map.of("problemCode", code, "customerId", customer.toString(),
                "description", "Geladeira não gela; cliente relata ruído."));
        response.then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/orders/[0-9a-f-]{36}"))
                .header("ETag", notNullValue())
                .body("number", matchesPattern("OS-\\d{4}-\\d{6}"))
                .body("status", equalTo("OPEN"))
                .body("problemCode", equalTo(code))
                .body("categoryCode", equalTo("C-" + code.substring(2)))
                .body("departmentCode", equalTo("D-" + code.substring(2)))
                .body("priority", equalTo("NORMAL"))
                .body("origin", equalTo("STAFF"))
                .body("coverage", equalTo("CHARGEABLE"))
                .body("checklist.task", hasItem("Testar o aparelho"))
                .body("terms", equalTo("Garantia legal do serviço conforme o CDC, art. 26."))
                .body("requires.estimateApproval", equalTo(true))
                .body("requires.signature", equalTo(true))
                .body("requires.warrantyDays", equalTo(90))
                .body("openedBy", equalTo("ana"))
                .body("customerId", equalTo(customer.toString()));
        JsonPath order = response.jsonPath();
        Instant opened = Instant.parse(order.getString("openedAt"));
        assertEquals(Duration.ofHours(24), Duration.between(opened, Instant.parse(order.getString("sla.responseDueAt"))));
        assertEquals(Duration.ofHours(72),
                Duration.between(opened, Instant.parse(order.getString("sla.resolutionDueAt"))));
    }

    @Test
    void theOpeningIsPublishedWithoutPersonalDataAndMatchesItsContract() {
        String code = TestCatalog.problemCode(TestCatalog.Rules.simple());
        try (TopicProbe probe = TopicProbe.open("servicedesk.orders.v1")) {
            String description = "Cliente Joana Silva, CPF 123.456.789-09, portão azul";
            String id = OrderApi.open(agent, Map.of("problemCode", code, "description", description,
                    "product", Map.of("brand", "Brastemp", "model", "BRM44", "serialNumber", "SN-778899")))
                    .then().statusCode(201).extract().path("id");
            ConsumerRecord<String, String> opened = probe.awaitRecord(TopicProbe.withKey(id), Duration.ofSeconds(30));
            assertEquals("OrderOpened", TopicProbe.header(opened, "ce_type"));
            assertEquals("0", TopicProbe.header(opened, "ce_aggregateversion"));
            EventContracts.assertMatchesContract(opened);
            assertTrue(opened.value().contains("\"problemCode\":\"" + code + "\""), opened.value());
            assertTrue(!opened.value().contains("Joana") && !opened.value().contains("123.456.789-09")
                    && !opened.value().contains("SN-778899"), opened.value());
        }
    }

    @Test
    void numbersAreUniqueAcrossParallelOpenings() throws Exception {
        String code = TestCatalog.problemCode(TestCatalog.Rules.simple());
        var pool = Executors.newFixedThreadPool(8);
        try {
            var futures = new ArrayList<Future<String>>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> OrderApi.opened(agent, code).getString("number")));
            }
            var numbers = new HashSet<String>();
            for (var future : futures) {
                numbers.add(future.get());
            }
            assertEquals(40, numbers.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameIdempotencyKeyOpensOneOrder() {
        String code = TestCatalog.problemCode(TestCatalog.Rules.simple());
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(agent).header("Idempotency-Key", key).contentType("application/json")
                .body(Map.of("problemCode", code)).post(OrderApi.ORDERS).then().statusCode(201).extract().path("id");
        given().auth().oauth2(agent).header("Idempotency-Key", key).contentType("application/json")
                .body(Map.of("problemCode", code)).post(OrderApi.ORDERS).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().auth().oauth2(agent).queryParam("problemCode", code).get(OrderApi.ORDERS).then()
                .body("total", equalTo(1)).body("items", hasSize(1));
    }

    @Test
    void anOrderIsFoundByItsNumber() {
        JsonPath order = OrderApi.opened(agent, TestCatalog.problemCode(TestCatalog.Rules.simple()));
        given().auth().oauth2(agent).get(OrderApi.ORDERS + "/by-number/" + order.getString("number")).then()
                .statusCode(200).body("id", equalTo(order.getString("id")));
        given().auth().oauth2(agent).get(OrderApi.ORDERS + "/by-number/OS-1999-999999").then().statusCode(404);
    }

    @Test
    void anUnknownOrRetiredProblemCodeOpensNothing() {
        OrderApi.open(agent, Map.of("problemCode", "NAO-EXISTE")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(OrderApi.PROBLEMS + "unknown-problem-code"));
        String retired = TestCatalog.problemCode(TestCatalog.Rules.simple());
        TestCatalog.retire(retired);
        OrderApi.open(agent, Map.of("problemCode", retired)).then().statusCode(422)
                .body("type", equalTo(OrderApi.PROBLEMS + "retired-problem-code"));
    }

    @Test
    void badInputIsAnsweredWithTheFieldAtFault() {
        OrderApi.open(agent, Map.of()).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("problemCode"));
        OrderApi.open(agent, Map.of("problemCode", "X", "description", "a".repeat(WorkOrder.MAX_TEXT + 1)))
                .then().statusCode(400).body("violations.field", hasItem("description"));
        OrderApi.open(agent, Map.of("problemCode", "X", "coverage", "GRATIS")).then().statusCode(400);
        OrderApi.open(agent, Map.of("problemCode", "X", "surprise", 1)).then().statusCode(400);
        OrderApi.open(agent, Map.of("problemCode", "X", "product", Map.of("purchaseDate", "2999-01-01")))
                .then().statusCode(400).body("violations.field", hasItem("product.purchaseDate"));
        given().auth().oauth2(agent).contentType("application/json").body("{\"problemCode\": ")
                .post(OrderApi.ORDERS).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(agent).contentType("text/plain").body("problemCode=X")
                .post(OrderApi.ORDERS).then().statusCode(415).contentType("application/problem+json");
        OrderApi.get(agent, "not-a-uuid").then().statusCode(404);
        OrderApi.get(agent, UUID.randomUUID().toString()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
