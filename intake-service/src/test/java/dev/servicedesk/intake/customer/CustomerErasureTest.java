package dev.servicedesk.intake.customer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.servicedesk.intake.request.RequestApi;
import dev.servicedesk.platform.security.Roles;
import dev.servicedesk.platform.testing.EventContracts;
import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.platform.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** LGPD erasure: the person's data and the free text about them go for good; ids, protocols and dates stay. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CustomerErasureTest {

    private static final String ERASED_TEXT = "[eliminado a pedido do titular (LGPD)]";

    private final String agent = Tokens.forRole(Roles.AGENT);
    private final String supervisor = Tokens.forRole(Roles.SUPERVISOR);

    @Test
    void anErasedCustomerKeepsItsIdAndRequestsButNothingThatIdentifiesThePerson() throws Exception {
        String cpf = TestCustomers.randomCpf();
        String mobile = TestCustomers.randomMobile();
        String surname = TestCustomers.uniqueWord();
        String id = CustomerApi.registered(agent, TestCustomers.person(cpf, "Maria " + surname, mobile));
        String cep = RequestApi.uniqueCep();
        String request = RequestApi.loggedAction(agent, id, RequestApi.uniqueProblemCode(),
                RequestApi.place(cep, "1481", "apto 12"));
        String protocol = RequestApi.get(agent, request).then().extract().path("protocol");

        try (TopicProbe probe = TopicProbe.open("servicedesk.customers.v1")) {
            erase(id).then().statusCode(200)
                    .body("name", equalTo(Customer.ERASED_NAME)).body("document", nullValue())
                    .body("phones", empty()).body("email", nullValue()).body("addresses", empty())
                    .body("erasedAt", notNullValue());

            ConsumerRecord<String, String> record = probe.awaitRecord(TopicProbe.withKey(id)
                    .and(TopicProbe.withHeader("ce_type", "CustomerErased")), Duration.ofSeconds(30));
            EventContracts.assertMatchesContract(record);
            for (String personal : List.of(surname, cpf, mobile, "Barão", cep.replace("-", ""))) {
                assertFalse(record.value().contains(personal), record.value());
            }
        }

        CustomerApi.get(agent, id).then().statusCode(200).body("name", equalTo(Customer.ERASED_NAME))
                .body("document", nullValue());
        RequestApi.get(agent, request).then().statusCode(200)
                .body("protocol", equalTo(protocol)).body("customerId", equalTo(id))
                .body("action.description", equalTo(ERASED_TEXT))
                .body("action.place.street", equalTo(ERASED_TEXT))
                .body("action.place.complement", nullValue())
                .body("action.place.city", equalTo("Campinas"))
                .body("action.place.cep", equalTo(cep.substring(0, 5) + "-000"));
        CustomerApi.search(agent, Map.of("document", cpf)).then().statusCode(200).body("total", equalTo(0));
        CustomerApi.search(agent, Map.of("name", surname)).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theDocumentIsFreeAgainAndTheErasedRecordStaysAsItIs() {
        String cpf = TestCustomers.randomCpf();
        Map<String, Object> person = TestCustomers.person(cpf, "João " + TestCustomers.uniqueWord(),
                TestCustomers.randomMobile());
        String id = CustomerApi.registered(agent, person);
        Response first = erase(id);
        first.then().statusCode(200);

        Response again = erase(id);
        again.then().statusCode(200);
        assertEquals(first.header("ETag"), again.header("ETag"));
        CustomerApi.update(agent, id, again.header("ETag"), person).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo(CustomerApi.PROBLEMS + "customer-erased"));
        CustomerApi.register(agent, person).then().statusCode(201);
    }

    @Test
    void aCustomerNobodyKnowsCannotBeErased() {
        erase("5f0c7a1e-0000-4000-8000-000000000000").then().statusCode(404).contentType("application/problem+json");
    }

    private Response erase(String id) {
        return given().auth().oauth2(supervisor).post(CustomerApi.CUSTOMERS + "/" + id + "/erasure");
    }
}
