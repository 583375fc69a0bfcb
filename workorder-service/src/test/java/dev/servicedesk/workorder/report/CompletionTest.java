package dev.servicedesk.workorder.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.workorder.catalog.Goods;
import dev.servicedesk.workorder.catalog.TestCatalog;
import dev.servicedesk.workorder.order.OrderApi;
import dev.servicedesk.workorder.part.OrdersAtWork;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Completion writes the service report (seed 004): refused while a part lacks the customer's authorisation or the
 * required acceptance signature is missing; final costs against the estimate; read-only afterwards.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CompletionTest {

    private static final TestCatalog.Rules SIGNED_REPAIR = new TestCatalog.Rules(false, true, false, Goods.DURABLE, 24,
            72);

    @Inject
    AgroalDataSource dataSource;

    private final String agent = Tokens.of("ana", "agent");
    private final String technician = Tokens.of("tiago", "technician");
    private final String analyst = Tokens.of("alice", "analyst");

    private static UUID simpleOrder() {
        return OrdersAtWork.inProgress(TestCatalog.problemCode(TestCatalog.Rules.simple()), "tiago");
    }

    private String usePart(UUID id, String provenance, String quantity, String unitCost) {
        return OrdersAtWork.post(technician, id, "parts/used", Map.of("partNumber", "TS-220", "description",
                "Termostato 220 V", "quantity", new BigDecimal(quantity), "unitCost", new BigDecimal(unitCost),
                "provenance", provenance)).then().statusCode(201).extract().path("id");
    }

    @Test
    void completingWritesTheReportWithTheFinalCostsAgainstTheApprovedEstimate() {
        UUID id = OrdersAtWork.inProgress(TestCatalog.problemCode(TestCatalog.Rules.simple()), "tiago",
                OrdersAtWork.Opening.anyCustomer().withEstimate("300.00"));
        usePart(id, "NEW_ORIGINAL", "2", "45.50");
        OrdersAtWork.post(technician, id, "parts/removed", Map.of("partNumber", "TS-OLD", "description",
                "Termostato queimado", "quantity", 1, "disposal", "DISCARDED")).then().statusCode(201);
        String before = OrdersAtWork.etag(technician, id);

        Map<String, Object> report = ServiceReports.with(ServiceReports.report(), "costs", Map.of("labour",
                new BigDecimal("150.00"), "equipment", new BigDecimal("20.00"), "discount", new BigDecimal("11.00")));
        String etag = OrdersAtWork.post(technician, id, "completion", report, before).then().statusCode(201)
                .header("Location", endsWith("/api/v1/orders/" + id + "/report"))
                .body("status", equalTo("COMPLETED"))
                .body("activities", equalTo("Substituição prevista do termostato; teste de temperatura por 30 minutos"))
                .body("cause.category", equalTo("WEAR"))
                .body("preventionNotes", equalTo("Limpar a grade traseira a cada seis meses"))
                .body("partsReplaced", hasSize(1))
                .body("partsReplaced[0].lineTotal", equalTo(91.0f))
                .body("defectiveParts[0].partNumber", equalTo("TS-OLD"))
                .body("costs.labour", equalTo(150.0f))
                .body("costs.parts", equalTo(91.0f))
                .body("costs.equipment", equalTo(20.0f))
                .body("costs.discount", equalTo(11.0f))
                .body("costs.total", equalTo(250.0f))
                .body("costs.estimatedTotal", equalTo(300.0f))
                .body("costs.differenceFromEstimate", equalTo(-50.0f))
                .body("costs.currency", equalTo("BRL"))
                .body("technician", equalTo("tiago"))
                .body("completedAt", notNullValue())
                .body("recurring", equalTo(false))
                .body("rework", equalTo(false))
                .extract().header("ETag");

        assertEquals("\"" + (Long.parseLong(before.replace("\"", "")) + 1) + "\"", etag);
        OrdersAtWork.order(agent, id).then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("completedAt", notNullValue());
        OrdersAtWork.get(agent, id, "report").then().statusCode(200).header("ETag", etag)
                .body("costs.total", equalTo(250.0f));
        OrdersAtWork.history(agent, id).then().body("change", hasItem("COMPLETED"));
    }

    @Test
    void aUsedPartWithoutTheCustomersAuthorisationBlocksCompletionUntilItIsGiven() {
        UUID id = simpleOrder();
        String partId = usePart(id, "RECONDITIONED", "1", "60.00");

        OrdersAtWork.post(technician, id, "completion", ServiceReports.report()).then().statusCode(409)
                .body("type", equalTo(OrderApi.PROBLEMS + "part-not-authorised"));
        OrdersAtWork.order(agent, id).then().body("status", equalTo("IN_PROGRESS"));

        OrdersAtWork.post(agent, id, "parts/used/" + partId + "/authorisation",
                Map.of("customerName", "Maria da Conceição Souza", "method", "RECORDED_CALL")).then().statusCode(200);
        OrdersAtWork.post(technician, id, "completion", ServiceReports.report()).then().statusCode(201)
                .body("partsReplaced[0].provenance", equalTo("RECONDITIONED"))
                .body("costs.parts", equalTo(60.0f));
    }

    @Test
    void anOrderWhoseProblemCodeRequiresTheCustomersSignatureIsNotCompletedWithoutIt() {
        UUID id = OrdersAtWork.inProgress(TestCatalog.problemCode(SIGNED_REPAIR), "tiago");

        OrdersAtWork.post(technician, id, "completion", ServiceReports.report()).then().statusCode(422)
                .body("type", equalTo(OrderApi.PROBLEMS + "signature-required"));
        OrdersAtWork.order(agent, id).then().body("status", equalTo("IN_PROGRESS"));

        OrdersAtWork.post(technician, id, "completion", ServiceReports.signed(ServiceReports.report())).then()
                .statusCode(201)
                .body("signatureRequired", equalTo(true))
                .body("acceptanceSignatureId", notNullValue());
        OrdersAtWork.history(agent, id).then().body("change", hasItems("COMPLETED", "SIGNED"))
                .body("note", hasItem("the customer accepted the work (DRAWN)"));
    }

    @Test
    void theAcceptanceSignatureCoversTheReportAsStoredAndNoticesAChange() throws SQLException {
        UUID id = OrdersAtWork.inProgress(TestCatalog.problemCode(SIGNED_REPAIR), "tiago");
        usePart(id, "NEW_ORIGINAL", "1.5", "33.33");
        String signatureId = OrdersAtWork.post(technician, id, "completion",
                ServiceReports.signed(ServiceReports.with(ServiceReports.report(), "rating", 9))).then()
                .statusCode(201).extract().path("acceptanceSignatureId");

        assertTrue(acceptanceStillMatches(id, UUID.fromString(signatureId)));

        try (Connection connection = dataSource.getConnection();
                PreparedStatement tamper = connection.prepareStatement(
                        "UPDATE service_report SET activities = activities || ' (revisado)' WHERE order_id = ?")) {
            tamper.setObject(1, id);
            assertEquals(1, tamper.executeUpdate());
        }
        assertFalse(acceptanceStillMatches(id, UUID.fromString(signatureId)));
    }

    /** Asks the verification endpoint, as a supervisor checking a signature would. */
    private boolean acceptanceStillMatches(UUID orderId, UUID signatureId) {
        return given().auth().oauth2(Tokens.forRole("supervisor"))
                .get("/api/v1/orders/" + orderId + "/signatures/" + signatureId + "/verification").then()
                .statusCode(200).body("purpose", equalTo("COMPLETION_ACCEPTANCE")).extract().path("matches");
    }

    @Test
    void aStaffErrorOrAnotherCauseNeedsWordsThatSayWhatItWas() {
        UUID id = simpleOrder();

        OrdersAtWork.post(technician, id, "completion", ServiceReports.with(ServiceReports.report(), "causeCategory",
                "STAFF_ERROR")).then().statusCode(422)
                .body("type", equalTo(OrderApi.PROBLEMS + "cause-text-required"));
        OrdersAtWork.post(technician, id, "completion", ServiceReports.with(ServiceReports.report(), "causeCategory",
                "OTHER")).then().statusCode(422);

        Map<String, Object> explained = ServiceReports.with(ServiceReports.with(ServiceReports.report(),
                "causeCategory", "STAFF_ERROR"), "causeText", "Instalação anterior sem aterramento");
        OrdersAtWork.post(technician, id, "completion", explained).then().statusCode(201)
                .body("cause.text", equalTo("Instalação anterior sem aterramento"));
    }

    @Test
    void aDiscountCannotExceedTheCosts() {
        UUID id = simpleOrder();

        OrdersAtWork.post(technician, id, "completion", ServiceReports.with(ServiceReports.report(), "costs",
                Map.of("labour", new BigDecimal("50.00"), "discount", new BigDecimal("50.01")))).then()
                .statusCode(422).body("type", equalTo(OrderApi.PROBLEMS + "discount-exceeds-costs"));
    }

    @Test
    void theReportIsReadOnlyOnceTheOrderIsCompleted() {
        UUID id = simpleOrder();
        OrdersAtWork.post(technician, id, "completion", ServiceReports.report()).then().statusCode(201);

        OrdersAtWork.post(technician, id, "completion", ServiceReports.report()).then().statusCode(409)
                .body("type", equalTo(OrderApi.PROBLEMS + "order-transition"));
        OrdersAtWork.post(technician, id, "parts/used", Map.of("partNumber", "TS-1", "description", "Termostato",
                "quantity", 1, "unitCost", 1, "provenance", "NEW_ORIGINAL")).then().statusCode(409)
                .body("type", equalTo(OrderApi.PROBLEMS + "order-not-in-work"));
    }

    @Test
    void aCompletionOnAStaleVersionIsRefused() {
        UUID id = simpleOrder();
        String read = OrdersAtWork.etag(technician, id);
        usePart(id, "NEW_ORIGINAL", "1", "10.00");

        OrdersAtWork.post(technician, id, "completion", ServiceReports.report(), read).then().statusCode(412);
        OrdersAtWork.order(agent, id).then().body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void badReportsAreRefusedWithTheFieldAtFault() {
        UUID id = simpleOrder();

        OrdersAtWork.post(technician, id, "completion", ServiceReports.with(ServiceReports.report(), "activities", " "))
                .then().statusCode(400).body("violations.field", hasItem("activities"));
        OrdersAtWork.post(technician, id, "completion", ServiceReports.with(ServiceReports.report(), "costs",
                Map.of("labour", new BigDecimal("1.001")))).then().statusCode(400)
                .body("violations.field", hasItem("costs.labour"));
        OrdersAtWork.post(technician, id, "completion", ServiceReports.with(ServiceReports.report(), "recurring",
                true)).then().statusCode(400);
        OrdersAtWork.post(technician, id, "completion", ServiceReports.with(ServiceReports.report(), "causeCategory",
                "BAD_LUCK")).then().statusCode(400);
        OrdersAtWork.order(agent, id).then().body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void analystsReadTheReportWithoutFreeTextAndPartnersNotAtAll() {
        UUID id = simpleOrder();
        OrdersAtWork.get(agent, id, "report").then().statusCode(404);
        usePart(id, "NEW_ORIGINAL", "1", "10.00");
        OrdersAtWork.post(technician, id, "completion", ServiceReports.with(ServiceReports.with(
                ServiceReports.report(), "causeCategory", "OTHER"), "causeText", "Queda de energia no bairro"))
                .then().statusCode(201);

        OrdersAtWork.get(analyst, id, "report").then().statusCode(200)
                .body("activities", nullValue())
                .body("preventionNotes", nullValue())
                .body("cause.category", equalTo("OTHER"))
                .body("cause.text", nullValue())
                .body("partsReplaced[0].description", nullValue())
                .body("costs.total", equalTo(130.0f));
        OrdersAtWork.get(Tokens.partner("partner-acme"), id, "report").then().statusCode(404);
        OrdersAtWork.get(Tokens.of("otto", "technician"), id, "report").then().statusCode(404);
    }

    @Test
    void aWarrantyReturnIsReportedAsRework() {
        String problemCode = TestCatalog.problemCode(TestCatalog.Rules.simple());
        OrdersAtWork.Opening product = OrdersAtWork.Opening.anyCustomer();
        UUID original = OrdersAtWork.inProgress(problemCode, "tiago", product);
        OrdersAtWork.post(technician, original, "completion", ServiceReports.report()).then().statusCode(201);
        OrdersAtWork.close(original);

        UUID rework = OrdersAtWork.inProgress(problemCode, "tiago", product);
        OrdersAtWork.order(agent, rework).then().body("warrantyOf", equalTo(original.toString()));

        OrdersAtWork.post(technician, rework, "completion", ServiceReports.report()).then().statusCode(201)
                .body("rework", equalTo(true))
                .body("reworkOf", equalTo(original.toString()))
                .body("recurring", equalTo(true))
                .body("recurringOf", equalTo(original.toString()));
    }
}
