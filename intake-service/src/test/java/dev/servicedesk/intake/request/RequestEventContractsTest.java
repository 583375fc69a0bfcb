package dev.servicedesk.intake.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.servicedesk.platform.testing.EventContracts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

/** intake's event contract: its documents agree with each other and are served without a token. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RequestEventContractsTest {

    @Test
    void theDocumentsAgree() {
        EventContracts.assertDocumentsConsistent();
    }

    @Test
    void theContractIsServedNextToTheOpenApiDocument() {
        given().get("/events/asyncapi.yaml").then().statusCode(200).body(containsString("servicedesk.requests.v1"));
        given().get("/events/schemas/RequestLogged.schema.json").then().statusCode(200)
                .body("title", equalTo("RequestLogged"));
    }
}
