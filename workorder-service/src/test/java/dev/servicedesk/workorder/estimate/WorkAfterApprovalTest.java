package dev.servicedesk.workorder.estimate;

import static dev.servicedesk.workorder.estimate.EstimateApi.COMPLETE;
import static dev.servicedesk.workorder.estimate.EstimateApi.PROBLEMS;
import static dev.servicedesk.workorder.estimate.EstimateApi.TYPED_SIGNATURE;
import static dev.servicedesk.workorder.estimate.EstimateApi.act;
import static dev.servicedesk.workorder.estimate.EstimateApi.draft;
import static dev.servicedesk.workorder.estimate.EstimateApi.issuedOnANewOrder;
import static dev.servicedesk.workorder.estimate.EstimateApi.openOrder;
import static org.hamcrest.Matchers.equalTo;

import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.workorder.catalog.TestCatalog;
import dev.servicedesk.workorder.order.OrderApi;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** An order whose problem code asks for an approved estimate is not scheduled or started without one. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class WorkAfterApprovalTest {

    private final String agent = Tokens.of("ana", "agent");
    private final String supervisor = Tokens.of("bruno", "supervisor");
    private final String technician = Tokens.of("tiago", "technician");

    @Test
    void workStartsOnceTheCustomerApprovedTheEstimate() {
        String orderId = openOrder(agent, TestCatalog.Rules.repair());
        schedule(orderId).then().statusCode(409).body("type", equalTo(PROBLEMS + "estimate-not-approved"));
        draft(agent, orderId, COMPLETE).then().statusCode(201);
        act(agent, orderId, 1, "issue", null).then().statusCode(200);
        schedule(orderId).then().statusCode(409).body("type", equalTo(PROBLEMS + "estimate-not-approved"));

        act(agent, orderId, 1, "approval", TYPED_SIGNATURE).then().statusCode(200);
        schedule(orderId).then().statusCode(200).body("status", equalTo("SCHEDULED"));
        assign(orderId).then().statusCode(200);
        OrderApi.post(technician, orderId, "start", null).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void aRejectedEstimateLeavesTheWorkWaiting() {
        String orderId = issuedOnANewOrder(agent, TestCatalog.Rules.repair());
        act(agent, orderId, 1, "rejection", "{\"reason\": \"PRICE\"}").then().statusCode(200);

        schedule(orderId).then().statusCode(409).body("type", equalTo(PROBLEMS + "estimate-not-approved"));
    }

    @Test
    void aNewVersionTakesTheApprovalAwayUntilTheCustomerApprovesItToo() {
        String orderId = issuedOnANewOrder(agent, TestCatalog.Rules.repair());
        act(agent, orderId, 1, "approval", TYPED_SIGNATURE).then().statusCode(200);
        schedule(orderId).then().statusCode(200);
        assign(orderId).then().statusCode(200);

        draft(agent, orderId, COMPLETE).then().statusCode(201);
        act(agent, orderId, 2, "issue", null).then().statusCode(200);
        OrderApi.get(agent, orderId).then().body("status", equalTo("AWAITING_APPROVAL"));
        OrderApi.post(technician, orderId, "start", null).then().statusCode(409);
        schedule(orderId).then().statusCode(409).body("type", equalTo(PROBLEMS + "estimate-not-approved"));

        act(agent, orderId, 2, "approval", TYPED_SIGNATURE).then().statusCode(200);
        schedule(orderId).then().statusCode(200);
        OrderApi.post(technician, orderId, "start", null).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void aNewVersionDuringTheWorkHoldsItForTheCustomerUntilApprovedAndResumed() {
        String orderId = inProgressWithItsFirstEstimateApproved();

        draft(agent, orderId, COMPLETE).then().statusCode(201);
        act(agent, orderId, 2, "issue", null).then().statusCode(200);
        OrderApi.get(agent, orderId).then()
                .body("status", equalTo("ON_HOLD"))
                .body("holdReason", equalTo("CUSTOMER"))
                .body("sla.paused", equalTo(true));
        OrderApi.post(technician, orderId, "resumption", null).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "estimate-not-approved"));

        act(agent, orderId, 2, "approval", TYPED_SIGNATURE).then().statusCode(200);
        OrderApi.get(agent, orderId).then().body("status", equalTo("ON_HOLD"));
        OrderApi.post(technician, orderId, "resumption", null).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void aNewVersionWhileOnHoldKeepsTheWorkWaitingForItsApproval() {
        String orderId = inProgressWithItsFirstEstimateApproved();
        OrderApi.post(technician, orderId, "hold", "{\"reason\": \"PARTS\"}").then().statusCode(200);

        draft(agent, orderId, COMPLETE).then().statusCode(201);
        act(agent, orderId, 2, "issue", null).then().statusCode(200);
        OrderApi.get(agent, orderId).then().body("status", equalTo("ON_HOLD")).body("holdReason", equalTo("PARTS"));
        OrderApi.post(technician, orderId, "resumption", null).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "estimate-not-approved"));
        act(agent, orderId, 2, "rejection", "{\"reason\": \"PRICE\"}").then().statusCode(200);
        OrderApi.post(technician, orderId, "resumption", null).then().statusCode(409);
    }

    @Test
    void aFreeServiceIsWorkedWithoutAnyEstimate() {
        String orderId = openOrder(agent, TestCatalog.problemCode(TestCatalog.Rules.repair()), "CONTRACT");

        schedule(orderId).then().statusCode(200).body("status", equalTo("SCHEDULED"));
        assign(orderId).then().statusCode(200);
        OrderApi.post(technician, orderId, "start", null).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
    }

    private String inProgressWithItsFirstEstimateApproved() {
        String orderId = issuedOnANewOrder(agent, TestCatalog.Rules.repair());
        act(agent, orderId, 1, "approval", TYPED_SIGNATURE).then().statusCode(200);
        schedule(orderId).then().statusCode(200);
        assign(orderId).then().statusCode(200);
        OrderApi.post(technician, orderId, "start", null).then().statusCode(200);
        return orderId;
    }

    private Response schedule(String orderId) {
        Instant from = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return OrderApi.post(supervisor, orderId, "scheduling",
                "{\"visitFrom\": \"%s\", \"visitTo\": \"%s\"}".formatted(from, from.plus(3, ChronoUnit.HOURS)));
    }

    private Response assign(String orderId) {
        return OrderApi.post(supervisor, orderId, "assignment",
                "{\"team\": \"Linha branca\", \"technicianId\": \"tiago\"}");
    }
}
