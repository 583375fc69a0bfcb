package dev.servicedesk.intake.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.servicedesk.platform.testing.EventContracts;
import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.platform.testing.TopicProbe;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A request from its protocol to its end: described by type, logged, answered or recorded, closed or cancelled. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RequestLifecycleTest {

    private static final String PROBLEMS = "https://servicedesk.dev/problems/";
    private static final String TOPIC = "servicedesk.requests.v1";
    private static final Duration ARRIVAL = Duration.ofSeconds(30);
    private static final String ARTICLE = "8a1f2e3d-0000-4000-8000-000000000001";
    private static final String INFORMATION = """
            {"type": "INFORMATION", "information": {"question": "Qual o horário da coleta de entulho na Rua das Flores?",
             "articleIds": ["%s"], "answer": "Terças e sextas, das 7h às 12h."}}""".formatted(ARTICLE);

    @Inject
    AgroalDataSource dataSource;

    private final String agent = Tokens.of("ana", "agent");

    @Test
    void anInformationRequestIsAnsweredFromTheKnowledgeBaseAndClosed() {
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            Opened opened = open(agent);
            Opened request = describe(opened, INFORMATION).then().statusCode(200).body("type", equalTo("INFORMATION"))
                    .extract().as(Opened.class);
            Response logged = act(request, "logging");
            logged.then().statusCode(200).body("status", equalTo("ANSWERED"));
            String loggedVersion = logged.header("ETag");

            List<ConsumerRecord<String, String>> events = probe.awaitRecords(TopicProbe.withKey(request.id()), 2, ARRIVAL);
            events.forEach(EventContracts::assertMatchesContract);
            assertEquals(List.of("RequestLogged", "RequestAnswered"),
                    events.stream().map(r -> TopicProbe.header(r, "ce_type")).toList());
            assertEquals(loggedVersion.replace("\"", ""), TopicProbe.header(events.get(0), "ce_aggregateversion"));
            assertFalse(events.get(0).value().contains("Rua das Flores"), "no free text about the customer in events");
            assertFalse(events.get(1).value().contains("Terças"), events.get(1).value());

            Opened answered = logged.as(Opened.class);
            act(answered, "closure").then().statusCode(200).body("status", equalTo("CLOSED"));
            EventContracts.assertMatchesContract(probe.awaitRecord(
                    r -> request.id().equals(r.key()) && "RequestClosed".equals(TopicProbe.header(r, "ce_type")), ARRIVAL));
        }
    }

    @Test
    void theHistorySaysWhoDidWhatAndWhen() {
        Opened request = open(agent);
        request = describe(request, INFORMATION).as(Opened.class);
        Opened answered = act(request, "logging").as(Opened.class);
        act(answered, "closure").then().statusCode(200);

        given().auth().oauth2(agent).get("/api/v1/requests/" + request.id() + "/history")
                .then().statusCode(200)
                .body("change", contains("OPENED", "DESCRIBED", "LOGGED", "CLOSED"))
                .body("toStatus", contains("DRAFT", "DRAFT", "ANSWERED", "CLOSED"))
                .body("by", everyItem(equalTo("ana")))
                .body("at", everyItem(not(nullValue())));
    }

    @Test
    void aCommentIsRecordedWithItsKindAndWithoutItsTextInTheEvent() {
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            Opened request = describe(open(agent), """
                    {"type": "COMMENT", "comment": {"text": "O técnico João foi muito atencioso.", "kind": "PRAISE"}}""")
                    .as(Opened.class);
            act(request, "logging").then().statusCode(200).body("status", equalTo("RECORDED"))
                    .body("comment.kind", equalTo("PRAISE"));

            ConsumerRecord<String, String> logged = probe.awaitRecord(TopicProbe.withKey(request.id()), ARRIVAL);
            assertEquals("RequestLogged", TopicProbe.header(logged, "ce_type"));
            EventContracts.assertMatchesContract(logged);
            assertFalse(logged.value().contains("João"), logged.value());
            assertEquals(true, logged.value().contains("\"commentKind\":\"PRAISE\""), logged.value());
        }
    }

    @Test
    void aChangeNeedsTheCurrentVersion() {
        Opened request = open(agent);
        given().auth().oauth2(agent).contentType("application/json").body(INFORMATION)
                .put("/api/v1/requests/" + request.id() + "/details")
                .then().statusCode(428).body("type", equalTo(PROBLEMS + "precondition-required"));
        given().auth().oauth2(agent).contentType("application/json").body(INFORMATION)
                .header("If-Match", "\"" + (request.version() + 7) + "\"")
                .put("/api/v1/requests/" + request.id() + "/details")
                .then().statusCode(412).body("type", equalTo(PROBLEMS + "precondition-failed"));
        describe(request, INFORMATION).then().statusCode(200);
        describe(request, INFORMATION).then().statusCode(412);
    }

    @Test
    void aRequestIsLoggedOnlyWhenItsTypesSectionIsComplete() {
        Opened request = open(agent);
        act(request, "logging").then().statusCode(422).body("type", equalTo(PROBLEMS + "request-incomplete"))
                .body("violations.field", hasItem("type"));
        request = describe(request, """
                {"type": "INFORMATION", "information": {"question": "Onde pago a taxa?"}}""").as(Opened.class);
        act(request, "logging").then().statusCode(422)
                .body("violations.field", contains("information.answer"));
        describe(request, """
                {"type": "COMMENT", "information": {"question": "x"}}""").then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "section-does-not-fit-type"));
        describe(request, """
                {"type": "COMMENT", "comment": {"text": "", "kind": "PRAISE"}}""").then().statusCode(400)
                .body("violations.field", hasItem("comment.text"));
    }

    @Test
    void anAnsweredInformationRequestBecomesAnActionRequestKeepingItsProtocol() {
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            Opened request = open(agent);
            Opened answered = act(describe(request, INFORMATION).as(Opened.class), "logging").as(Opened.class);

            act(answered, "conversion").then().statusCode(200)
                    .body("type", equalTo("ACTION")).body("status", equalTo("DRAFT"))
                    .body("protocol", equalTo(request.protocol()))
                    .body("information.question", equalTo("Qual o horário da coleta de entulho na Rua das Flores?"));
            EventContracts.assertMatchesContract(probe.awaitRecord(r -> request.id().equals(r.key())
                    && "RequestConverted".equals(TopicProbe.header(r, "ce_type")), ARRIVAL));
        }
    }

    @Test
    void aSupervisorCancelsWithAReasonAndAFinishedRequestStaysFinished() {
        TopicProbe probe = TopicProbe.open(TOPIC);
        Opened request = open(agent);
        given().auth().oauth2(agent).contentType("application/json").header("If-Match", request.etag())
                .body("{\"reason\": \"DUPLICATE\"}").post("/api/v1/requests/" + request.id() + "/cancellation")
                .then().statusCode(403);
        Response cancelled = given().auth().oauth2(Tokens.of("sara", "supervisor")).contentType("application/json")
                .header("If-Match", request.etag())
                .body("{\"reason\": \"DUPLICATE\", \"note\": \"Mesmo pedido do protocolo anterior\"}")
                .post("/api/v1/requests/" + request.id() + "/cancellation");
        cancelled.then().statusCode(200).body("status", equalTo("CANCELLED")).body("cancellationReason", equalTo("DUPLICATE"));
        Opened now = cancelled.as(Opened.class);

        act(now, "closure").then().statusCode(409).body("type", equalTo(PROBLEMS + "request-transition-not-allowed"));
        given().auth().oauth2(agent).get("/api/v1/requests/" + request.id() + "/history").then()
                .body("note", hasItem("DUPLICATE: Mesmo pedido do protocolo anterior"));
        try (probe) {
            ConsumerRecord<String, String> event = probe.awaitRecord(TopicProbe.withKey(request.id()), ARRIVAL);
            assertEquals("RequestCancelled", TopicProbe.header(event, "ce_type"));
            EventContracts.assertMatchesContract(event);
            assertFalse(event.value().contains("Mesmo pedido"), "the supervisor's words stay in intake");
        }
    }

    @Test
    void aSupervisorHandsARequestToAnotherAgent() {
        Opened request = open(agent);
        given().auth().oauth2(Tokens.of("sara", "supervisor")).contentType("application/json")
                .header("If-Match", request.etag()).body("{\"agent\": \"bruno\"}")
                .post("/api/v1/requests/" + request.id() + "/assignment")
                .then().statusCode(200).body("handledBy", equalTo("bruno")).body("openedBy", equalTo("ana"));
        given().auth().oauth2(agent).get("/api/v1/requests/" + request.id() + "/history").then()
                .body("change", hasItem("REASSIGNED")).body("note", hasItem("ana → bruno"));
    }

    @Test
    void listsAreFilteredPagedAndAPartnerSeesOnlyItsOwn() throws SQLException {
        String partner = Tokens.partner("partner-acme");
        Opened mine = open(partner, "{}");
        Opened other = open(Tokens.partner("partner-bravo"), "{}");

        given().auth().oauth2(partner).queryParam("size", 200).get("/api/v1/requests")
                .then().statusCode(200)
                .body("items.id", hasItem(mine.id()))
                .body("items.id", not(hasItem(other.id())))
                .body("items.channel", everyItem(equalTo("PARTNER_API")));

        given().auth().oauth2(agent).queryParam("protocol", mine.protocol()).get("/api/v1/requests")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(mine.id()));

        setDueDateInThePast(other.id());
        given().auth().oauth2(agent).queryParam("overdue", true).queryParam("size", 200).get("/api/v1/requests")
                .then().statusCode(200).body("items.id", hasItem(other.id())).body("items.id", not(hasItem(mine.id())))
                .body("items.overdue", everyItem(equalTo(true)));

        given().auth().oauth2(agent).queryParam("size", 2).queryParam("page", 0).get("/api/v1/requests")
                .then().statusCode(200).body("items.size()", equalTo(2)).body("size", equalTo(2));
        given().auth().oauth2(agent).queryParam("size", 500).get("/api/v1/requests").then().statusCode(400);
        given().auth().oauth2(agent).queryParam("status", "LOST").get("/api/v1/requests").then().statusCode(404);
    }

    @Test
    void anAnalystReadsRequestsWithoutTheFreeTextTypedAboutCustomers() {
        Opened request = open(agent);
        describe(request, INFORMATION).then().statusCode(200);
        given().auth().oauth2(Tokens.forRole("analyst")).get("/api/v1/requests/" + request.id())
                .then().statusCode(200)
                .body("information.articleIds", contains(ARTICLE))
                .body("information.question", nullValue())
                .body("information.answer", nullValue());
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Opened(String id, String protocol, long version) {
        String etag() {
            return "\"" + version + "\"";
        }
    }

    private static Opened open(String token) {
        return open(token, "{\"channel\": \"PHONE\"}");
    }

    private static Opened open(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/requests").then().statusCode(201).extract().as(Opened.class);
    }

    private Response describe(Opened request, String details) {
        return given().auth().oauth2(agent).contentType("application/json").header("If-Match", request.etag())
                .body(details).put("/api/v1/requests/" + request.id() + "/details");
    }

    private Response act(Opened request, String action) {
        return given().auth().oauth2(agent).header("If-Match", request.etag())
                .post("/api/v1/requests/" + request.id() + "/" + action);
    }

    private void setDueDateInThePast(String id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                "UPDATE customer_request SET due_at = now() - interval '1 day' WHERE id = ?")) {
            update.setObject(1, UUID.fromString(id));
            update.executeUpdate();
        }
    }
}
