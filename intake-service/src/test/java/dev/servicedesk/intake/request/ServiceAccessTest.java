package dev.servicedesk.intake.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.intake.customer.TestCustomers;
import dev.servicedesk.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

/**
 * Another service (the work-order service, showing an order's contact to a technician) reads a customer in full and a
 * request as a technician would, with its own client-credentials token; it may change nothing.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ServiceAccessTest {

    private final String agent = Tokens.of("ana", "agent");
    private final String workorder = Tokens.of("service-account-workorder-service", "service");

    @Test
    void anotherServiceReadsTheCustomerInFullAndTheRequestAsATechnicianWould() {
        String customer = TestCustomers.registeredPerson(agent);
        String request = RequestApi.loggedAction(agent, customer, "COLETA-ELETRO",
                RequestApi.place("13015-002", "1481", null));

        given().auth().oauth2(workorder).get("/api/v1/customers/" + customer).then().statusCode(200)
                .body("masked", equalTo(false));
        RequestApi.get(workorder, request).then().statusCode(200)
                .body("action.place.street", equalTo("Rua Barão de Jaguara"))
                .body("action.description", equalTo("Geladeira não gela; a cliente Maria estará em casa à tarde."));
        given().auth().oauth2(workorder).get("/api/v1/requests").then().statusCode(403);
        given().auth().oauth2(workorder).contentType("application/json").body("{\"channel\": \"PHONE\"}")
                .post("/api/v1/requests").then().statusCode(403);
    }

    @Test
    void aServiceSeesNoTextOfAnInformationRequest() {
        String id = RequestApi.draft(agent, "{\"channel\": \"PHONE\"}");
        given().auth().oauth2(agent).contentType("application/json").header("If-Match", RequestApi.etag(agent, id))
                .body("{\"type\": \"INFORMATION\", \"information\": {\"question\": \"Qual o horário?\"}}")
                .put("/api/v1/requests/" + id + "/details").then().statusCode(200);
        RequestApi.get(workorder, id).then().statusCode(200).body("information.question", nullValue());
    }
}
