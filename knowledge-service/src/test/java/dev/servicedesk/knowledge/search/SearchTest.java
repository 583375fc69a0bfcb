package dev.servicedesk.knowledge.search;

import static dev.servicedesk.knowledge.article.ArticleApi.answer;
import static dev.servicedesk.knowledge.article.ArticleApi.published;
import static dev.servicedesk.knowledge.article.ArticleApi.with;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicedesk.knowledge.article.ArticleApi;
import dev.servicedesk.knowledge.catalog.TestCatalog;
import dev.servicedesk.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The search agents use: Portuguese word forms, any accent or case, title above text, highlighted and escaped
 * snippets, one typo forgiven, filters and pages, suggestions by problem code. Each test tags its own articles and
 * filters by that tag, so that other tests' articles never get in the way.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SearchTest {

    private final String tag = TestCatalog.freshCode("teste").toLowerCase();
    private final String agent = Tokens.forRole("agent");

    private Map<String, Object> tagged(String title, String body) {
        return with(answer(title, body), "tags", List.of(tag));
    }

    private RequestSpecification search(String token) {
        return given().auth().oauth2(token).queryParam("tag", tag);
    }

    private JsonPath found(String query) {
        return search(agent).queryParam("q", query).get("/api/v1/search").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void wordFormsAccentsAndCaseDoNotMatter() {
        String id = published(tagged("Refrigeração da geladeira", "Quando o refrigerador não está gelando.")).getString("id");
        for (String query : List.of("refrigeracao", "REFRIGERAÇÃO", "geladeiras", "gelando", "Refrigeradores")) {
            assertEquals(List.of(id), found(query).getList("items.id"), query);
        }
        assertEquals("FULL_TEXT", found("geladeira").getString("matchedBy"));
    }

    @Test
    void aWordInTheTitleRanksAboveTheSameWordInTheText() {
        String inText = published(tagged("Prazo de atendimento", "Vale também para o micro-ondas e o forno."))
                .getString("id");
        String inTitle = published(tagged("Forno elétrico", "Como ajustar a temperatura.")).getString("id");
        assertEquals(List.of(inTitle, inText), found("forno").getList("items.id"));
    }

    @Test
    void articlesHoldingEveryWordAreFoundAndThoseWithSomeOnlyWhenNoneHoldsAll() {
        String one = published(tagged("Lavadora não liga", "Verifique a tomada.")).getString("id");
        String both = published(tagged("Lavadora vazando água", "Confira a mangueira.")).getString("id");
        assertEquals(List.of(both), found("lavadora vazando").getList("items.id"));
        assertEquals(List.of(both, one), found("lavadora vazando quebrada").getList("items.id"));
    }

    @Test
    void theSnippetHighlightsTheWordsAndEscapesTheText() {
        published(tagged("Ruído no compressor",
                "O compressor faz barulho & vibra quando a geladeira liga <script>alert('x')</script>."));
        String snippet = found("barulho").getString("items[0].snippet");
        assertTrue(snippet.contains("<mark>barulho</mark>"), snippet);
        assertTrue(snippet.contains("&amp;"), snippet);
        assertFalse(snippet.contains("<script"), snippet);
    }

    @Test
    void oneTypoPerWordIsForgivenAndTheCorrectionIsSaid() {
        String id = published(tagged("Geladeira não gela", "Confira o termostato.")).getString("id");
        JsonPath result = found("gelaedira");
        assertEquals(List.of(id), result.getList("items.id"));
        assertEquals("geladeira", result.getString("correctedQuery"));
        assertNull(found("geladeira").get("correctedQuery"));
    }

    @Test
    void whenNoWordMatchesTitlesThatLookAlikeAreReturned() {
        String id = published(tagged("Purificador Xptoaqua", "Troca do refil.")).getString("id");
        JsonPath result = found("xptoagua");
        assertEquals(List.of(id), result.getList("items.id"));
    }

    @Test
    void filtersNarrowTheResultsAndPagesCountTheWhole() {
        String script = published(with(with(tagged("Roteiro de atendimento", "Leia ao cliente."), "kind",
                "CALL_SCRIPT"), "steps", List.of("Cumprimente o cliente."))).getString("id");
        String publicAnswer = published(with(tagged("Atendimento ao cliente", "Horário do atendimento."),
                "audience", "PUBLIC")).getString("id");
        String internalAnswer = published(tagged("Atendimento interno", "Somente equipe.")).getString("id");

        assertEquals(List.of(script), search(agent).queryParam("q", "atendimento").queryParam("kind", "CALL_SCRIPT")
                .get("/api/v1/search").then().statusCode(200).extract().jsonPath().getList("items.id"));
        assertEquals(List.of(publicAnswer), search(agent).queryParam("q", "atendimento")
                .queryParam("audience", "PUBLIC").get("/api/v1/search").then().extract().jsonPath()
                .getList("items.id"));

        JsonPath firstPage = search(agent).queryParam("q", "atendimento").queryParam("size", 2)
                .get("/api/v1/search").then().statusCode(200).extract().jsonPath();
        JsonPath secondPage = search(agent).queryParam("q", "atendimento").queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/search").then().statusCode(200).extract().jsonPath();
        assertEquals(3, firstPage.getInt("total"));
        assertTrue(firstPage.getBoolean("totalIsExact"));
        assertEquals(3, secondPage.getInt("total"));
        assertEquals(2, firstPage.getList("items").size());
        assertEquals(1, secondPage.getList("items").size());
        assertTrue(List.of(script, publicAnswer, internalAnswer).containsAll(
                List.of(firstPage.getString("items[0].id"), firstPage.getString("items[1].id"),
                        secondPage.getString("items[0].id"))));
    }

    @Test
    void withoutWordsEveryArticleIsListedByTitle() {
        String b = published(tagged("B: segunda", "Texto.")).getString("id");
        String a = published(tagged("A: primeira", "Texto.")).getString("id");
        JsonPath all = found("");
        assertEquals(List.of(a, b), all.getList("items.id"));
        assertEquals("BROWSE", all.getString("matchedBy"));
    }

    @Test
    void draftsAndArchivedArticlesAreNeverFound() {
        ArticleApi.write(tagged("Rascunho sobre fogão", "Ainda não revisado."));
        ArticleApi.archived(published(tagged("Fogão antigo", "Fora de linha.")));
        assertEquals(0, found("fogão").getInt("total"));
    }

    @Test
    void suggestionsForAProblemCodePutThoseMatchingTheRequestFirst() {
        TestCatalog.Entry code = TestCatalog.problemCode();
        Map<String, Object> forCode = with(tagged("Geladeira: roteiro geral", "Confira a tomada."), "problemCodes",
                List.of(code.code()));
        String general = published(forCode).getString("id");
        String noise = published(with(forCode, "title", "Geladeira fazendo barulho")).getString("id");
        String unrelated = published(tagged("Fogão com chama amarela", "Limpe os queimadores.")).getString("id");

        List<String> byCode = given().auth().oauth2(agent).queryParam("problemCode", code.code())
                .get("/api/v1/search/suggestions").then().statusCode(200).extract().jsonPath().getList("id");
        assertEquals(2, byCode.size());
        assertTrue(byCode.containsAll(List.of(general, noise)));

        List<String> withText = given().auth().oauth2(agent).queryParam("problemCode", code.code())
                .queryParam("text", "cliente diz que a geladeira faz muito barulho à noite")
                .get("/api/v1/search/suggestions").then().statusCode(200).extract().jsonPath().getList("id");
        assertEquals(noise, withText.get(0));
        assertFalse(withText.contains(unrelated));
    }

    @Test
    void aQueryTooLongOrAFilterOfNoKindIsRefusedAsProblemJson() {
        given().auth().oauth2(agent).queryParam("q", "a".repeat(301)).get("/api/v1/search").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(agent).queryParam("kind", "POEM").get("/api/v1/search").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(agent).get("/api/v1/search/suggestions").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
