package dev.servicedesk.intake.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.servicedesk.intake.customer.TestCustomers;
import dev.servicedesk.intake.order.TestOrder;
import dev.servicedesk.platform.testing.EventSender;
import dev.servicedesk.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The agent is offered the open orders that may already cover an action request: the same problem code at the same
 * place (CEP, number, and complement when both name one), newest first.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OrderCandidatesTest {

    private final String agent = Tokens.of("ana", "agent");
    private String customer;
    private String problemCode;
    private String cep;

    @BeforeEach
    void aProblemAtAPlace() {
        customer = TestCustomers.registeredPerson(agent);
        problemCode = RequestApi.uniqueProblemCode();
        cep = RequestApi.uniqueCep();
    }

    @Test
    void theOpenOrdersForTheSameProblemAtTheSamePlaceAreOfferedNewestFirst() {
        String first = logged(RequestApi.place(cep, "1481", "apto 52"));
        String neighbour = logged(RequestApi.place(cep, "1481", null));
        String later = logged(RequestApi.place(cep.replace("-", ""), " 1481 ", "APTO  52"));
        try (EventSender sender = EventSender.open()) {
            TestOrder older = TestOrder.opened(sender, problemCode, first);
            older.attach(neighbour);
            older.awaitConsumed();
            TestOrder newer = TestOrder.opened(sender, problemCode, later);
            newer.move("OrderStarted", "IN_PROGRESS");
            newer.awaitConsumed();

            String asking = RequestApi.describedAction(agent, customer, problemCode,
                    RequestApi.place(cep, "1481", "Apto 52"));
            candidates(asking).then().statusCode(200)
                    .body("number", contains(newer.number(), older.number()))
                    .body("orderId", contains(newer.id(), older.id()))
                    .body("status", contains("IN_PROGRESS", "OPEN"))
                    .body("openedAt", contains(notNullValue(), notNullValue()))
                    .body("[1].protocols", containsInAnyOrder(protocol(first), protocol(neighbour)))
                    .body("[0].protocols", contains(protocol(later)));
        }
    }

    @Test
    void anotherNumberAnotherComplementOrAnotherProblemIsNotTheSameReport() {
        String otherNumber = logged(RequestApi.place(cep, "1483", null));
        String otherFlat = logged(RequestApi.place(cep, "1481", "apto 71"));
        String anotherCode = RequestApi.uniqueProblemCode();
        String otherProblem = RequestApi.loggedAction(agent, customer, anotherCode,
                RequestApi.place(cep, "1481", "apto 52"));
        String buildingWide = logged(RequestApi.place(cep, "1481", null));
        try (EventSender sender = EventSender.open()) {
            TestOrder.opened(sender, problemCode, otherNumber).awaitConsumed();
            TestOrder.opened(sender, problemCode, otherFlat).awaitConsumed();
            TestOrder.opened(sender, anotherCode, otherProblem).awaitConsumed();
            TestOrder building = TestOrder.opened(sender, problemCode, buildingWide);
            building.awaitConsumed();

            String asking = RequestApi.describedAction(agent, customer, problemCode,
                    RequestApi.place(cep, "1481", "apto 52"));
            candidates(asking).then().statusCode(200).body("number", contains(building.number()));
        }
    }

    @Test
    void ordersThatAreClosedOrCancelledAreNoLongerOffered() {
        String closedOnes = logged(RequestApi.place(cep, "20", null));
        String cancelledOnes = logged(RequestApi.place(cep, "20", null));
        try (EventSender sender = EventSender.open()) {
            TestOrder closed = TestOrder.opened(sender, problemCode, closedOnes);
            closed.close();
            closed.awaitConsumed();
            TestOrder cancelled = TestOrder.opened(sender, problemCode, cancelledOnes);
            cancelled.cancel("NOT_COVERED");
            cancelled.awaitConsumed();

            String asking = RequestApi.describedAction(agent, customer, problemCode, RequestApi.place(cep, "20", null));
            candidates(asking).then().statusCode(200).body("size()", equalTo(0));
        }
    }

    @Test
    void onlyAnActionRequestWithItsProblemAndPlaceHasCandidates() {
        String comment = RequestApi.draft(agent, "{\"channel\": \"CHAT\"}");
        given().auth().oauth2(agent).contentType("application/json").header("If-Match", RequestApi.etag(agent, comment))
                .body(Map.of("type", "COMMENT", "comment", Map.of("text", "Muito bom", "kind", "PRAISE")))
                .put(RequestApi.REQUESTS + "/" + comment + "/details").then().statusCode(200);
        candidates(comment).then().statusCode(422)
                .body("type", equalTo(RequestApi.PROBLEMS + "section-does-not-fit-type"));

        String draft = RequestApi.draft(agent, "{\"channel\": \"CHAT\"}");
        candidates(draft).then().statusCode(422).body("type", equalTo(RequestApi.PROBLEMS + "request-incomplete"))
                .body("violations.field", containsInAnyOrder("type", "action.problemCode", "action.place"));
        given().auth().oauth2(agent).contentType("application/json").header("If-Match", RequestApi.etag(agent, draft))
                .body(Map.of("type", "ACTION", "action", Map.of("problemCode", problemCode)))
                .put(RequestApi.REQUESTS + "/" + draft + "/details").then().statusCode(200);
        candidates(draft).then().statusCode(422).body("violations.field", contains("action.place"));

        candidates("7d3e2f1a-4b5c-4d6e-8f9a-0b1c2d3e4f5a").then().statusCode(404);
        given().auth().oauth2(Tokens.forRole("analyst")).get(RequestApi.REQUESTS + "/" + draft + "/order-candidates")
                .then().statusCode(403);
        given().auth().oauth2(agent).get(RequestApi.REQUESTS).then().body("items.id", hasItem(draft));
    }

    private String logged(Map<String, Object> place) {
        return RequestApi.loggedAction(agent, customer, problemCode, place);
    }

    private String protocol(String request) {
        return RequestApi.get(agent, request).jsonPath().getString("protocol");
    }

    private Response candidates(String request) {
        return given().auth().oauth2(agent).get(RequestApi.REQUESTS + "/" + request + "/order-candidates");
    }
}
