package dev.servicedesk.systemtest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.servicedesk.platform.testing.TopicProbe;
import dev.servicedesk.systemtest.SuiteProcesses.Service;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An agent, logged in through Keycloak, registers a caller and logs an action request for her through the packaged
 * intake-service; RequestLogged reaches servicedesk.requests.v1 as intake's published schema says, and nothing in it
 * is the customer's personal data.
 */
@ExtendWith(SuiteProcesses.class)
class IntakeFlowIT {

    private static final String TOPIC = "servicedesk.requests.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anActionRequestIsLoggedAndItsEventCarriesNoPersonalData() throws Exception {
        String intake = SuiteProcesses.baseUrl(Service.INTAKE) + "/api/v1";
        String agent = Keycloak.userToken("agent");
        String cpf = Cpfs.unused();
        String name = "Maria das Graças Figueiredo";
        String phone = "19998765432";
        String email = "maria.figueiredo." + UUID.randomUUID().toString().substring(0, 8) + "@example.com.br";

        String customerId = given().auth().oauth2(agent).contentType("application/json").body("""
                {"type": "PERSON", "document": "%s", "name": "%s",
                 "phones": [{"number": "(19) 99876-5432", "kind": "MOBILE"}], "email": "%s",
                 "addresses": [{"street": "Rua Barão de Jaguara", "number": "1481", "district": "Centro",
                                "city": "Campinas", "state": "SP", "cep": "13015-002"}],
                 "preferredChannel": "WHATSAPP"}""".formatted(cpf, name, email))
                .post(intake + "/customers").then().statusCode(201).extract().path("id");

        try (TopicProbe probe = TopicProbe.open(TOPIC, Environment.kafkaBootstrap())) {
            JsonNodeRequest opened = step(given().auth().oauth2(agent).contentType("application/json")
                    .body("{\"channel\": \"WHATSAPP\"}").post(intake + "/requests").then().statusCode(201)
                    .extract().asString());
            JsonNodeRequest described = step(given().auth().oauth2(agent).contentType("application/json")
                    .header("If-Match", opened.etag()).body("""
                            {"type": "ACTION", "customerId": "%s",
                             "action": {"problemCode": "COLETA-ELETRO",
                                        "place": {"street": "Rua Barão de Jaguara", "number": "1481",
                                                  "district": "Centro", "city": "Campinas", "state": "SP",
                                                  "cep": "13015-002"},
                                        "description": "Geladeira velha para coleta; falar com %s.",
                                        "product": {"brand": "Consul", "model": "Frost Free 480L",
                                                    "serialNumber": "SN-44556677"}}}""".formatted(customerId, name))
                    .put(intake + "/requests/" + opened.id() + "/details").then().statusCode(200).extract().asString());
            given().auth().oauth2(agent).header("If-Match", described.etag())
                    .post(intake + "/requests/" + opened.id() + "/logging").then().statusCode(200)
                    .body("status", equalTo("OPEN"));

            ConsumerRecord<String, String> logged = probe.awaitRecord(TopicProbe.withKey(opened.id())
                    .and(TopicProbe.withHeader("ce_type", "RequestLogged")), Duration.ofSeconds(30));
            assertEquals("/servicedesk/intake-service", TopicProbe.header(logged, "ce_source"));
            assertEquals(opened.id(), TopicProbe.header(logged, "ce_subject"));

            Set<ValidationMessage> violations = publishedSchema("RequestLogged").validate(JSON.readTree(logged.value()));
            assertTrue(violations.isEmpty(), violations.toString());

            String value = logged.value();
            for (String personal : List.of(cpf, cpf.substring(0, 3) + "." + cpf.substring(3, 6), name, "Maria", phone,
                    "99876-5432", email, "Barão de Jaguara", "13015", "SN-44556677")) {
                assertFalse(value.contains(personal), "'" + personal + "' is personal data, found in " + value);
            }
            assertTrue(value.contains(customerId), "the customer travels by id");
        }
    }

    record JsonNodeRequest(String id, long version) {
        String etag() {
            return "\"" + version + "\"";
        }
    }

    private static JsonNodeRequest step(String body) throws Exception {
        JsonNode node = JSON.readTree(body);
        return new JsonNodeRequest(node.get("id").asText(), node.get("version").asLong());
    }

    private static JsonSchema publishedSchema(String type) {
        String schema = given().get(SuiteProcesses.baseUrl(Service.INTAKE) + "/events/schemas/" + type + ".schema.json")
                .then().statusCode(200).extract().asString();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
    }
}
