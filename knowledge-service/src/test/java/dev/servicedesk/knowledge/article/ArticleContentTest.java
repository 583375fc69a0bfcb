package dev.servicedesk.knowledge.article;

import static dev.servicedesk.knowledge.article.ArticleApi.ARTICLES;
import static dev.servicedesk.knowledge.article.ArticleApi.answer;
import static dev.servicedesk.knowledge.article.ArticleApi.post;
import static dev.servicedesk.knowledge.article.ArticleApi.supervisor;
import static dev.servicedesk.knowledge.article.ArticleApi.with;
import static dev.servicedesk.knowledge.article.ArticleApi.write;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicedesk.knowledge.catalog.TestCatalog;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each kind of article holds, the catalogue codes it names, and a body that cannot inject script. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ArticleContentTest {

    @Test
    void eachKindHoldsWhatItGivesTheAgent() {
        JsonPath script = write(with(with(answer("Geladeira não gela", "Roteiro."), "kind", "CALL_SCRIPT"), "steps",
                List.of("Confira a tomada.", "Confira o termostato.")));
        assertEquals(List.of("Confira a tomada.", "Confira o termostato."), script.getList("steps"));

        JsonPath directory = write(with(with(answer("Telefones úteis", ""), "kind", "PHONE_DIRECTORY"), "phones",
                List.of(Map.of("name", "SAC", "number", "0800 123 4567"))));
        assertEquals("0800 123 4567", directory.getString("phones[0].number"));

        JsonPath link = write(with(with(answer("Segunda via de boleto", ""), "kind", "EXTERNAL_LINK"), "url",
                "https://portal.example.com.br/boletos"));
        assertEquals("https://portal.example.com.br/boletos", link.getString("url"));

        JsonPath tagged = write(with(with(answer("Tags", "Texto."), "tags", List.of("Lava-e-seca".toLowerCase())),
                "audience", "PUBLIC"));
        assertEquals(List.of("lava-e-seca"), tagged.getList("tags"));
        assertEquals("PUBLIC", tagged.getString("audience"));
    }

    @Test
    void fieldsThatDoNotFitTheKindAreRefused() {
        post(with(answer("Roteiro sem passos", "Texto."), "kind", "CALL_SCRIPT")).then().statusCode(422)
                .contentType("application/problem+json").body("type", endsWith("article-content-invalid"))
                .body("violations.field", hasItem("steps"));
        post(with(answer("Diretório sem números", "Texto."), "kind", "PHONE_DIRECTORY")).then().statusCode(422)
                .body("violations.field", hasItem("phones"));
        post(with(answer("Resposta com url", "Texto."), "url", "https://example.com")).then().statusCode(422)
                .body("violations.field", hasItem("url"));
        post(answer("Resposta vazia", " ")).then().statusCode(422).body("violations.field", hasItem("body"));
        post(with(answer("Link sem alvo", ""), "kind", "ARTICLE_LINK")).then().statusCode(422)
                .body("violations.field", hasItem("targetArticleId"));
    }

    @Test
    void anExternalLinkIsHttpOrHttpsOnly() {
        for (String url : List.of("javascript:alert(1)", "ftp://arquivos.example.com/a.pdf", "portal.example.com",
                "file:///etc/passwd", "https://")) {
            post(with(with(answer("Link", ""), "kind", "EXTERNAL_LINK"), "url", url)).then().statusCode(422)
                    .contentType("application/problem+json").body("violations.field", hasItem("url"));
        }
        post(with(with(answer("Link", ""), "kind", "EXTERNAL_LINK"), "url", "http://example.com.br/a?b=c"))
                .then().statusCode(201);
    }

    @Test
    void theBodyIsRenderedFromMarkdownWithoutAnyScript() {
        JsonPath article = write(answer("Corpo perigoso", """
                # Atenção
                Texto **importante** e [um link](https://example.com).
                <script>alert('roubo')</script>
                <img src=x onerror="alert(1)">

                [clique](javascript:alert(2))
                """));
        String html = article.getString("bodyHtml");
        assertTrue(html.contains("<h1>Atenção</h1>"), html);
        assertTrue(html.contains("<strong>importante</strong>"), html);
        assertTrue(html.contains("href=\"https://example.com\""), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        MarkdownRendererTest.assertSafe(html);
        assertTrue(article.getString("body").contains("<script>"), "the source is kept as written");
    }

    @Test
    void problemCodesAndCategoriesMustBeInTheCatalogueInUse() {
        TestCatalog.Entry code = TestCatalog.problemCode();
        JsonPath article = write(with(with(answer("Geladeira", "Texto."), "problemCodes", List.of(code.code())),
                "categories", List.of(code.categoryCode())));
        assertEquals(List.of(code.code()), article.getList("problemCodes"));

        post(with(answer("Código inventado", "Texto."), "problemCodes", List.of("NAO-EXISTE-" + code.code())))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("catalog-entry-unknown")).body("violations.field", hasItem("problemCodes[0]"));
        post(with(answer("Categoria inventada", "Texto."), "categories", List.of("NAO-EXISTE")))
                .then().statusCode(422).body("violations.field", hasItem("categories[0]"));
    }

    @Test
    void badInputIsAProblemNeverAServerError() {
        given().auth().oauth2(supervisor()).contentType("application/json").body("{\"kind\": ")
                .post(ARTICLES).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(supervisor()).contentType("application/json")
                .body("{\"kind\": \"POEM\", \"title\": \"x\"}").post(ARTICLES).then().statusCode(400)
                .contentType("application/problem+json");
        post(Map.of("kind", "ANSWER", "body", "Sem título")).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("title"));
        post(with(answer("Tag inválida", "Texto."), "tags", List.of("Tag Com Espaço"))).then().statusCode(400)
                .contentType("application/problem+json");
        post(with(answer("Telefone inválido", ""), "phones", List.of(Map.of("name", "SAC", "number", "ligue já"))))
                .then().statusCode(400).contentType("application/problem+json");
        post(with(answer("Idioma", "Texto."), "language", "portuguese")).then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(supervisor()).get(ARTICLES + "/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(supervisor()).get(ARTICLES + "/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(supervisor()).queryParam("status", "LOST").get(ARTICLES).then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(supervisor()).contentType("application/json").body(answer("x", "y"))
                .header("Idempotency-Key", "chave-" + java.util.UUID.randomUUID()).post(ARTICLES).then()
                .statusCode(201);
    }

    @Test
    void aRetriedCreationWithTheSameIdempotencyKeyCreatesOneArticle() {
        String key = "artigo-" + java.util.UUID.randomUUID();
        Map<String, Object> article = answer("Idempotente " + key, "Texto.");
        String first = given().auth().oauth2(supervisor()).contentType("application/json").body(article)
                .header("Idempotency-Key", key).post(ARTICLES).then().statusCode(201).extract().path("id");
        given().auth().oauth2(supervisor()).contentType("application/json").body(article)
                .header("Idempotency-Key", key).post(ARTICLES).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", org.hamcrest.Matchers.equalTo(first));
    }
}
