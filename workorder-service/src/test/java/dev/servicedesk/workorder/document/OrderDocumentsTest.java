package dev.servicedesk.workorder.document;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.workorder.catalog.TestCatalog;
import dev.servicedesk.workorder.order.OrderApi;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The order's documents come out of the API as PDF in pt-BR, with the customer read from intake when printed. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OrderDocumentsTest {

    @OidcWireMock
    WireMockServer intake;

    private final String agent = Tokens.of("ana", "agent");

    @Test
    void theOpeningReceiptPrintsTheOrderTheCustomerAndTheTerms() throws IOException {
        UUID customer = UUID.randomUUID();
        String code = TestCatalog.problemCode(TestCatalog.Rules.simple());
        JsonPath order = OrderApi.open(agent, Map.of("problemCode", code, "customerId", customer.toString(),
                "description", "Geladeira não gela")).then().statusCode(201).extract().jsonPath();
        intake.stubFor(get(urlEqualTo("/auth/intake/api/v1/customers/" + customer)).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                        {"id":"%s","type":"PERSON","document":"123.456.789-09","name":"Joana Silva",
                         "phones":[{"number":"(11) 98765-4321","kind":"MOBILE"}],"email":"joana@example.com",
                         "addresses":[{"street":"Rua das Flores","number":"12","district":"Centro",
                         "city":"São Paulo","state":"SP","cep":"01310-100"}]}""".formatted(customer))));

        byte[] pdf = given().auth().oauth2(agent).accept("application/pdf")
                .get(OrderApi.ORDERS + "/" + order.getString("id") + "/receipt").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();

        String text = textOf(pdf);
        assertTrue(text.contains(order.getString("number")), text);
        assertTrue(text.contains("Joana Silva") && text.contains("123.456.789-09"), text);
        assertTrue(text.contains("Rua das Flores, 12 - Centro, São Paulo/SP, CEP 01310-100"), text);
        assertTrue(text.contains("Geladeira não gela"), text);
        assertTrue(text.contains("Garantia legal do serviço conforme o CDC"), text);
    }

    @Test
    void anOrderWithoutACustomerHasNoReceipt() {
        String id = OrderApi.opened(agent, TestCatalog.problemCode(TestCatalog.Rules.simple())).getString("id");
        given().auth().oauth2(agent).get(OrderApi.ORDERS + "/" + id + "/receipt").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(OrderApi.PROBLEMS + "order-without-customer"));
        given().auth().oauth2(Tokens.forRole("analyst")).get(OrderApi.ORDERS + "/" + id + "/receipt").then()
                .statusCode(403);
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
