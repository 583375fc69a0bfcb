package dev.servicedesk.knowledge.article;

import static dev.servicedesk.knowledge.article.ArticleApi.ARTICLES;
import static dev.servicedesk.knowledge.article.ArticleApi.act;
import static dev.servicedesk.knowledge.article.ArticleApi.acted;
import static dev.servicedesk.knowledge.article.ArticleApi.answer;
import static dev.servicedesk.knowledge.article.ArticleApi.edited;
import static dev.servicedesk.knowledge.article.ArticleApi.put;
import static dev.servicedesk.knowledge.article.ArticleApi.supervisor;
import static dev.servicedesk.knowledge.article.ArticleApi.with;
import static dev.servicedesk.knowledge.article.ArticleApi.write;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.servicedesk.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Draft, review, publication, archival; every change a revision with who and when; compare and restore. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ArticleWorkflowTest {

    private final Map<String, Object> garantia = answer("Garantia legal de 90 dias",
            "O cliente tem **90 dias** para reclamar de defeitos em bens duráveis.\nConta da entrega.");

    @Test
    void aSupervisorWritesADraftThatGoesThroughReviewToPublicationAndArchival() {
        var response = ArticleApi.post(garantia);
        response.then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", endsWith(ARTICLES + "/" + response.jsonPath().getString("id")));
        JsonPath draft = response.jsonPath();
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(1, draft.getInt("revision"));
        assertEquals("sofia", draft.getString("createdBy"));
        assertEquals("pt-BR", draft.getString("language"));
        assertEquals("INTERNAL", draft.getString("audience"));

        JsonPath inReview = acted(draft, "submission");
        assertEquals("IN_REVIEW", inReview.getString("status"));
        JsonPath published = acted(inReview, "publication");
        assertEquals("PUBLISHED", published.getString("status"));
        assertEquals(3, published.getInt("revision"));
        JsonPath archived = acted(published, "archival");
        assertEquals("ARCHIVED", archived.getString("status"));

        List<String> changes = given().auth().oauth2(supervisor())
                .get(ARTICLES + "/" + draft.getString("id") + "/revisions").then().statusCode(200)
                .extract().jsonPath().getList("change");
        assertEquals(List.of("ARCHIVED", "PUBLISHED", "SUBMITTED", "CREATED"), changes);
    }

    @Test
    void aStepOutOfOrderIsAConflictAndAnArchivedArticleStaysAsItWas() {
        JsonPath draft = write(garantia);
        act(draft, "publication").then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("article-status-conflict"));
        JsonPath inReview = acted(draft, "submission");
        act(inReview, "submission").then().statusCode(409);
        JsonPath backToDraft = acted(inReview, "return-to-draft");
        assertEquals("DRAFT", backToDraft.getString("status"));

        JsonPath archived = acted(backToDraft, "archival");
        put(archived, garantia).then().statusCode(409).contentType("application/problem+json");
        act(archived, "archival").then().statusCode(409);
    }

    @Test
    void aChangeNeedsTheCurrentETag() {
        JsonPath draft = write(garantia);
        given().auth().oauth2(supervisor()).post(ARTICLES + "/" + draft.getString("id") + "/submission").then()
                .statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(supervisor()).header("If-Match", "\"7\"").contentType("application/json")
                .body(garantia).put(ARTICLES + "/" + draft.getString("id")).then()
                .statusCode(412).contentType("application/problem+json");
    }

    @Test
    void everyEditIsARevisionThatCanBeReadAndComparedWithAnother() {
        JsonPath draft = write(garantia);
        JsonPath edited = given().auth().oauth2(Tokens.of("rui", "admin")).header("If-Match", "\"0\"")
                .contentType("application/json")
                .body(with(with(garantia, "body", "O cliente tem **90 dias** para reclamar.\nConta da entrega.\n"
                        + "Vale também para serviços."), "tags", List.of("garantia", "cdc")))
                .put(ARTICLES + "/" + draft.getString("id")).then().statusCode(200).extract().jsonPath();
        assertEquals(2, edited.getInt("revision"));
        assertEquals("rui", edited.getString("updatedBy"));

        String id = draft.getString("id");
        JsonPath first = given().auth().oauth2(supervisor()).get(ARTICLES + "/" + id + "/revisions/1").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("sofia", first.getString("author"));
        assertEquals("Garantia legal de 90 dias", first.getString("content.title"));
        assertEquals(List.of(), first.getList("content.tags"));

        JsonPath comparison = given().auth().oauth2(supervisor()).queryParam("from", 1).queryParam("to", 2)
                .get(ARTICLES + "/" + id + "/comparison").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("body", "tags"), comparison.getList("changes.field"));
        assertEquals(List.of("REMOVED", "ADDED", "KEPT", "ADDED"), comparison.getList("body.change"));
        assertEquals("Vale também para serviços.", comparison.getString("body[3].text"));

        given().auth().oauth2(supervisor()).get(ARTICLES + "/" + id + "/revisions/9").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aPublishedArticleIsRestoredFromAnOlderRevisionAsANewRevision() {
        JsonPath published = ArticleApi.published(garantia);
        JsonPath changed = edited(published, with(garantia, "title", "Garantia: texto errado"));
        assertEquals("PUBLISHED", changed.getString("status"));
        assertEquals(4, changed.getInt("revision"));

        JsonPath restored = given().auth().oauth2(supervisor()).header("If-Match", ArticleApi.etag(changed))
                .contentType("application/json").body(Map.of("revision", 3))
                .post(ARTICLES + "/" + published.getString("id") + "/restoration").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("Garantia legal de 90 dias", restored.getString("title"));
        assertEquals(5, restored.getInt("revision"));
        assertEquals("PUBLISHED", restored.getString("status"));

        JsonPath latest = given().auth().oauth2(supervisor())
                .get(ARTICLES + "/" + published.getString("id") + "/revisions").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("RESTORED", latest.getString("[0].change"));
        assertEquals(3, latest.getInt("[0].restoredFrom"));
        assertNull(latest.get("[1].restoredFrom"));
    }

    @Test
    void onlyAPublishedArticleIsRestored() {
        JsonPath draft = write(garantia);
        given().auth().oauth2(supervisor()).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("revision", 1)).post(ARTICLES + "/" + draft.getString("id") + "/restoration").then()
                .statusCode(409).contentType("application/problem+json");
    }

    @Test
    void editorsListEveryArticleByStatus() {
        JsonPath draft = write(garantia);
        given().auth().oauth2(supervisor()).queryParam("status", "DRAFT").queryParam("size", 200).get(ARTICLES)
                .then().statusCode(200).body("items.find { it.id == '" + draft.getString("id") + "' }.status",
                        equalTo("DRAFT"));
    }
}
