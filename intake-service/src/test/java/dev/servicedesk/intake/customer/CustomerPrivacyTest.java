package dev.servicedesk.intake.customer;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicedesk.platform.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** LGPD: personal data in full only for the staff who serve the customer, every such look recorded; partners apart. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CustomerPrivacyTest {

    @Inject
    AgroalDataSource dataSource;

    private final String agent = Tokens.of("ana", "agent");

    @Test
    void anAnalystSeesTheCustomerMasked() {
        String cpf = TestCustomers.randomCpf();
        String mobile = TestCustomers.randomMobile();
        String surname = TestCustomers.uniqueWord();
        String id = CustomerApi.registered(agent, TestCustomers.person(cpf, "Maria da Conceição " + surname, mobile));

        CustomerApi.get(Tokens.of("otto", "analyst"), id).then().statusCode(200)
                .body("masked", equalTo(true))
                .body("document", equalTo("***." + cpf.substring(3, 6) + "." + cpf.substring(6, 9) + "-**"))
                .body("name", equalTo("Maria " + surname.charAt(0) + "."))
                .body("phones[0].number", equalTo("(11) *****-" + mobile.substring(7)))
                .body("email", equalTo("m***@e***.com.br"))
                .body("addresses[0].street", equalTo("***"))
                .body("addresses[0].number", equalTo("***"))
                .body("addresses[0].complement", equalTo("***"))
                .body("addresses[0].cep", equalTo("13015-***"))
                .body("addresses[0].city", equalTo("Campinas"))
                .body("addresses[0].state", equalTo("SP"));
        CustomerApi.search(Tokens.of("otto", "analyst"), Map.of("name", surname)).then().statusCode(200)
                .body("items[0].masked", equalTo(true))
                .body("items[0].document", equalTo("***." + cpf.substring(3, 6) + "." + cpf.substring(6, 9) + "-**"));
    }

    @Test
    void everyFullViewByStaffIsRecordedWithWhoAndHow() throws SQLException {
        Map<String, Object> body = TestCustomers.person();
        Response registered = CustomerApi.register(agent, body);
        String id = registered.path("id");
        CustomerApi.get(Tokens.of("bia", "supervisor"), id).then().statusCode(200).body("masked", equalTo(false));
        CustomerApi.search(Tokens.of("caio", "admin"), Map.of("document", body.get("document"))).then()
                .body("items[0].masked", equalTo(false));
        CustomerApi.update(agent, id, registered.header("ETag"), body).then().statusCode(200);

        assertEquals(List.of("ana REGISTER", "bia READ", "caio SEARCH", "ana UPDATE"), accessesTo(id));
    }

    @Test
    void maskedViewsAreNotRecordedAsAccessToPersonalData() throws SQLException {
        String id = CustomerApi.registered(Tokens.partner("partner-acme"), TestCustomers.person());
        CustomerApi.get(Tokens.of("otto", "analyst"), id).then().statusCode(200).body("masked", equalTo(true));
        CustomerApi.get(Tokens.partner("partner-acme"), id).then().statusCode(200).body("masked", equalTo(true));

        assertEquals(List.of(), accessesTo(id));
    }

    @Test
    void aPartnerRegistersItsCustomersAndSeesThemMaskedWithItsOwnId() {
        Map<String, Object> body = TestCustomers.person();
        Response registered = CustomerApi.register(Tokens.partner("partner-acme"), body);

        registered.then().statusCode(201)
                .body("masked", equalTo(true))
                .body("partnerId", equalTo("partner-acme"))
                .body("registeredBy", equalTo("service-account-partner-acme"));
        String id = registered.path("id");
        CustomerApi.update(Tokens.partner("partner-acme"), id, registered.header("ETag"), body).then().statusCode(200);
        CustomerApi.search(Tokens.partner("partner-acme"), Map.of("document", body.get("document"))).then()
                .body("items.id", contains(id));
    }

    @Test
    void anotherPartnersCustomerDoesNotExistForAPartner() {
        Map<String, Object> body = TestCustomers.person();
        Response registered = CustomerApi.register(Tokens.partner("partner-acme"), body);
        String id = registered.path("id");
        String bravo = Tokens.partner("partner-bravo");

        CustomerApi.get(bravo, id).then().statusCode(404).body("type", equalTo(CustomerApi.PROBLEMS + "not-found"));
        CustomerApi.update(bravo, id, registered.header("ETag"), body).then().statusCode(404);
        CustomerApi.search(bravo, Map.of("document", body.get("document"))).then().statusCode(200)
                .body("total", equalTo(0));
        CustomerApi.get(agent, id).then().statusCode(200).body("partnerId", equalTo("partner-acme"));
    }

    @Test
    void aPartnerDoesNotSeeTheCallCentresOwnCustomers() {
        Map<String, Object> body = TestCustomers.person();
        String id = CustomerApi.registered(agent, body);

        CustomerApi.get(Tokens.partner("partner-acme"), id).then().statusCode(404);
        CustomerApi.search(Tokens.partner("partner-acme"), Map.of("document", body.get("document"))).then()
                .body("total", equalTo(0));
    }

    private List<String> accessesTo(String customerId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT accessed_by, access FROM customer_access WHERE customer_id = ? ORDER BY id")) {
            query.setObject(1, UUID.fromString(customerId));
            List<String> accesses = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    accesses.add(rows.getString(1) + " " + rows.getString(2));
                }
            }
            return accesses;
        }
    }
}
