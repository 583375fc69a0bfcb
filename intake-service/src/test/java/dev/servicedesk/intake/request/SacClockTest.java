package dev.servicedesk.intake.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicedesk.platform.testing.EventContracts;
import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.platform.testing.TopicProbe;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The SAC decree's clock: a due time per request, and an announcement when one passes unanswered. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SacClockTest {

    @Inject
    SacWatch watch;

    @Inject
    AgroalDataSource dataSource;

    private final String agent = Tokens.of("ana", "agent");

    @Test
    void aChannelCanHaveItsOwnDueTime() {
        JsonPath opened = open("WHATSAPP");
        assertEquals(Duration.ofDays(2), Duration.between(Instant.parse(opened.getString("openedAt")),
                Instant.parse(opened.getString("dueAt"))));
    }

    @Test
    void anOverdueRequestIsAnnouncedOnceAndItsHistorySaysSo() throws SQLException {
        String id = open("PHONE").getString("id");
        try (TopicProbe probe = TopicProbe.open("servicedesk.requests.v1")) {
            setDueDateInThePast(id);

            watch.announceOverdue();
            ConsumerRecord<String, String> overdue = probe.awaitRecord(TopicProbe.withKey(id), Duration.ofSeconds(30));
            assertEquals("RequestOverdue", TopicProbe.header(overdue, "ce_type"));
            EventContracts.assertMatchesContract(overdue);

            watch.announceOverdue();
            probe.assertNoRecord(TopicProbe.withKey(id).and(r -> r.offset() != overdue.offset()), Duration.ofSeconds(2));
        }
        given().auth().oauth2(agent).get("/api/v1/requests/" + id + "/history").then()
                .body("change", hasItem("BECAME_OVERDUE"))
                .body("by", hasItem("sac-clock"));
    }

    private JsonPath open(String channel) {
        return given().auth().oauth2(agent).contentType("application/json").body("{\"channel\": \"" + channel + "\"}")
                .post("/api/v1/requests").then().statusCode(201).extract().jsonPath();
    }

    private void setDueDateInThePast(String id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                "UPDATE customer_request SET due_at = now() - interval '1 hour' WHERE id = ?")) {
            update.setObject(1, UUID.fromString(id));
            update.executeUpdate();
        }
    }
}
