package dev.servicedesk.intake.customer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** CustomerRegistered: as the contract promises, and with nothing on the topic that identifies the customer. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CustomerEventsTest {

    private static final String TOPIC = "servicedesk.customers.v1";
    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    @Test
    void theDocumentsAgree() {
        EventContracts.assertDocumentsConsistent();
    }

    @Test
    void theCustomerContractIsServedWithoutAToken() {
        given().get("/events/asyncapi.yaml").then().statusCode(200).body(containsString(TOPIC));
        given().get("/events/schemas/CustomerRegistered.schema.json").then().statusCode(200)
                .body("title", equalTo("CustomerRegistered"));
        given().get("/events/examples/CustomerRegistered.json").then().statusCode(200).body("type", equalTo("PERSON"));
    }

    @Test
    void aRegistrationIsPublishedAsPromisedWithoutPersonalData() throws Exception {
        String cpf = TestCustomers.randomCpf();
        String mobile = TestCustomers.randomMobile();
        String surname = TestCustomers.uniqueWord();
        Map<String, Object> body = TestCustomers.person(cpf, "Maria da Conceição " + surname, mobile);
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            Response registered = CustomerApi.register(Tokens.partner("partner-acme"), body);
            String id = registered.then().statusCode(201).extract().path("id");

            ConsumerRecord<String, String> record = probe.awaitRecord(TopicProbe.withKey(id), ARRIVAL);

            EventContracts.assertMatchesContract(record);
            assertEquals("CustomerRegistered", TopicProbe.header(record, "ce_type"));
            assertEquals("0", TopicProbe.header(record, "ce_aggregateversion"));
            JsonNode event = new ObjectMapper().readTree(record.value());
            assertEquals(id, event.get("customerId").asText());
            assertEquals("PERSON", event.get("type").asText());
            assertEquals("Campinas", event.get("city").asText());
            assertEquals("SP", event.get("state").asText());
            assertEquals("partner-acme", event.get("partnerId").asText());
            String value = record.value().toLowerCase();
            for (String personal : List.of(surname, "conceição", cpf, TestCustomers.formattedCpf(cpf), cpf.substring(3, 9),
                    mobile, mobile.substring(2), mobile.substring(7), (String) body.get("email"), "@example",
                    "barão de jaguara", "1481", "apto", "13015")) {
                assertFalse(value.contains(personal.toLowerCase()), "the event carries '" + personal + "': " + value);
            }
        }
    }
}
