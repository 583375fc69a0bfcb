package dev.servicedesk.knowledge.catalog;

import static dev.servicedesk.knowledge.article.ArticleApi.answer;
import static dev.servicedesk.knowledge.article.ArticleApi.post;
import static dev.servicedesk.knowledge.article.ArticleApi.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicedesk.platform.testing.EventContracts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;
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
}
