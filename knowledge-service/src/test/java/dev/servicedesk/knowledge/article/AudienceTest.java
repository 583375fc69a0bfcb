package dev.servicedesk.knowledge.article;

import static dev.servicedesk.knowledge.article.ArticleApi.answer;
import static dev.servicedesk.knowledge.article.ArticleApi.published;
import static dev.servicedesk.knowledge.article.ArticleApi.read;
import static dev.servicedesk.knowledge.article.ArticleApi.with;
import static dev.servicedesk.knowledge.article.ArticleApi.write;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicedesk.knowledge.catalog.TestCatalog;
import dev.servicedesk.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Staff read published internal and public articles; partners only public ones; drafts only editors. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class AudienceTest {

    private final String tag = TestCatalog.freshCode("publico").toLowerCase();
    private final String partner = Tokens.partner("partner-acme");

    private Map<String, Object> article(String title, String audience) {
        return with(with(answer(title, "Texto sobre garantia."), "audience", audience), "tags", List.of(tag));
    }

    @Test
    void agentsAndTechniciansReadPublishedArticlesOfBothAudiences() {
        String internal = published(article("Garantia interna", "INTERNAL")).getString("id");
        String open = published(article("Garantia pública", "PUBLIC")).getString("id");
        for (String role : List.of("agent", "technician", "analyst")) {
            read(Tokens.forRole(role), internal).then().statusCode(200);
            read(Tokens.forRole(role), open).then().statusCode(200);
        }
    }

    @Test
    void partnersReadAndFindOnlyPublicArticles() {
        String internal = published(article("Garantia interna", "INTERNAL")).getString("id");
        String open = published(article("Garantia pública", "PUBLIC")).getString("id");
        read(partner, open).then().statusCode(200);
        read(partner, internal).then().statusCode(404).contentType("application/problem+json");

        List<String> found = given().auth().oauth2(partner).queryParam("q", "garantia").queryParam("tag", tag)
                .get("/api/v1/search").then().statusCode(200).extract().jsonPath().getList("items.id");
        assertEquals(List.of(open), found);
        List<String> foundByAgent = given().auth().oauth2(Tokens.forRole("agent")).queryParam("q", "garantia")
                .queryParam("tag", tag).get("/api/v1/search").then().statusCode(200).extract().jsonPath()
                .getList("items.id");
        assertEquals(2, foundByAgent.size());
    }

    @Test
    void onlyEditorsReadArticlesThatAreNotPublished() {
        String draft = write(article("Rascunho", "PUBLIC")).getString("id");
        String archived = ArticleApi.archived(published(article("Arquivado", "PUBLIC"))).getString("id");
        for (String id : List.of(draft, archived)) {
            read(Tokens.forRole("agent"), id).then().statusCode(404);
            read(partner, id).then().statusCode(404);
            read(Tokens.forRole("supervisor"), id).then().statusCode(200);
            read(Tokens.forRole("admin"), id).then().statusCode(200);
        }
    }
}
