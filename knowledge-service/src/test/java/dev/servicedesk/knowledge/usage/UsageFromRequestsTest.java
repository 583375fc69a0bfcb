package dev.servicedesk.knowledge.usage;

import static dev.servicedesk.knowledge.article.ArticleApi.answer;
import static dev.servicedesk.knowledge.article.ArticleApi.published;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicedesk.knowledge.article.ArticleApi;
import dev.servicedesk.platform.testing.EventContracts;
import dev.servicedesk.platform.testing.EventSender;
import dev.servicedesk.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Usage from intake's events: which requests consulted an article, which it answered, which of those were closed
 * with its answer (first-contact resolution); and the supervisors' lists built from usage and feedback.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class UsageFromRequestsTest {

    private static final String REQUESTS = "servicedesk.requests.v1";
    private static final String INTAKE = "/servicedesk/intake-service";

    @Test
    void theConsumersRecordsReadWhatIntakePromises() {
        EventContracts.assertReadableBy(RequestLogged.class, "contracts/intake-service");
        EventContracts.assertReadableBy(RequestAnswered.class, "contracts/intake-service");
        EventContracts.assertReadableBy(RequestClosed.class, "contracts/intake-service");
    }

    @Test
    void anArticleCountsTheRequestsItServedAndThoseResolvedAtFirstContact() {
        String id = published(answer("Horário do SAC", "24 horas.")).getString("id");
        UUID answeredOnTheSpot = UUID.randomUUID();
        UUID answeredLater = UUID.randomUUID();
        UUID actionRequest = UUID.randomUUID();
        UUID redelivered = UUID.randomUUID();
        try (EventSender sender = EventSender.open()) {
            sender.send(REQUESTS, INTAKE, "RequestLogged", answeredOnTheSpot.toString(), 1,
                    logged(answeredOnTheSpot, "INFORMATION", "ANSWERED", id));
            sender.send(REQUESTS, INTAKE, "RequestClosed", answeredOnTheSpot.toString(), 2,
                    closed(answeredOnTheSpot, "INFORMATION", "ANSWERED"));
            sender.send(REQUESTS, INTAKE, "RequestLogged", answeredLater.toString(), 1,
                    logged(answeredLater, "INFORMATION", "OPEN", id));
            sender.send(REQUESTS, redelivered, INTAKE, "RequestAnswered", answeredLater.toString(), 2,
                    answered(answeredLater, id));
            sender.send(REQUESTS, redelivered, INTAKE, "RequestAnswered", answeredLater.toString(), 2,
                    answered(answeredLater, id));
            sender.send(REQUESTS, INTAKE, "RequestLogged", actionRequest.toString(), 1,
                    logged(actionRequest, "ACTION", "OPEN", id));
            sender.send(REQUESTS, INTAKE, "RequestClosed", actionRequest.toString(), 3,
                    closed(actionRequest, "ACTION", "RESOLVED"));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> usage(id).getLong("consultedRequests") == 3 && usage(id).getLong("answeredRequests") == 2);
        JsonPath usage = usage(id);
        assertEquals(1, usage.getLong("resolvedAtFirstContact"));
    }

    @Test
    void supervisorsListArticlesByUsefulnessNeverUsedAndOftenNotHelpful() {
        String useful = published(answer("Útil", "Texto.")).getString("id");
        String unhelpful = published(answer("Pouco útil", "Texto.")).getString("id");
        String unused = published(answer("Nunca usado", "Texto.")).getString("id");
        for (int i = 0; i < 3; i++) {
            feedback(useful, true);
            feedback(unhelpful, false);
        }
        feedback(unhelpful, true);

        List<String> byUsefulness = insights("most-useful").getList("items.id");
        assertTrue(byUsefulness.indexOf(useful) < byUsefulness.indexOf(unhelpful));
        List<String> neverUsed = insights("never-used").getList("items.id");
        assertTrue(neverUsed.contains(unused));
        assertFalse(neverUsed.contains(useful));

        JsonPath notHelpful = insights("often-not-helpful");
        List<String> ids = notHelpful.getList("items.id");
        assertTrue(ids.contains(unhelpful));
        assertFalse(ids.contains(useful));
        int row = ids.indexOf(unhelpful);
        assertEquals(3, notHelpful.getInt("items[" + row + "].notHelpful"));
        assertNull(notHelpful.get("items[" + row + "].firstContactResolutionRate"));

        given().auth().oauth2(Tokens.forRole("supervisor")).queryParam("share", 2)
                .get("/api/v1/article-insights/often-not-helpful").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static JsonPath insights(String list) {
        return given().auth().oauth2(Tokens.forRole("supervisor")).queryParam("size", 200)
                .get("/api/v1/article-insights/" + list).then().statusCode(200).extract().jsonPath();
    }

    private static void feedback(String articleId, boolean helpful) {
        given().auth().oauth2(Tokens.forRole("agent")).contentType("application/json")
                .body(Map.of("requestId", UUID.randomUUID().toString(), "helpful", helpful))
                .post(ArticleApi.ARTICLES + "/" + articleId + "/feedback").then().statusCode(201);
    }

    private static JsonPath usage(String id) {
        return ArticleApi.read(ArticleApi.supervisor(), id).then().statusCode(200).extract().jsonPath()
                .setRootPath("usage");
    }

    private static String logged(UUID request, String type, String status, String articleId) {
        return """
                {"requestId": "%s", "protocol": "20261123-000123-7", "type": "%s", "status": "%s",
                 "channel": "PHONE", "articleIds": ["%s"], "openedAt": "%s", "dueAt": "%s", "version": 1,
                 "occurredAt": "%s"}""".formatted(request, type, status, articleId, Instant.now(), Instant.now(),
                Instant.now());
    }

    private static String answered(UUID request, String articleId) {
        return """
                {"requestId": "%s", "protocol": "20261123-000123-7", "articleIds": ["%s"], "version": 2,
                 "occurredAt": "%s"}""".formatted(request, articleId, Instant.now());
    }

    private static String closed(UUID request, String type, String fromStatus) {
        return """
                {"requestId": "%s", "protocol": "20261123-000123-7", "type": "%s", "fromStatus": "%s",
                 "openedAt": "%s", "version": 3, "occurredAt": "%s"}""".formatted(request, type, fromStatus,
                Instant.now(), Instant.now());
    }
}
