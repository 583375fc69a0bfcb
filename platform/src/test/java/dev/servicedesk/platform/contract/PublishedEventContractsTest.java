package dev.servicedesk.platform.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.servicedesk.platform.backbone.ProbeNotes;
import dev.servicedesk.platform.testing.EventContracts;
import dev.servicedesk.platform.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The platform test application's events against its published contract, and the contract served over HTTP. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PublishedEventContractsTest {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    @Inject
    ProbeNotes notes;

    @ConfigProperty(name = "servicedesk.kafka.topics.notes.name")
    String topic;

    @Test
    void anEventPublishedThroughTheOutboxMatchesItsContract() {
        UUID note = UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.open(topic)) {
            notes.add(note, 1, 2);

            probe.awaitRecords(TopicProbe.withKey(note.toString()), 2, ARRIVAL)
                    .forEach(EventContracts::assertMatchesContract);
        }
    }

    @Test
    void theContractDocumentsAgree() {
        EventContracts.assertDocumentsConsistent();
    }

    @Test
    void theAsyncApiDocumentIsServedWithoutATokenAndNamesTheTopic() throws IOException {
        String document = given().when().get("/events/asyncapi.yaml")
                .then().statusCode(200)
                .extract().asString();

        JsonNode asyncApi = new YAMLMapper().readTree(document);
        assertEquals("3.0.0", asyncApi.path("asyncapi").asText());
        assertEquals(topic, asyncApi.path("channels").path("notes").path("address").asText());
    }

    @Test
    void theSchemasAndExamplesAreServedWithoutAToken() {
        given().when().get("/events/schemas/ProbeNoteAdded.schema.json")
                .then().statusCode(200)
                .contentType("application/json")
                .body("$id", equalTo("https://servicedesk.dev/events/platform-test/ProbeNoteAdded.schema.json"));
        given().when().get("/events/examples/ProbeNoteAdded.json")
                .then().statusCode(200)
                .body("title", equalTo("nota 1"));
    }
}
