package dev.servicedesk.knowledge.article;

import static dev.servicedesk.knowledge.article.ArticleApi.ARTICLES;
import static dev.servicedesk.knowledge.article.ArticleApi.acted;
import static dev.servicedesk.knowledge.article.ArticleApi.answer;
import static dev.servicedesk.knowledge.article.ArticleApi.edited;
import static dev.servicedesk.knowledge.article.ArticleApi.supervisor;
import static dev.servicedesk.knowledge.article.ArticleApi.with;
import static dev.servicedesk.knowledge.article.ArticleApi.write;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.servicedesk.platform.testing.EventContracts;
import dev.servicedesk.platform.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** What readers see change is announced on servicedesk.articles.v1, as the contract promises, without any text. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ArticleEventsTest {

    private static final String TOPIC = "servicedesk.articles.v1";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void theEventContractsAgree() {
        EventContracts.assertDocumentsConsistent();
    }

    @Test
    void publicationRevisionRestorationAndArchivalArePublishedAsPromised() {
        Map<String, Object> content = with(answer("Segredo do título", "Texto confidencial."), "tags",
                List.of("garantia"));
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            JsonPath draft = write(content);
            String id = draft.getString("id");
            JsonPath published = acted(acted(draft, "submission"), "publication");
            JsonPath value = assertPublished(probe, published, "ArticlePublished");
            assertEquals("ANSWER", value.getString("kind"));
            assertEquals("INTERNAL", value.getString("audience"));
            assertEquals(List.of("garantia"), value.getList("tags"));
            assertEquals(3, value.getInt("revision"));

            JsonPath revised = edited(published, with(content, "title", "Outro título"));
            assertEquals(4, assertPublished(probe, revised, "ArticleRevised").getInt("revision"));

            JsonPath restored = given().auth().oauth2(supervisor()).header("If-Match", ArticleApi.etag(revised))
                    .contentType("application/json").body(Map.of("revision", 3))
                    .post(ARTICLES + "/" + id + "/restoration").then().statusCode(200).extract().jsonPath();
            assertEquals(3, assertPublished(probe, restored, "ArticleRevised").getInt("restoredFrom"));

            JsonPath archived = acted(restored, "archival");
            assertEquals(6, assertPublished(probe, archived, "ArticleArchived").getInt("revision"));

            for (ConsumerRecord<String, String> record : probe.awaitRecords(TopicProbe.withKey(id), 4, WAIT)) {
                assertFalse(record.value().contains("Segredo") || record.value().contains("confidencial")
                        || record.value().contains("sofia"), record.value());
            }
        }
    }

    @Test
    void draftsAreNotAnnounced() {
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            JsonPath draft = write(answer("Rascunho", "Texto."));
            edited(draft, answer("Rascunho revisto", "Texto."));
            probe.assertNoRecord(TopicProbe.withKey(draft.getString("id")), Duration.ofSeconds(3));
        }
    }

    @Test
    void theContractIsServedByTheService() {
        given().get("/events/schemas/ArticlePublished.schema.json").then().statusCode(200)
                .body("title", equalTo("ArticlePublished"));
        given().get("/events/asyncapi.yaml").then().statusCode(200);
    }

    private static JsonPath assertPublished(TopicProbe probe, JsonPath article, String type) {
        ConsumerRecord<String, String> record = probe.awaitRecord(TopicProbe.withKey(article.getString("id"))
                .and(TopicProbe.withHeader("ce_aggregateversion", article.getString("version"))), WAIT);
        EventContracts.assertMatchesContract(record);
        assertEquals(type, TopicProbe.header(record, "ce_type"));
        return JsonPath.from(record.value());
    }
}
