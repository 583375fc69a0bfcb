package dev.servicedesk.workorder.estimate;

import static dev.servicedesk.workorder.estimate.EstimateApi.COMPLETE;
import static dev.servicedesk.workorder.estimate.EstimateApi.PROBLEMS;
import static dev.servicedesk.workorder.estimate.EstimateApi.TYPED_SIGNATURE;
import static dev.servicedesk.workorder.estimate.EstimateApi.act;
import static dev.servicedesk.workorder.estimate.EstimateApi.as;
import static dev.servicedesk.workorder.estimate.EstimateApi.draft;
import static dev.servicedesk.workorder.estimate.EstimateApi.issuedOnANewOrder;
import static dev.servicedesk.workorder.estimate.EstimateApi.update;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.workorder.catalog.TestCatalog;
import dev.servicedesk.workorder.order.OrderApi;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The approval's signature holds the SHA-256 of exactly what the customer was shown; any later change shows. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class EstimateSignatureTest {

    @Inject
    AgroalDataSource dataSource;

    private final String agent = Tokens.of("ana", "agent");

    @Test
    void anUntouchedEstimateStillMatchesItsSignature() {
        String orderId = issuedOnANewOrder(agent, TestCatalog.Rules.repair());
        String signatureId = approve(orderId, 1);

        verification(agent, orderId, signatureId).then().statusCode(200)
                .body("signatureId", equalTo(signatureId))
                .body("purpose", equalTo("ESTIMATE_APPROVAL"))
                .body("matches", equalTo(true))
                .body("signedSha256", matchesPattern("[0-9a-f]{64}"))
                .body("currentSha256", equalTo(verification(agent, orderId, signatureId).path("signedSha256")));
    }

    @Test
    void aChangedAmountInTheDatabaseNoLongerMatches() {
        String orderId = issuedOnANewOrder(agent, TestCatalog.Rules.repair());
        String signatureId = approve(orderId, 1);

        update(dataSource, "UPDATE estimate SET discount = discount + 0.01 WHERE order_id = ? AND version = 1",
                UUID.fromString(orderId));

        JsonPath verified = verification(agent, orderId, signatureId).then().statusCode(200)
                .body("matches", equalTo(false)).extract().jsonPath();
        assertNotEquals(verified.getString("signedSha256"), verified.getString("currentSha256"));
    }

    @Test
    void aChangedLineInTheDatabaseNoLongerMatches() {
        String orderId = issuedOnANewOrder(agent, TestCatalog.Rules.repair());
        String signatureId = approve(orderId, 1);

        update(dataSource, "UPDATE estimate SET lines = jsonb_set(lines, '{1,unitPrice}', '4.95') "
                + "WHERE order_id = ? AND version = 1", UUID.fromString(orderId));

        verification(agent, orderId, signatureId).then().statusCode(200).body("matches", equalTo(false));
    }

    @Test
    void aLaterVersionLeavesTheEarlierSignatureMatchingWhatItSigned() {
        String orderId = issuedOnANewOrder(agent, TestCatalog.Rules.repair());
        String first = approve(orderId, 1);
        draft(agent, orderId, COMPLETE.replace("\"instalments\": 2", "\"instalments\": 3")).then().statusCode(201);
        act(agent, orderId, 2, "issue", null).then().statusCode(200);
        String second = approve(orderId, 2);

        verification(agent, orderId, first).then().statusCode(200).body("matches", equalTo(true));
        verification(agent, orderId, second).then().statusCode(200).body("matches", equalTo(true))
                .body("signedSha256", not(equalTo(verification(agent, orderId, first).path("signedSha256"))));
    }

    @Test
    void thoseWhoMayReadTheOrderMayVerifyItsSignatures() {
        String orderId = issuedOnANewOrder(agent, TestCatalog.Rules.repair());
        String signatureId = approve(orderId, 1);

        verification(Tokens.forRole("analyst"), orderId, signatureId).then().statusCode(200);
        verification(Tokens.of("tiago", "technician"), orderId, signatureId).then().statusCode(404);
        OrderApi.post(Tokens.forRole("supervisor"), orderId, "assignment",
                "{\"team\": \"Linha branca\", \"technicianId\": \"tiago\"}").then().statusCode(200);
        verification(Tokens.of("tiago", "technician"), orderId, signatureId).then().statusCode(200);
        EstimateApi.get(Tokens.of("tiago", "technician"), orderId, 1).then().statusCode(200);
        EstimateApi.get(Tokens.of("tomas", "technician"), orderId, 1).then().statusCode(404);
        verification(Tokens.partner("partner-acme"), orderId, signatureId).then().statusCode(403);
        given().get("/api/v1/orders/" + orderId + "/signatures/" + signatureId + "/verification").then()
                .statusCode(401);
    }

    @Test
    void aSignatureIsFoundOnlyOnItsOwnOrder() {
        String orderId = issuedOnANewOrder(agent, TestCatalog.Rules.repair());
        String signatureId = approve(orderId, 1);
        String otherOrder = issuedOnANewOrder(agent, TestCatalog.Rules.repair());

        verification(agent, otherOrder, signatureId).then().statusCode(404)
                .body("type", equalTo(PROBLEMS + "not-found"));
        verification(agent, orderId, UUID.randomUUID().toString()).then().statusCode(404);
        assertEquals(200, verification(agent, orderId, signatureId).statusCode());
    }

    private String approve(String orderId, int version) {
        return act(agent, orderId, version, "approval", TYPED_SIGNATURE).then().statusCode(200).extract()
                .path("approval.signatureId");
    }

    private static Response verification(String token, String orderId, String signatureId) {
        return as(token).get("/api/v1/orders/" + orderId + "/signatures/" + signatureId + "/verification");
    }
}
