package dev.servicedesk.intake.request;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.intake.customer.TestCustomers;
import dev.servicedesk.intake.order.TestOrder;
import dev.servicedesk.platform.testing.EventSender;
import dev.servicedesk.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A technician reads the requests of the orders assigned to it now, with what the job needs on site, and nothing
 * else: any other request does not exist for it (404).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class TechnicianAccessTest {

    private final String agent = Tokens.of("ana", "agent");
    private String technician;
    private String technicianToken;
    private String customer;
    private String problemCode;

    @BeforeEach
    void aTechnicianOfItsOwn() {
        technician = "tec-" + UUID.randomUUID();
        technicianToken = Tokens.of(technician, "technician");
        customer = TestCustomers.registeredPerson(agent);
        problemCode = RequestApi.uniqueProblemCode();
    }

    @Test
    void aTechnicianReadsTheRequestsOfItsOrderWithThePlaceAndTheDescription() {
        String request = loggedAction();
        String otherRequest = loggedAction();
        try (EventSender sender = EventSender.open()) {
            TestOrder order = TestOrder.opened(sender, problemCode, request);
            TestOrder.opened(sender, problemCode, otherRequest).assign("someone-else");
            order.assign(technician);
            order.awaitConsumed();

            RequestApi.get(technicianToken, request).then().statusCode(200)
                    .body("orderId", equalTo(order.id()))
                    .body("action.problemCode", equalTo(problemCode))
                    .body("action.place.street", equalTo("Rua Barão de Jaguara"))
                    .body("action.place.number", equalTo("1481"))
                    .body("action.place.cep", notNullValue())
                    .body("action.description", notNullValue())
                    .body("action.product.serialNumber", equalTo("SN-99887766"));
            String protocol = RequestApi.get(agent, request).jsonPath().getString("protocol");
            given().auth().oauth2(technicianToken).get(RequestApi.REQUESTS + "/by-protocol/" + protocol)
                    .then().statusCode(200).body("id", equalTo(request));
            given().auth().oauth2(technicianToken).get(RequestApi.REQUESTS + "/" + request + "/history")
                    .then().statusCode(200).body("change", hasItem("LINKED_TO_ORDER"));
            given().auth().oauth2(technicianToken).queryParam("size", 200).get(RequestApi.REQUESTS)
                    .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(request));

            RequestApi.get(technicianToken, otherRequest).then().statusCode(404);
            given().auth().oauth2(technicianToken).get(RequestApi.REQUESTS + "/" + otherRequest + "/history")
                    .then().statusCode(404);
        }
    }

    @Test
    void aTechnicianSeesNoFreeTextBeyondTheJob() {
        String request = RequestApi.draft(agent, "{\"channel\": \"PHONE\"}");
        given().auth().oauth2(agent).contentType("application/json").header("If-Match", RequestApi.etag(agent, request))
                .body("""
                        {"type": "INFORMATION", "information": {"question": "A coleta passa na casa da Dona Maria?",
                         "articleIds": [], "answer": "Sim, às terças."}}""")
                .put(RequestApi.REQUESTS + "/" + request + "/details").then().statusCode(200);
        RequestApi.post(agent, request, "logging", null).then().statusCode(200);
        RequestApi.post(agent, request, "conversion", null).then().statusCode(200);
        given().auth().oauth2(agent).contentType("application/json").header("If-Match", RequestApi.etag(agent, request))
                .body("""
                        {"type": "ACTION", "customerId": "%s", "action": {"problemCode": "%s",
                         "place": {"street": "Rua Barão de Jaguara", "number": "10", "district": "Centro",
                                   "city": "Campinas", "state": "SP", "cep": "%s"},
                         "description": "Sofá velho para coleta."}}""".formatted(customer, problemCode,
                        RequestApi.uniqueCep()))
                .put(RequestApi.REQUESTS + "/" + request + "/details").then().statusCode(200);
        RequestApi.post(agent, request, "logging", null).then().statusCode(200);
        try (EventSender sender = EventSender.open()) {
            TestOrder order = TestOrder.opened(sender, problemCode, request);
            order.assign(technician);
            order.awaitConsumed();

            RequestApi.get(technicianToken, request).then().statusCode(200)
                    .body("action.description", equalTo("Sofá velho para coleta."))
                    .body("information.question", nullValue())
                    .body("information.answer", nullValue());
            RequestApi.get(agent, request).then().body("information.question", notNullValue());
            given().auth().oauth2(technicianToken).get("/api/v1/customers/" + customer).then().statusCode(403);
        }
    }

    @Test
    void anotherTechnicianAndAReassignedOneSeeNothing() {
        String request = loggedAction();
        String colleague = "tec-" + UUID.randomUUID();
        String colleagueToken = Tokens.of(colleague, "technician");
        try (EventSender sender = EventSender.open()) {
            TestOrder order = TestOrder.opened(sender, problemCode, request);
            order.assign(technician);
            order.awaitConsumed();
            RequestApi.get(colleagueToken, request).then().statusCode(404);
            given().auth().oauth2(colleagueToken).queryParam("size", 200).get(RequestApi.REQUESTS)
                    .then().statusCode(200).body("items.id", not(hasItem(request)));

            order.assign(colleague);

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> RequestApi.get(colleagueToken, request).statusCode() == 200);
            RequestApi.get(technicianToken, request).then().statusCode(404);
        }
    }

    @Test
    void aRequestWhoseOrderIsNotAssignedIsNotATechniciansToSee() {
        String request = loggedAction();
        String unlinked = loggedAction();
        try (EventSender sender = EventSender.open()) {
            TestOrder order = TestOrder.opened(sender, problemCode, request);
            order.awaitConsumed();
            for (String id : List.of(request, unlinked)) {
                RequestApi.get(technicianToken, id).then().statusCode(404);
            }
            given().auth().oauth2(technicianToken).get(RequestApi.REQUESTS).then().statusCode(200)
                    .body("total", equalTo(0));
        }
    }

    private String loggedAction() {
        return RequestApi.loggedAction(agent, customer, problemCode,
                RequestApi.place(RequestApi.uniqueCep(), "1481", "apto 52"));
    }
}
