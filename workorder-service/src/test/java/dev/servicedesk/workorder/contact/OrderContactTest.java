package dev.servicedesk.workorder.contact;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.workorder.catalog.TestCatalog;
import dev.servicedesk.workorder.order.OrderApi;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The contact details are shown by reference: read from intake's API with this service's own token (a stub that
 * answers only a bearer token proves it is sent) when asked. Intake is
 * played here by the OIDC test server's WireMock; the system tests call the real one.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OrderContactTest {

    @OidcWireMock
    WireMockServer intake;

    private final String agent = Tokens.of("ana", "agent");

    @Test
    void theContactIsReadFromIntakeWhenShown() {
        UUID customer = UUID.randomUUID();
        String id = openFor(customer);
        stubCustomer(customer, 200, """
                {"id":"%s","type":"PERSON","document":"123.456.789-09","name":"Joana Silva",
                 "phones":[{"number":"(11) 98765-4321","kind":"MOBILE"}],"email":"joana@example.com",
                 "addresses":[],"version":0,"masked":false}""".formatted(customer));
        given().auth().oauth2(agent).get(OrderApi.ORDERS + "/" + id + "/contact").then().statusCode(200)
                .body("customer.name", equalTo("Joana Silva"))
                .body("customer.phones[0].number", equalTo("(11) 98765-4321"));
    }

    @Test
    void aCustomerErasedInIntakeLeavesNoContactAndNoError() {
        UUID customer = UUID.randomUUID();
        String id = openFor(customer);
        stubCustomer(customer, 404, "{\"status\":404}");
        given().auth().oauth2(agent).get(OrderApi.ORDERS + "/" + id + "/contact").then().statusCode(200)
                .body("customer", nullValue());
    }

    @Test
    void aCustomerIntakeKeepsOnlyAsErasedLeavesNoContactAndNoCustomerDocument() {
        UUID customer = UUID.randomUUID();
        String id = openFor(customer);
        stubCustomer(customer, 200, """
                {"id":"%s","type":"PERSON","name":"Titular eliminado (LGPD)","phones":[],"addresses":[],
                 "erasedAt":"2026-11-23T16:05:00Z","version":1,"masked":false}""".formatted(customer));
        given().auth().oauth2(agent).get(OrderApi.ORDERS + "/" + id + "/contact").then().statusCode(200)
                .body("customer", nullValue());
        given().auth().oauth2(agent).get(OrderApi.ORDERS + "/" + id + "/receipt").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(OrderApi.PROBLEMS + "order-without-customer"));
    }

    @Test
    void whenIntakeDoesNotAnswerTheContactIsAClear503() {
        UUID customer = UUID.randomUUID();
        String id = openFor(customer);
        intake.stubFor(get(urlEqualTo("/auth/intake/api/v1/customers/" + customer))
                .willReturn(aResponse().withFixedDelay(3000).withStatus(200)));
        given().auth().oauth2(agent).get(OrderApi.ORDERS + "/" + id + "/contact").then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo(OrderApi.PROBLEMS + "intake-unavailable"));
        UUID broken = UUID.randomUUID();
        String other = openFor(broken);
        stubCustomer(broken, 500, "{}");
        given().auth().oauth2(agent).get(OrderApi.ORDERS + "/" + other + "/contact").then().statusCode(503);
    }

    @Test
    void onlyThoseWhoGoOrCallSeeTheContact() {
        String id = openFor(UUID.randomUUID());
        given().auth().oauth2(Tokens.forRole("analyst")).get(OrderApi.ORDERS + "/" + id + "/contact").then()
                .statusCode(403);
        given().auth().oauth2(Tokens.partner("partner-acme")).get(OrderApi.ORDERS + "/" + id + "/contact").then()
                .statusCode(403);
        given().auth().oauth2(Tokens.of("otto", "technician")).get(OrderApi.ORDERS + "/" + id + "/contact").then()
                .statusCode(404);
        given().get(OrderApi.ORDERS + "/" + id + "/contact").then().statusCode(401);
    }

    private String openFor(UUID customer) {
        return OrderApi.open(agent, Map.of("problemCode", TestCatalog.problemCode(TestCatalog.Rules.simple()),
                "customerId", customer.toString())).then().statusCode(201).extract().path("id");
    }

    private void stubCustomer(UUID customer, int status, String body) {
        intake.stubFor(get(urlEqualTo("/auth/intake/api/v1/customers/" + customer))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }
}
