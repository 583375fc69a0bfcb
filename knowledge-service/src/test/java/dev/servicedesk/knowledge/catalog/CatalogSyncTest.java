package dev.servicedesk.knowledge.catalog;

import static dev.servicedesk.knowledge.article.ArticleApi.ARTICLES;
import static dev.servicedesk.knowledge.article.ArticleApi.answer;
import static dev.servicedesk.knowledge.article.ArticleApi.archived;
import static dev.servicedesk.knowledge.article.ArticleApi.edited;
import static dev.servicedesk.knowledge.article.ArticleApi.post;
import static dev.servicedesk.knowledge.article.ArticleApi.published;
import static dev.servicedesk.knowledge.article.ArticleApi.put;
import static dev.servicedesk.knowledge.article.ArticleApi.supervisor;
import static dev.servicedesk.knowledge.article.ArticleApi.with;
import static dev.servicedesk.knowledge.article.ArticleApi.write;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicedesk.platform.testing.EventContracts;
import dev.servicedesk.platform.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The catalogue view follows servicedesk.catalog.v1: articles name only codes in use. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CatalogSyncTest {

    private static Map<String, Object> naming(String code) {
        return with(answer("Artigo de " + code, "Texto."), "problemCodes", List.of(code));
    }

    @Test
    void theConsumersRecordsReadWhatTheCatalogueProducerPromises() {
        EventContracts.assertReadableBy(ProblemCodePublished.class, "contracts/workorder-service");
        EventContracts.assertReadableBy(ServiceCategoryPublished.class, "contracts/workorder-service");
        EventContracts.assertReadableBy(CatalogEntryDeleted.class, "contracts/workorder-service");
    }

    @Test
    void aRetiredCodeIsRefusedAndAReinstatedOneAcceptedAgain() {
        TestCatalog.Entry code = TestCatalog.problemCode();
        post(naming(code.code())).then().statusCode(201);

        TestCatalog.publishProblemCode(code.id(), code.code(), code.categoryCode(), true, 1);
        TestCatalog.awaitVersion("catalog_problem_code", code.id(), 1);
        post(naming(code.code())).then().statusCode(422).contentType("application/problem+json");

        TestCatalog.publishProblemCode(code.id(), code.code(), code.categoryCode(), false, 2);
        TestCatalog.awaitVersion("catalog_problem_code", code.id(), 2);
        post(naming(code.code())).then().statusCode(201);
    }

    @Test
    void anOlderStateArrivingLateChangesNothing() throws Exception {
        TestCatalog.Entry code = TestCatalog.problemCode();
        TestCatalog.publishProblemCode(code.id(), code.code(), code.categoryCode(), false, 5);
        TestCatalog.awaitVersion("catalog_problem_code", code.id(), 5);
        TestCatalog.awaitApplied(
                TestCatalog.publishProblemCode(code.id(), code.code(), code.categoryCode(), true, 4));
        assertEquals(5, TestCatalog.versionIn("catalog_problem_code", code.id()));
        post(naming(code.code())).then().statusCode(201);
    }

    @Test
    void aDeletedCodeIsForgotten() {
        TestCatalog.Entry code = TestCatalog.problemCode();
        TestCatalog.delete(code.id(), "PROBLEM_CODE", code.code(), 1);
        TestCatalog.awaitVersion("catalog_problem_code", code.id(), -1);
        post(naming(code.code())).then().statusCode(422);
    }

    @Test
    void aDeletedCodeLeavesThePublishedArticlesNamingItAsARevisionByTheCatalogue() {
        TestCatalog.Entry deleted = TestCatalog.problemCode();
        TestCatalog.Entry kept = TestCatalog.problemCode();
        JsonPath article = published(with(answer("Geladeira sem frio", "Verifique a tomada."), "problemCodes",
                List.of(deleted.code(), kept.code())));
        String id = article.getString("id");
        try (TopicProbe probe = TopicProbe.open("servicedesk.articles.v1")) {
            TestCatalog.awaitApplied(TestCatalog.delete(deleted.id(), "PROBLEM_CODE", deleted.code(), 1));

            JsonPath now = current(id);
            assertEquals(List.of(kept.code()), now.getList("problemCodes"));
            assertEquals(article.getInt("revision") + 1, now.getInt("revision"));
            assertEquals("catalogue", now.getString("updatedBy"));
            assertEquals("PUBLISHED", now.getString("status"));
            JsonPath revisions = given().auth().oauth2(supervisor()).get(ARTICLES + "/" + id + "/revisions")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals("CATALOGUE_CHANGED", revisions.getString("[0].change"));
            assertEquals("catalogue", revisions.getString("[0].author"));

            ConsumerRecord<String, String> record = probe.awaitRecord(TopicProbe.withKey(id)
                    .and(TopicProbe.withHeader("ce_aggregateversion", now.getString("version"))),
                    Duration.ofSeconds(30));
            EventContracts.assertMatchesContract(record);
            assertEquals("ArticleRevised", TopicProbe.header(record, "ce_type"));
        }
    }

    @Test
    void aDeletedCategoryLeavesDraftsButArchivedArticlesStayAsTheyWere() {
        TestCatalog.Entry category = TestCatalog.category();
        Map<String, Object> content = with(answer("Linha branca", "Texto."), "categories", List.of(category.code()));
        String draft = write(content).getString("id");
        JsonPath archivedArticle = archived(published(content));

        TestCatalog.awaitApplied(TestCatalog.delete(category.id(), "CATEGORY", category.code(), 1));

        assertEquals(List.of(), current(draft).getList("categories"));
        JsonPath stillArchived = current(archivedArticle.getString("id"));
        assertEquals(List.of(category.code()), stillArchived.getList("categories"));
        assertEquals(archivedArticle.getInt("revision"), stillArchived.getInt("revision"));
    }

    @Test
    void aDeletedEntryWhoseCodeAnotherEntryCarriesLeavesTheArticlesAlone() {
        TestCatalog.Entry old = TestCatalog.problemCode();
        String id = write(naming(old.code())).getString("id");
        UUID successor = UUID.randomUUID();
        TestCatalog.publishProblemCode(successor, old.code(), old.categoryCode(), false, 0);
        TestCatalog.awaitVersion("catalog_problem_code", successor, 0);

        TestCatalog.awaitApplied(TestCatalog.delete(old.id(), "PROBLEM_CODE", old.code(), 1));

        assertEquals(List.of(old.code()), current(id).getList("problemCodes"));
    }

    @Test
    void aRetiredCodeStaysMarkedOnTheArticlesNamingItWhoseTextCanStillChange() {
        TestCatalog.Entry code = TestCatalog.problemCode();
        JsonPath article = write(naming(code.code()));
        JsonPath other = write(answer("Outro artigo", "Texto."));

        TestCatalog.publishProblemCode(code.id(), code.code(), code.categoryCode(), true, 1);
        TestCatalog.awaitVersion("catalog_problem_code", code.id(), 1);

        JsonPath marked = current(article.getString("id"));
        assertEquals(List.of(code.code()), marked.getList("retiredProblemCodes"));
        JsonPath edited = edited(marked, with(naming(code.code()), "body", "Texto revisto."));
        assertEquals(List.of(code.code()), edited.getList("problemCodes"));
        put(other, with(answer("Outro artigo", "Texto."), "problemCodes", List.of(code.code())))
                .then().statusCode(422).contentType("application/problem+json");
    }

    private static JsonPath current(String id) {
        return given().auth().oauth2(supervisor()).get(ARTICLES + "/" + id).then().statusCode(200).extract()
                .jsonPath();
    }
}
