package dev.servicedesk.knowledge.feedback;

import static dev.servicedesk.knowledge.article.ArticleApi.ARTICLES;
import static dev.servicedesk.knowledge.article.ArticleApi.answer;
import static dev.servicedesk.knowledge.article.ArticleApi.published;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.servicedesk.knowledge.article.ArticleApi;
import dev.servicedesk.platform.testing.EventContracts;
import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.platform.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Agents say whether an article helped with a request; the article shows the counts; the topic hears no comment. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class FeedbackTest {

    private final String agent = Tokens.of("ana", "agent");

    private Response give(String articleId, UUID request, boolean helpful, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("requestId", request.toString());
        body.put("helpful", helpful);
        if (comment != null) {
            body.put("comment", comment);
        }
        return given().auth().oauth2(agent).contentType("application/json").body(body)
                .post(ARTICLES + "/" + articleId + "/feedback");
    }

    @Test
    void theArticleShowsHowOftenItHelpedAndHowOftenNot() {
        String id = published(answer("Geladeira não gela", "Confira o termostato.")).getString("id");
        give(id, UUID.randomUUID(), true, null).then().statusCode(201);
        give(id, UUID.randomUUID(), true, "Resolveu na hora").then().statusCode(201);
        JsonPath last = give(id, UUID.randomUUID(), false, "Cliente já tinha tentado").then().statusCode(201)
                .extract().jsonPath();
        assertEquals(2, last.getInt("articleCounts.helpful"));
        assertEquals(1, last.getInt("articleCounts.notHelpful"));

        JsonPath article = ArticleApi.read(agent, id).then().statusCode(200).extract().jsonPath();
        assertEquals(2, article.getInt("feedback.helpful"));
        assertEquals(1, article.getInt("feedback.notHelpful"));

        JsonPath list = given().auth().oauth2(ArticleApi.supervisor()).get(ARTICLES + "/" + id + "/feedback").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("Cliente já tinha tentado", list.getString("[0].comment"));
        assertEquals("ana", list.getString("[0].givenBy"));
    }

    @Test
    void feedbackIsGivenOncePerRequestAndOnlyOnPublishedArticles() {
        String id = published(answer("Forno não esquenta", "Termopar.")).getString("id");
        UUID request = UUID.randomUUID();
        give(id, request, true, null).then().statusCode(201);
        give(id, request, false, null).then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("feedback-already-given"));

        String draft = ArticleApi.write(answer("Rascunho", "Texto.")).getString("id");
        give(draft, UUID.randomUUID(), true, null).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(ArticleApi.supervisor()).contentType("application/json")
                .body(Map.of("requestId", UUID.randomUUID().toString(), "helpful", true))
                .post(ARTICLES + "/" + draft + "/feedback").then().statusCode(409)
                .body("type", endsWith("article-not-published"));
    }

    @Test
    void badFeedbackIsAProblem() {
        String id = published(answer("Micro-ondas", "Magnetron.")).getString("id");
        given().auth().oauth2(agent).contentType("application/json").body(Map.of("helpful", true))
                .post(ARTICLES + "/" + id + "/feedback").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(agent).contentType("application/json")
                .body(Map.of("requestId", "nope", "helpful", true))
                .post(ARTICLES + "/" + id + "/feedback").then().statusCode(400);
        give(id, UUID.randomUUID(), true, "x".repeat(2_001)).then().statusCode(400);
        give(UUID.randomUUID().toString(), UUID.randomUUID(), true, null).then().statusCode(404);
    }

    @Test
    void feedbackIsPublishedWithIdsAndTheFlagButNeverTheComment() {
        String id = published(answer("Lavadora vazando", "Mangueira.")).getString("id");
        UUID request = UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.open("servicedesk.articles.v1")) {
            give(id, request, false, "Comentário com o nome da cliente Maria").then().statusCode(201);
            ConsumerRecord<String, String> record = probe.awaitRecord(TopicProbe.withKey(id)
                    .and(TopicProbe.withHeader("ce_type", "ArticleFeedbackGiven")), Duration.ofSeconds(30));
            EventContracts.assertMatchesContract(record);
            JsonPath value = JsonPath.from(record.value());
            assertEquals(request.toString(), value.getString("requestId"));
            assertEquals(false, value.getBoolean("helpful"));
            assertNull(value.get("comment"));
            assertFalse(record.value().contains("Maria"));
        }
    }
}
