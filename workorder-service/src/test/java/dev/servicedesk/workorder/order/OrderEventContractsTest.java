package dev.servicedesk.workorder.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.servicedesk.platform.testing.EventContracts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

/** workorder's event contract: its documents agree with each other and are served without a token. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OrderEventContractsTest {

    @Test
    void theDocumentsAgree() {
        EventContracts.assertDocumentsConsistent();
    }

    @Test
    void theContractIsServedNextToTheOpenApiDocument() {
        given().get("/events/asyncapi.yaml").then().statusCode(200).body(containsString("servicedesk.orders.v1"));
        given().get("/events/schemas/OrderOpened.schema.json").then().statusCode(200)
                .body("title", equalTo("OrderOpened"));
    }
}
