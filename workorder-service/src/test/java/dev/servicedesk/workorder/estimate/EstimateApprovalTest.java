package dev.servicedesk.workorder.estimate;

import static dev.servicedesk.workorder.estimate.EstimateApi.COMPLETE;
import static dev.servicedesk.workorder.estimate.EstimateApi.PROBLEMS;
import static dev.servicedesk.workorder.estimate.EstimateApi.TYPED_SIGNATURE;
import static dev.servicedesk.workorder.estimate.EstimateApi.act;
import static dev.servicedesk.workorder.estimate.EstimateApi.as;
import static dev.servicedesk.workorder.estimate.EstimateApi.draft;
import static dev.servicedesk.workorder.estimate.EstimateApi.estimates;
import static dev.servicedesk.workorder.estimate.EstimateApi.issuedDaysAgo;
import static dev.servicedesk.workorder.estimate.EstimateApi.issuedOnANewOrder;
import static dev.servicedesk.workorder.estimate.EstimateApi.openOrder;
import static dev.servicedesk.workorder.estimate.EstimateApi.revise;
import static dev.servicedesk.workorder.estimate.EstimateApi.today;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.workorder.catalog.TestCatalog;
import dev.servicedesk.workorder.order.OrderApi;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * CDC art. 40: an issued estimate is valid for 10 days (or as many as it states) from its receipt; the customer's
 * approval binds both sides, so an approved estimate never changes and a change is a new version that needs a new
 * approval.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class EstimateApprovalTest {

    @Inject
    AgroalDataSource dataSource;

    private final String agent = Tokens.of("ana", "agent");

    @Test
    void issuingSendsTheEstimateToTheCustomerAndFixesItsContent() {
        String orderId = openOrder(agent, TestCatalog.Rules.repair());
        draft(agent, orderId, COMPLETE).then().statusCode(201);

        act(agent, orderId, 1, "issue", null).then().statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("issuedBy", equalTo("ana"))
                .body("issuedAt", notNullValue())
                .body("validUntil", equalTo(today().plusDays(10).toString()))
                .body("expired", equalTo(false));
        OrderApi.get(agent, orderId).then().body("status", equalTo("AWAITING_APPROVAL"));

        revise(agent, orderId, 1, COMPLETE).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "estimate-not-draft"));
        act(agent, orderId, 1, "issue", null).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "estimate-not-draft"));
    }

    @Test
    void anEstimateIsIssuedOnlyWithWhatTheLawAsksOfIt() {
        String orderId = openOrder(agent, TestCatalog.Rules.repair());
        draft(agent, orderId, "{}").then().statusCode(201);

        act(agent, orderId, 1, "issue", null).then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "estimate-incomplete"))
                .body("violations.field", containsInAnyOrder("workStart", "workEnd", "payment"));
        OrderApi.get(agent, orderId).then().body("status", equalTo("OPEN"));
    }

    @Test
    void theCustomersApprovalIsSignedAndBindsForGood() {
        String orderId = issuedOnANewOrder(agent, TestCatalog.Rules.repair());

        String signatureId = as(agent).header("If-Match", EstimateApi.etag(agent, orderId, 1))
                .header("X-Forwarded-For", "203.0.113.7, 10.0.0.2").header("User-Agent", "Tablet da loja/1.0")
                .contentType("application/json").body(TYPED_SIGNATURE)
                .post(estimates(orderId) + "/1/approval")
                .then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approval.approvedBy", equalTo("ana"))
                .body("approval.approvedAt", notNullValue())
                .extract().path("approval.signatureId");
        OrderApi.get(agent, orderId).then().body("status", equalTo("APPROVED"))
                .body("requires.approvedEstimateId", equalTo(EstimateApi.get(agent, orderId, 1).path("id")));
        assertEquals("203.0.113.7 | Tablet da loja/1.0 | Maria da Conceição Souza | ESTIMATE_APPROVAL",
                signatureRow(signatureId));

        revise(agent, orderId, 1, COMPLETE).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "estimate-approved"));
        act(agent, orderId, 1, "issue", null).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "estimate-approved"));
        act(agent, orderId, 1, "approval", TYPED_SIGNATURE).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "estimate-approved"));
        act(agent, orderId, 1, "rejection", "{\"reason\": \"PRICE\"}").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "estimate-approved"));
    }

    @Test
    void aChangeIsANewVersionThatNeedsANewApproval() {
        String orderId = issuedOnANewOrder(agent, TestCatalog.Rules.repair());
        act(agent, orderId, 1, "approval", TYPED_SIGNATURE).then().statusCode(200);

        draft(agent, orderId, COMPLETE.replace("\"discount\": 9.90", "\"discount\": 0.00")).then().statusCode(201)
                .body("version", equalTo(2));
        OrderApi.get(agent, orderId).then().body("status", equalTo("APPROVED"));
        act(agent, orderId, 2, "issue", null).then().statusCode(200).body("status", equalTo("ISSUED"));

        OrderApi.get(agent, orderId).then().body("status", equalTo("AWAITING_APPROVAL"))
                .body("requires.approvedEstimateId", nullValue());
        EstimateApi.get(agent, orderId, 1).then().body("status", equalTo("SUPERSEDED"))
                .body("supersededAt", notNullValue());
        act(agent, orderId, 1, "approval", TYPED_SIGNATURE).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "estimate-superseded"));

        act(agent, orderId, 2, "approval", TYPED_SIGNATURE).then().statusCode(200)
                .body("totals.grandTotal", equalTo(new BigDecimal("210.02")));
        as(agent).get(estimates(orderId)).then().statusCode(200)
                .body("items.version", contains(1, 2))
                .body("items.status", contains("SUPERSEDED", "APPROVED"));
    }

    @Test
    void anIssuedVersionThatWasNeverApprovedIsSupersededToo() {
        String orderId = issuedOnANewOrder(agent, TestCatalog.Rules.repair());
        draft(agent, orderId, COMPLETE).then().statusCode(201);
        act(agent, orderId, 2, "issue", null).then().statusCode(200);

        act(agent, orderId, 1, "approval", TYPED_SIGNATURE).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "estimate-superseded"));
        act(agent, orderId, 1, "rejection", "{\"reason\": \"PRICE\"}").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "estimate-superseded"));
    }

    @Test
    void anEstimateIsValidForTenDaysAndThenMustBeIssuedAgain() {
        String onTheLastDay = issuedOnANewOrder(agent, TestCatalog.Rules.repair());
        issuedDaysAgo(dataSource, onTheLastDay, 1, 10);
        EstimateApi.get(agent, onTheLastDay, 1).then().body("validUntil", equalTo(today().toString()))
                .body("expired", equalTo(false));
        act(agent, onTheLastDay, 1, "approval", TYPED_SIGNATURE).then().statusCode(200);

        String expired = issuedOnANewOrder(agent, TestCatalog.Rules.repair());
        issuedDaysAgo(dataSource, expired, 1, 11);
        EstimateApi.get(agent, expired, 1).then().body("validUntil", equalTo(today().minusDays(1).toString()))
                .body("expired", equalTo(true));
        act(agent, expired, 1, "approval", TYPED_SIGNATURE).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "estimate-expired"));
        OrderApi.get(agent, expired).then().body("status", equalTo("AWAITING_APPROVAL"));

        draft(agent, expired, COMPLETE).then().statusCode(201).body("version", equalTo(2));
        act(agent, expired, 2, "issue", null).then().statusCode(200);
        act(agent, expired, 2, "approval", TYPED_SIGNATURE).then().statusCode(200);
        OrderApi.get(agent, expired).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void anEstimateMayStateAnotherValidity() {
        String orderId = openOrder(agent, TestCatalog.Rules.repair());
        draft(agent, orderId, COMPLETE.replace("\"discount\"", "\"validityDays\": 3, \"discount\"")).then()
                .statusCode(201);
        act(agent, orderId, 1, "issue", null).then().statusCode(200)
                .body("validUntil", equalTo(today().plusDays(3).toString()));
        issuedDaysAgo(dataSource, orderId, 1, 4);

        act(agent, orderId, 1, "approval", TYPED_SIGNATURE).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "estimate-expired"));
    }

    @Test
    void theValidityCountsFromTheDayTheCustomerReceivedIt() {
        String orderId = issuedOnANewOrder(agent, TestCatalog.Rules.repair());
        issuedDaysAgo(dataSource, orderId, 1, 15);
        EstimateApi.get(agent, orderId, 1).then().body("expired", equalTo(true));
        Instant issuedAt = Instant.parse(EstimateApi.get(agent, orderId, 1).path("issuedAt"));

        act(agent, orderId, 1, "receipt", receipt(issuedAt.minusSeconds(60))).then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "receipt-time"));
        act(agent, orderId, 1, "receipt", receipt(Instant.now().plus(1, ChronoUnit.HOURS))).then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "receipt-time"));
        Instant receivedAt = Instant.now().minus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        act(agent, orderId, 1, "receipt", receipt(receivedAt)).then().statusCode(200)
                .body("receivedAt", equalTo(receivedAt.toString()))
                .body("validUntil", equalTo(receivedAt.atZone(EstimateApi.BRASILIA).toLocalDate().plusDays(10)
                        .toString()))
                .body("expired", equalTo(false));
        act(agent, orderId, 1, "receipt", receipt(receivedAt)).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "estimate-already-received"));

        act(agent, orderId, 1, "approval", TYPED_SIGNATURE).then().statusCode(200);
    }

    @Test
    void theCustomerMayRejectAnEstimateAndSayWhy() {
        String orderId = issuedOnANewOrder(agent, TestCatalog.Rules.repair());

        act(agent, orderId, 1, "rejection", "{\"reason\": \"PRICE\", \"note\": \"Achou caro; vai pensar.\"}")
                .then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("rejection.reason", equalTo("PRICE"))
                .body("rejection.note", equalTo("Achou caro; vai pensar."))
                .body("rejection.rejectedBy", equalTo("ana"));
        OrderApi.get(agent, orderId).then().body("status", equalTo("OPEN"));
        EstimateApi.get(Tokens.forRole("analyst"), orderId, 1).then().statusCode(200)
                .body("rejection.reason", equalTo("PRICE"))
                .body("rejection.note", nullValue());

        act(agent, orderId, 1, "approval", TYPED_SIGNATURE).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "estimate-rejected"));
        act(agent, orderId, 1, "rejection", "{\"reason\": \"SOMETHING\"}").then().statusCode(400);
        draft(agent, orderId, COMPLETE).then().statusCode(201).body("version", equalTo(2));
    }

    @Test
    void aDraftIsNeitherApprovedNorRejected() {
        String orderId = openOrder(agent, TestCatalog.Rules.repair());
        draft(agent, orderId, COMPLETE).then().statusCode(201);

        act(agent, orderId, 1, "approval", TYPED_SIGNATURE).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "estimate-not-issued"));
        act(agent, orderId, 1, "rejection", "{\"reason\": \"PRICE\"}").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "estimate-not-issued"));
        act(agent, orderId, 1, "receipt", receipt(Instant.now())).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "estimate-not-issued"));
    }

    @Test
    void anApprovalNeedsTheCustomersSignature() {
        String orderId = issuedOnANewOrder(agent, TestCatalog.Rules.repair());

        act(agent, orderId, 1, "approval", "{\"signerName\": \"Maria\", \"method\": \"TYPED\"}").then()
                .statusCode(400).body("violations.field", contains("signerDocument"));
        act(agent, orderId, 1, "approval", TYPED_SIGNATURE.replace("TYPED", "DRAWN")).then().statusCode(400)
                .body("violations.field", contains("imagePng"));
        EstimateApi.get(agent, orderId, 1).then().body("status", equalTo("ISSUED"));
    }

    @Test
    void aFreeServiceIsIssuedWithoutPaymentAndNeedsNoApproval() {
        String orderId = openOrder(agent, TestCatalog.problemCode(TestCatalog.Rules.repair()), "WARRANTY");
        draft(agent, orderId, "{\"workStart\": \"%s\", \"workEnd\": \"%s\"}".formatted(today(), today())).then()
                .statusCode(201);

        act(agent, orderId, 1, "issue", null).then().statusCode(200).body("free", equalTo(true))
                .body("payment", nullValue());
        OrderApi.get(agent, orderId).then().body("status", equalTo("OPEN"));
        act(agent, orderId, 1, "approval", TYPED_SIGNATURE).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "approval-not-needed"));
    }

    @Test
    void aCancelledOrdersEstimateIsNoLongerAnswered() {
        String orderId = issuedOnANewOrder(agent, TestCatalog.Rules.repair());
        OrderApi.post(Tokens.forRole("supervisor"), orderId, "cancellation",
                "{\"reason\": \"CUSTOMER_WITHDREW\"}").then().statusCode(200);

        act(agent, orderId, 1, "receipt", receipt(Instant.now())).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "order-read-only"));
        act(agent, orderId, 1, "approval", TYPED_SIGNATURE).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "order-read-only"));
        act(agent, orderId, 1, "rejection", "{\"reason\": \"PRICE\"}").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "order-read-only"));
        EstimateApi.get(agent, orderId, 1).then().body("status", equalTo("ISSUED"));
    }

    @Test
    void theOrdersHistorySaysWhoIssuedAndApprovedWhichVersion() {
        String orderId = issuedOnANewOrder(agent, TestCatalog.Rules.repair());
        act(Tokens.of("bruno", "supervisor"), orderId, 1, "approval", TYPED_SIGNATURE).then().statusCode(200);

        as(agent).get("/api/v1/orders/" + orderId + "/history").then().statusCode(200)
                .body("change", hasItems("ESTIMATE_ISSUED", "ESTIMATE_APPROVED"))
                .body("findAll { it.change == 'ESTIMATE_ISSUED' }.by", contains("ana"))
                .body("findAll { it.change == 'ESTIMATE_APPROVED' }.by", contains("bruno"))
                .body("findAll { it.change == 'ESTIMATE_APPROVED' }.note", contains("estimate version 1"))
                .body("findAll { it.change == 'ESTIMATE_APPROVED' }.toStatus", contains("APPROVED"));
    }

    @Test
    void aChangeNamesTheEstimatesCurrentETag() {
        String orderId = issuedOnANewOrder(agent, TestCatalog.Rules.repair());

        act(agent, orderId, 1, "approval", TYPED_SIGNATURE, "\"0\"").then().statusCode(412)
                .body("type", equalTo(PROBLEMS + "precondition-failed"));
        as(agent).contentType("application/json").body(TYPED_SIGNATURE).post(estimates(orderId) + "/1/approval")
                .then().statusCode(428);
    }

    private static String receipt(Instant at) {
        return "{\"receivedAt\": \"" + at + "\"}";
    }

    private String signatureRow(String signatureId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT ip_address, user_agent, signer_name, purpose FROM order_signature WHERE id = ?")) {
            query.setObject(1, UUID.fromString(signatureId));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1) + " | " + row.getString(2) + " | " + row.getString(3) + " | "
                        + row.getString(4);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
