package dev.servicedesk.knowledge.article;

import static dev.servicedesk.knowledge.article.ArticleApi.act;
import static dev.servicedesk.knowledge.article.ArticleApi.acted;
import static dev.servicedesk.knowledge.article.ArticleApi.answer;
import static dev.servicedesk.knowledge.article.ArticleApi.archived;
import static dev.servicedesk.knowledge.article.ArticleApi.linkTo;
import static dev.servicedesk.knowledge.article.ArticleApi.post;
import static dev.servicedesk.knowledge.article.ArticleApi.published;
import static dev.servicedesk.knowledge.article.ArticleApi.put;
import static dev.servicedesk.knowledge.article.ArticleApi.write;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An article link leads, through any chain, to an article that exists and is not archived, and never in a circle. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ArticleLinksTest {

    @Test
    void aLinkToAPublishedArticleIsPublishedAndReadable() {
        JsonPath target = published(answer("Garantia legal", "90 dias."));
        JsonPath link = published(linkTo(target.getString("id")));
        assertEquals(target.getString("id"), link.getString("targetArticleId"));
        assertEquals("PUBLISHED", link.getString("status"));
    }

    @Test
    void aLinkToAMissingOrArchivedArticleIsRefused() {
        post(linkTo(UUID.randomUUID().toString())).then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("article-link-refused")).body("detail", containsString("does not exist"));
        JsonPath gone = archived(published(answer("Tabela antiga", "Fora de uso.")));
        post(linkTo(gone.getString("id"))).then().statusCode(422).body("detail", containsString("archived"));
    }

    @Test
    void aLinkThatWouldCloseACircleIsRefusedHoweverLong() {
        JsonPath a = write(answer("A", "Texto."));
        JsonPath b = write(linkTo(a.getString("id")));
        JsonPath c = write(linkTo(b.getString("id")));
        put(a, linkTo(c.getString("id"))).then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("cycle"));
        put(a, linkTo(a.getString("id"))).then().statusCode(422).body("detail", containsString("cycle"));
    }

    @Test
    void anArticleOthersLinkToIsNotArchivedWhileTheyDo() {
        JsonPath target = published(answer("Agendamento", "Janelas de visita."));
        JsonPath link = published(linkTo(target.getString("id")));
        act(target, "archival").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(link.getString("id")));
        archived(link);
        JsonPath reread = ArticleApi.read(ArticleApi.supervisor(), target.getString("id")).then().extract().jsonPath();
        assertEquals("ARCHIVED", archived(reread).getString("status"));
    }

    @Test
    void aLinkIsPublishedOnlyOnceItsTargetIs() {
        JsonPath draftTarget = write(answer("Ainda rascunho", "Texto."));
        JsonPath link = acted(write(linkTo(draftTarget.getString("id"))), "submission");
        act(link, "publication").then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("DRAFT"));
    }
}
