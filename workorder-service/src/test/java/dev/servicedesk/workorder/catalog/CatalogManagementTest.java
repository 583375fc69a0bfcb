package dev.servicedesk.workorder.catalog;

import static dev.servicedesk.workorder.catalog.CatalogApi.PROBLEMS;
import static dev.servicedesk.workorder.catalog.CatalogApi.act;
import static dev.servicedesk.workorder.catalog.CatalogApi.aProblemCode;
import static dev.servicedesk.workorder.catalog.CatalogApi.branch;
import static dev.servicedesk.workorder.catalog.CatalogApi.create;
import static dev.servicedesk.workorder.catalog.CatalogApi.created;
import static dev.servicedesk.workorder.catalog.CatalogApi.define;
import static dev.servicedesk.workorder.catalog.CatalogApi.delete;
import static dev.servicedesk.workorder.catalog.CatalogApi.entry;
import static dev.servicedesk.workorder.catalog.CatalogApi.etag;
import static dev.servicedesk.workorder.catalog.CatalogApi.freshCode;
import static dev.servicedesk.workorder.catalog.CatalogApi.get;
import static dev.servicedesk.workorder.catalog.CatalogApi.list;
import static dev.servicedesk.workorder.catalog.CatalogApi.problemCode;
import static dev.servicedesk.workorder.catalog.CatalogApi.standardOrder;
import static dev.servicedesk.workorder.catalog.CatalogApi.supervisor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicedesk.platform.security.Roles;
import dev.servicedesk.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Supervisors keep the catalogue: its four levels, codes, standard orders, retirement and deletion. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CatalogManagementTest {

    @Test
    void eachLevelIsCreatedBelowItsParentWithLocationAndETag() {
        String departmentCode = freshCode("ASSISTENCIA");
        Response department = create(supervisor(), "departments", entry(departmentCode, "Assistência Técnica", null));
        department.then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", endsWith("/api/v1/catalog/departments/" + department.path("id")))
                .body("level", equalTo("DEPARTMENT")).body("code", equalTo(departmentCode))
                .body("name", equalTo("Assistência Técnica")).body("parentId", nullValue())
                .body("retired", equalTo(false)).body("active", equalTo(true)).body("version", equalTo(0));
        JsonPath provider = created("providers", entry(freshCode("EQUIPE"), "Equipe própria", department.path("id")));
        JsonPath category = created("categories", entry(freshCode("LINHA-BRANCA"), "Linha branca",
                provider.getString("id")));
        String code = freshCode("GELADEIRA-NAO-GELA");

        Response problemCode = create(supervisor(), "problem-codes", problemCode(code, "Geladeira não gela",
                category.getString("id")));

        problemCode.then().statusCode(201)
                .header("Location", endsWith("/api/v1/catalog/problem-codes/" + problemCode.path("id")))
                .body("level", equalTo("PROBLEM_CODE")).body("code", equalTo(code))
                .body("parentId", equalTo(category.getString("id")))
                .body("parentCode", equalTo(category.getString("code")))
                .body("standardOrder.defaultPriority", equalTo("HIGH"))
                .body("standardOrder.responseHours", equalTo(24)).body("standardOrder.resolutionHours", equalTo(72))
                .body("standardOrder.checklist", contains("Verificar o termostato", "Medir a carga de gás"))
                .body("standardOrder.kit[0].partNumber", equalTo("TERM-220"))
                .body("standardOrder.estimateLines[0].kind", equalTo("LABOUR"))
                .body("standardOrder.goods", equalTo("DURABLE")).body("warrantyDays", equalTo(90))
                .body(containsString("\"unitPrice\":180.50"));
        assertEquals(department.path("id").toString(), provider.getString("parentId"));
    }

    @Test
    void anEntryIsFoundByIdAndAProblemCodeByItsCode() {
        JsonPath problemCode = aProblemCode();
        String token = Tokens.forRole(Roles.TECHNICIAN);

        get(token, "problem-codes", problemCode.getString("id")).then().statusCode(200).header("ETag", "\"0\"")
                .body("code", equalTo(problemCode.getString("code")));
        get(token, "problem-codes", "by-code/" + problemCode.getString("code")).then().statusCode(200)
                .body("id", equalTo(problemCode.getString("id")));
        get(token, "problem-codes", "by-code/NAO-EXISTE-" + UUID.randomUUID().toString().substring(0, 4))
                .then().statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
        get(token, "categories", problemCode.getString("id")).then().statusCode(404);
        get(token, "widgets", problemCode.getString("id")).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void listsAreNarrowedByParentRetirementAndTextIgnoringAccentsAndArePagedByCode() {
        String categoryId = branch().get(2).getString("id");
        String prefix = freshCode("AR");
        JsonPath installation = created("problem-codes", problemCode(prefix + "-INSTALACAO",
                "Instalação de ar-condicionado", categoryId));
        created("problem-codes", problemCode(prefix + "-LIMPEZA", "Limpeza de filtros", categoryId));
        JsonPath leak = created("problem-codes", problemCode(prefix + "-VAZAMENTO", "Vazamento de água", categoryId));
        act(supervisor(), "problem-codes", leak.getString("id"), "retirement", etag(leak)).then().statusCode(200);
        String token = Tokens.forRole(Roles.AGENT);

        list(token, "problem-codes", Map.of("parentId", categoryId)).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.code", contains(prefix + "-INSTALACAO", prefix + "-LIMPEZA", prefix + "-VAZAMENTO"));
        list(token, "problem-codes", Map.of("parentId", categoryId, "retired", true)).then()
                .body("items.code", contains(prefix + "-VAZAMENTO"));
        list(token, "problem-codes", Map.of("parentId", categoryId, "retired", false)).then().body("total", equalTo(2));
        list(token, "problem-codes", Map.of("parentId", categoryId, "q", "INSTALAÇÃO")).then()
                .body("items.id", contains(installation.getString("id")));
        list(token, "problem-codes", Map.of("q", prefix.toLowerCase() + "-limp")).then()
                .body("items.code", contains(prefix + "-LIMPEZA"));
        list(token, "problem-codes", Map.of("parentId", categoryId, "q", "100%")).then().body("total", equalTo(0));
        list(token, "problem-codes", Map.of("parentId", categoryId, "size", 2, "page", 1)).then()
                .body("total", equalTo(3)).body("page", equalTo(1))
                .body("items.code", contains(prefix + "-VAZAMENTO"));
    }

    @Test
    void aSecondEntryWithTheSameCodeIsRefused() {
        String code = freshCode("COLETA");
        created("departments", entry(code, "Coleta", null));

        create(supervisor(), "departments", entry(code, "Outra coleta", null)).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "duplicate-code"));
    }

    @Test
    void renamingAndRedefiningTakeTheETagLastRead() {
        JsonPath problemCode = aProblemCode();
        String id = problemCode.getString("id");
        Map<String, Object> standard = standardOrder();
        standard.put("goods", "NON_DURABLE");
        standard.put("defaultPriority", "URGENT");
        Map<String, Object> definition = Map.of("name", "Geladeira não gela nem congela", "standardOrder", standard);

        define(supervisor(), "problem-codes", id, null, definition).then().statusCode(428)
                .body("type", equalTo(PROBLEMS + "precondition-required"));
        define(supervisor(), "problem-codes", id, "\"7\"", definition).then().statusCode(412)
                .body("type", equalTo(PROBLEMS + "precondition-failed"));
        define(supervisor(), "problem-codes", id, etag(problemCode), definition).then().statusCode(200)
                .header("ETag", "\"1\"").body("name", equalTo("Geladeira não gela nem congela"))
                .body("code", equalTo(problemCode.getString("code")))
                .body("standardOrder.defaultPriority", equalTo("URGENT")).body("warrantyDays", equalTo(30));
        define(supervisor(), "problem-codes", id, etag(problemCode), definition).then().statusCode(412);
    }

    @Test
    void aCodeNeverChanges() {
        JsonPath department = created("departments", entry(freshCode("DEP"), "Assistência", null));

        define(supervisor(), "departments", department.getString("id"), etag(department),
                Map.of("code", "OUTRO-CODIGO", "name", "Assistência")).then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "malformed-request")).body("violations[0].field", equalTo("code"));
        get(supervisor(), "departments", department.getString("id")).then()
                .body("code", equalTo(department.getString("code")));
    }

    @Test
    void aRetiredProblemCodeOpensNoOrderUntilReinstated() {
        JsonPath problemCode = aProblemCode();
        String id = problemCode.getString("id");

        JsonPath retired = act(supervisor(), "problem-codes", id, "retirement", etag(problemCode)).then()
                .statusCode(200).body("retired", equalTo(true)).body("active", equalTo(false))
                .body("retiredAt", containsString("T")).extract().jsonPath();
        openOrder(problemCode.getString("code")).then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "retired-problem-code"));

        act(supervisor(), "problem-codes", id, "reinstatement", etag(retired)).then().statusCode(200)
                .body("retired", equalTo(false)).body("retiredAt", nullValue()).body("active", equalTo(true));
        openOrder(problemCode.getString("code")).then().statusCode(201);
    }

    @Test
    void retiringAParentStopsOrdersForEveryCodeBelowItAndReinstatingItBringsThemBackAsTheyWere() {
        List<JsonPath> branch = branch();
        JsonPath department = branch.get(0);
        JsonPath category = branch.get(2);
        JsonPath problemCode = created("problem-codes", problemCode(freshCode("COLETA-ELETRO"),
                "Coleta de eletrodomésticos", category.getString("id")));
        String code = problemCode.getString("code");

        JsonPath retiredCategory = act(supervisor(), "categories", category.getString("id"), "retirement",
                etag(category)).then().statusCode(200).extract().jsonPath();
        get(supervisor(), "problem-codes", problemCode.getString("id")).then()
                .body("retired", equalTo(false)).body("active", equalTo(false)).body("version", equalTo(0));
        openOrder(code).then().statusCode(422).body("type", equalTo(PROBLEMS + "retired-problem-code"))
                .body("detail", containsString(category.getString("code")));
        act(supervisor(), "categories", category.getString("id"), "reinstatement", etag(retiredCategory)).then()
                .statusCode(200);
        openOrder(code).then().statusCode(201);

        act(supervisor(), "departments", department.getString("id"), "retirement", etag(department)).then()
                .statusCode(200);
        openOrder(code).then().statusCode(422).body("type", equalTo(PROBLEMS + "retired-problem-code"));
    }

    @Test
    void nothingNewGoesBelowARetiredEntry() {
        JsonPath department = created("departments", entry(freshCode("DEP"), "Obras", null));
        act(supervisor(), "departments", department.getString("id"), "retirement", etag(department)).then()
                .statusCode(200);

        create(supervisor(), "providers", entry(freshCode("PROV"), "Empreiteira", department.getString("id")))
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "catalog-entry-retired"));
    }

    @Test
    void retiringARetiredEntryAgainChangesNothing() {
        JsonPath department = created("departments", entry(freshCode("DEP"), "Obras", null));
        JsonPath retired = act(supervisor(), "departments", department.getString("id"), "retirement",
                etag(department)).then().statusCode(200).body("version", equalTo(1)).extract().jsonPath();

        act(supervisor(), "departments", department.getString("id"), "retirement", etag(retired)).then()
                .statusCode(200).header("ETag", "\"1\"").body("retiredAt", equalTo(retired.getString("retiredAt")));
    }

    @Test
    void anEntryThatNothingUsesCanBeDeleted() {
        JsonPath problemCode = aProblemCode();
        String id = problemCode.getString("id");

        delete(supervisor(), "problem-codes", id, null).then().statusCode(428);
        delete(supervisor(), "problem-codes", id, etag(problemCode)).then().statusCode(204);
        get(supervisor(), "problem-codes", id).then().statusCode(404);
    }

    @Test
    void aProblemCodeThatAnOrderUsesIsNeverDeleted() {
        JsonPath problemCode = aProblemCode();
        openOrder(problemCode.getString("code")).then().statusCode(201);

        delete(supervisor(), "problem-codes", problemCode.getString("id"), etag(problemCode)).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "catalog-entry-in-use"));
        get(supervisor(), "problem-codes", problemCode.getString("id")).then().statusCode(200);
    }

    @Test
    void anEntryWithEntriesBelowItIsDeletedOnlyOnceTheyAreGone() {
        List<JsonPath> branch = branch();
        JsonPath provider = branch.get(1);
        JsonPath category = branch.get(2);

        delete(supervisor(), "providers", provider.getString("id"), etag(provider)).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "catalog-entry-has-children"));
        delete(supervisor(), "categories", category.getString("id"), etag(category)).then().statusCode(204);
        delete(supervisor(), "providers", provider.getString("id"), etag(provider)).then().statusCode(204);
    }

    @Test
    void aRetriedCreationWithTheSameIdempotencyKeyCreatesOnce() {
        Map<String, Object> body = entry(freshCode("DEP"), "Assistência", null);
        String key = UUID.randomUUID().toString();

        Response first = CatalogApi.as(supervisor()).header("Idempotency-Key", key).body(body)
                .post(CatalogApi.CATALOG + "departments");
        Response retry = CatalogApi.as(supervisor()).header("Idempotency-Key", key).body(body)
                .post(CatalogApi.CATALOG + "departments");

        first.then().statusCode(201);
        retry.then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first.path("id")));
    }

    private static Response openOrder(String problemCode) {
        return CatalogApi.as(Tokens.forRole(Roles.AGENT)).body(Map.of("problemCode", problemCode))
                .post("/api/v1/orders");
    }
}
