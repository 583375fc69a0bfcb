package dev.servicedesk.workorder.estimate;

import static dev.servicedesk.workorder.estimate.EstimateApi.COMPLETE;
import static dev.servicedesk.workorder.estimate.EstimateApi.PROBLEMS;
import static dev.servicedesk.workorder.estimate.EstimateApi.as;
import static dev.servicedesk.workorder.estimate.EstimateApi.draft;
import static dev.servicedesk.workorder.estimate.EstimateApi.estimates;
import static dev.servicedesk.workorder.estimate.EstimateApi.openOrder;
import static dev.servicedesk.workorder.estimate.EstimateApi.revise;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.workorder.catalog.TestCatalog;
import dev.servicedesk.workorder.order.OrderApi;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Staff draft an estimate version by version: from the standard order or their own lines, with exact totals. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DraftingEstimatesTest {

    private final String agent = Tokens.of("ana", "agent");

    @Test
    void aNewDraftStartsFromTheProblemCodesUsualLines() {
        String orderId = openOrder(agent, TestCatalog.Rules.repair());

        draft(agent, orderId, "{}").then().statusCode(201)
                .header("Location", endsWith(estimates(orderId) + "/1"))
                .header("ETag", equalTo("\"0\""))
                .body("version", equalTo(1))
                .body("status", equalTo("DRAFT"))
                .body("free", equalTo(false))
                .body("approvalRequired", equalTo(true))
                .body("lines.kind", contains("LABOUR"))
                .body("lines[0].description", equalTo("Mão de obra"))
                .body("lines[0].quantity", equalTo(1))
                .body("lines[0].unitPrice", equalTo(new BigDecimal("120.00")))
                .body("lines[0].total", equalTo(new BigDecimal("120.00")))
                .body("totals.labour", equalTo(new BigDecimal("120.00")))
                .body("totals.grandTotal", equalTo(new BigDecimal("120.00")))
                .body("currency", equalTo("BRL"))
                .body("validityDays", equalTo(10))
                .body("validUntil", nullValue())
                .body("draftedBy", equalTo("ana"));
    }

    @Test
    void theTotalsAddUpPerKindInCentavosRoundedHalfEven() {
        String orderId = openOrder(agent, TestCatalog.Rules.repair());

        draft(agent, orderId, COMPLETE).then().statusCode(201)
                .body("lines.total", contains(new BigDecimal("120.00"), new BigDecimal("89.90"),
                        new BigDecimal("0.12")))
                .body("lines.thirdParty", contains(false, false, true))
                .body("totals.labour", equalTo(new BigDecimal("120.00")))
                .body("totals.parts", equalTo(new BigDecimal("89.90")))
                .body("totals.equipment", equalTo(new BigDecimal("0.12")))
                .body("totals.subtotal", equalTo(new BigDecimal("210.02")))
                .body("totals.discount", equalTo(new BigDecimal("9.90")))
                .body("totals.grandTotal", equalTo(new BigDecimal("200.12")))
                .body("payment.method", equalTo("CARD"))
                .body("payment.instalments", equalTo(2));
    }

    @Test
    void aDraftIsRewrittenWithItsCurrentETag() {
        String orderId = openOrder(agent, TestCatalog.Rules.repair());
        draft(agent, orderId, "{}").then().statusCode(201);

        as(agent).contentType("application/json").body(COMPLETE).put(estimates(orderId) + "/1")
                .then().statusCode(428).body("type", equalTo(PROBLEMS + "precondition-required"));
        as(agent).contentType("application/json").body(COMPLETE).header("If-Match", "\"7\"")
                .put(estimates(orderId) + "/1")
                .then().statusCode(412).body("type", equalTo(PROBLEMS + "precondition-failed"));
        revise(Tokens.of("bruno", "supervisor"), orderId, 1, COMPLETE).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("revision", equalTo(1))
                .body("lines.kind", contains("LABOUR", "PARTS", "EQUIPMENT"))
                .body("totals.grandTotal", equalTo(new BigDecimal("200.12")))
                .body("draftedBy", equalTo("ana"))
                .body("revisedBy", equalTo("bruno"));
    }

    @Test
    void aRevisedDraftStatesAllItsLines() {
        String orderId = openOrder(agent, TestCatalog.Rules.repair());
        draft(agent, orderId, "{}").then().statusCode(201);

        revise(agent, orderId, 1, "{\"discount\": 10.00}").then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "validation"))
                .body("violations.field", contains("lines"));
    }

    @Test
    void thereIsOneDraftAtATime() {
        String orderId = openOrder(agent, TestCatalog.Rules.repair());
        draft(agent, orderId, "{}").then().statusCode(201);

        draft(agent, orderId, "{}").then().statusCode(409).body("type", equalTo(PROBLEMS + "estimate-draft-exists"));
    }

    @Test
    void aRetriedDraftWithTheSameIdempotencyKeyDraftsOnce() {
        String orderId = openOrder(agent, TestCatalog.Rules.repair());
        String key = UUID.randomUUID().toString();

        as(agent).header("Idempotency-Key", key).contentType("application/json").body(COMPLETE)
                .post(estimates(orderId)).then().statusCode(201).body("version", equalTo(1));
        as(agent).header("Idempotency-Key", key).contentType("application/json").body(COMPLETE)
                .post(estimates(orderId)).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("version", equalTo(1));
        as(agent).get(estimates(orderId)).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void onlyACardOrABoletoIsPaidInInstalments() {
        String orderId = openOrder(agent, TestCatalog.Rules.repair());

        draft(agent, orderId, "{\"payment\": {\"method\": \"PIX\", \"instalments\": 3}}").then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "instalments-not-allowed"));
        draft(agent, orderId, "{\"payment\": {\"method\": \"BOLETO\", \"instalments\": 25}}").then().statusCode(400)
                .body("violations.field", contains("payment.instalments"));
        draft(agent, orderId, "{\"payment\": {\"method\": \"PAYPAL\", \"instalments\": 1}}").then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "malformed-request"));
        draft(agent, orderId, "{\"payment\": {\"method\": \"BOLETO\", \"instalments\": 12}}").then().statusCode(201)
                .body("payment.instalments", equalTo(12));
    }

    @Test
    void theWorkEndsOnOrAfterTheDayItStarts() {
        String orderId = openOrder(agent, TestCatalog.Rules.repair());

        draft(agent, orderId, "{\"workStart\": \"2026-12-10\", \"workEnd\": \"2026-12-09\"}").then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "work-dates"));
        draft(agent, orderId, "{\"workStart\": \"2026-12-10\", \"workEnd\": \"2026-12-10\"}").then().statusCode(201);
    }

    @Test
    void theDiscountIsAnAmountThatNeverMakesTheTotalNegative() {
        String orderId = openOrder(agent, TestCatalog.Rules.repair());

        draft(agent, orderId, "{\"discount\": 120.01}").then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "discount-exceeds-subtotal"));
        draft(agent, orderId, "{\"discount\": -1.00}").then().statusCode(400)
                .body("violations.field", contains("discount"));
        draft(agent, orderId, "{\"discount\": 120.00}").then().statusCode(201)
                .body("totals.grandTotal", equalTo(new BigDecimal("0.00")));
    }

    @Test
    void moneyIsExactToTheCentavoAndLinesAreChecked() {
        String orderId = openOrder(agent, TestCatalog.Rules.repair());

        draft(agent, orderId, """
                {"lines": [{"kind": "PARTS", "description": "Parafuso", "quantity": 1, "unitPrice": 0.005}]}""")
                .then().statusCode(400).body("type", equalTo(PROBLEMS + "validation"))
                .body("violations.field", contains("lines[0].unitPrice"));
        draft(agent, orderId, """
                {"lines": [{"kind": "PARTS", "description": "Parafuso", "quantity": 0, "unitPrice": 1.00},
                           {"kind": "LABOUR", "description": " ", "quantity": 1, "unitPrice": -1.00}]}""")
                .then().statusCode(400)
                .body("violations.field", hasItem("lines[0].quantity"))
                .body("violations.field", hasItem("lines[1].description"))
                .body("violations.field", hasItem("lines[1].unitPrice"));
        draft(agent, orderId, """
                {"lines": [{"kind": "TAX", "description": "Imposto", "quantity": 1, "unitPrice": 1.00}]}""")
                .then().statusCode(400).body("type", equalTo(PROBLEMS + "malformed-request"));
        draft(agent, orderId, "{\"total\": 10.00}").then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "malformed-request"));
        draft(agent, orderId, """
                {"lines": [{"kind": "EQUIPMENT", "description": "Guindaste", "quantity": 999999999,
                            "unitPrice": 999999999999.99}]}""")
                .then().statusCode(422).body("type", equalTo(PROBLEMS + "amount-too-large"));
    }

    @Test
    void aFreeServiceIsEstimatedAtNoChargeAndNeedsNoApproval() {
        String orderId = openOrder(agent, TestCatalog.problemCode(TestCatalog.Rules.repair()), "CONTRACT");

        draft(agent, orderId, """
                {"lines": [{"kind": "LABOUR", "description": "Mão de obra", "quantity": 1, "unitPrice": 50.00}]}""")
                .then().statusCode(422).body("type", equalTo(PROBLEMS + "free-service-charged"));
        draft(agent, orderId, "{}").then().statusCode(201)
                .body("free", equalTo(true))
                .body("approvalRequired", equalTo(false))
                .body("lines.description", contains("Mão de obra"))
                .body("lines.unitPrice", everyItem(equalTo(new BigDecimal("0.00"))))
                .body("totals.grandTotal", equalTo(new BigDecimal("0.00")));
    }

    @Test
    void aCancelledOrderIsNoLongerEstimated() {
        String orderId = openOrder(agent, TestCatalog.Rules.repair());
        OrderApi.post(Tokens.forRole("supervisor"), orderId, "cancellation", "{\"reason\": \"DUPLICATE\"}")
                .then().statusCode(200);

        draft(agent, orderId, "{}").then().statusCode(409).body("type", equalTo(PROBLEMS + "order-read-only"));
    }

    @Test
    void anUnknownOrderOrVersionIsNotFound() {
        String orderId = openOrder(agent, TestCatalog.Rules.repair());

        draft(agent, UUID.randomUUID().toString(), "{}").then().statusCode(404)
                .body("type", equalTo(PROBLEMS + "not-found"));
        EstimateApi.get(agent, orderId, 3).then().statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
    }
}
