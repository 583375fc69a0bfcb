package dev.servicedesk.workorder.catalog;

import static dev.servicedesk.workorder.catalog.CatalogApi.PROBLEMS;
import static dev.servicedesk.workorder.catalog.CatalogApi.aProblemCode;
import static dev.servicedesk.workorder.catalog.CatalogApi.branch;
import static dev.servicedesk.workorder.catalog.CatalogApi.create;
import static dev.servicedesk.workorder.catalog.CatalogApi.created;
import static dev.servicedesk.workorder.catalog.CatalogApi.define;
import static dev.servicedesk.workorder.catalog.CatalogApi.entry;
import static dev.servicedesk.workorder.catalog.CatalogApi.etag;
import static dev.servicedesk.workorder.catalog.CatalogApi.freshCode;
import static dev.servicedesk.workorder.catalog.CatalogApi.list;
import static dev.servicedesk.workorder.catalog.CatalogApi.problemCode;
import static dev.servicedesk.workorder.catalog.CatalogApi.standardOrder;
import static dev.servicedesk.workorder.catalog.CatalogApi.supervisor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input is answered with problem+json naming the field at fault, never with a 500. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CatalogBadInputTest {

    private String categoryId;

    @BeforeEach
    void aCategoryToAddTo() {
        categoryId = branch().get(2).getString("id");
    }

    @Test
    void aCodeIsUpperCaseLettersAndDigitsJoinedByDashes() {
        for (String code : List.of("geladeira", "AR CONDICIONADO", "AR--INSTALACAO", "-AR", "ÁGUA", "A".repeat(41))) {
            invalid(create(supervisor(), "departments", entry(code, "Assistência", null)), "code");
        }
    }

    @Test
    void aNameIsRequiredAndBounded() {
        invalid(create(supervisor(), "departments", entry(freshCode("DEP"), " ", null)), "name");
        invalid(create(supervisor(), "departments", entry(freshCode("DEP"), "x".repeat(201), null)), "name");
    }

    @Test
    void everyLevelButDepartmentsNeedsItsParentAndOnlyDepartmentsRefuseOne() {
        invalid(create(supervisor(), "providers", entry(freshCode("PROV"), "Equipe", null)), "parentId");
        invalid(create(supervisor(), "departments", entry(freshCode("DEP"), "Obras", UUID.randomUUID().toString())),
                "parentId");
        invalid(list(supervisor(), "departments", Map.of("parentId", UUID.randomUUID())), "parentId");
    }

    @Test
    void aParentThatIsNotThereOrNotOfTheLevelAboveIsRefused() {
        JsonPath department = created("departments", entry(freshCode("DEP"), "Obras", null));

        for (String parentId : List.of(UUID.randomUUID().toString(), department.getString("id"))) {
            create(supervisor(), "categories", entry(freshCode("CAT"), "Linha branca", parentId)).then()
                    .statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo(PROBLEMS + "unknown-parent"))
                    .body("violations[0].field", equalTo("parentId"));
        }
    }

    @Test
    void aProblemCodeCarriesAStandardOrderAndNothingElseDoes() {
        Map<String, Object> withoutStandard = entry(freshCode("PC"), "Geladeira não gela", categoryId);
        invalid(create(supervisor(), "problem-codes", withoutStandard), "standardOrder");

        Map<String, Object> departmentWithStandard = entry(freshCode("DEP"), "Obras", null);
        departmentWithStandard.put("standardOrder", standardOrder());
        invalid(create(supervisor(), "departments", departmentWithStandard), "standardOrder");
    }

    @Test
    void targetsAreWholePositiveHoursAndResolutionComesNoEarlierThanResponse() {
        invalid(withStandard("responseHours", -1), "standardOrder.responseHours");
        invalid(withStandard("resolutionHours", 0), "standardOrder.resolutionHours");
        invalid(withStandard("responseHours", 8761), "standardOrder.responseHours");

        Map<String, Object> standard = standardOrder();
        standard.put("responseHours", 48);
        standard.put("resolutionHours", 24);
        Map<String, Object> body = problemCode(freshCode("PC"), "Geladeira não gela", categoryId);
        body.put("standardOrder", standard);
        create(supervisor(), "problem-codes", body).then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "resolution-before-response"))
                .body("violations[0].field", equalTo("standardOrder.resolutionHours"));
    }

    @Test
    void theStandardOrdersListsAreCheckedItemByItemAndBounded() {
        invalid(withStandard("checklist", List.of("Testar", " ")), "standardOrder.checklist[1]");
        invalid(withStandard("checklist", Collections.nCopies(51, "Testar")), "standardOrder.checklist");
        invalid(withStandard("kit", List.of(Map.of("partNumber", "TERM-220", "description", "Termostato",
                "quantity", 0))), "standardOrder.kit[0].quantity");
        invalid(withStandard("kit", List.of(Map.of("partNumber", "", "description", "Termostato", "quantity", 1))),
                "standardOrder.kit[0].partNumber");
        invalid(withStandard("estimateLines", List.of(Map.of("kind", "LABOUR", "description", "Reparo",
                "quantity", 1, "unitPrice", 10.555))), "standardOrder.estimateLines[0].unitPrice");
        invalid(withStandard("estimateLines", List.of(Map.of("kind", "LABOUR", "description", "Reparo",
                "quantity", 1, "unitPrice", -1))), "standardOrder.estimateLines[0].unitPrice");
        invalid(withStandard("terms", ""), "standardOrder.terms");
        invalid(withStandard("terms", "x".repeat(10_001)), "standardOrder.terms");
    }

    @Test
    void anUnknownValueOfAListOfValuesIsMalformed() {
        malformed(withStandard("goods", "SEMI_DURABLE"), "standardOrder.goods");
        malformed(withStandard("defaultPriority", "WHENEVER"), "standardOrder.defaultPriority");
        malformed(withStandard("estimateLines", List.of(Map.of("kind", "FOOD", "description", "Lanche",
                "quantity", 1, "unitPrice", 10))), "standardOrder.estimateLines[0].kind");
    }

    @Test
    void unknownFieldsMalformedJsonAndOtherMediaTypesAreRefused() {
        Map<String, Object> body = entry(freshCode("DEP"), "Obras", null);
        body.put("colour", "blue");
        malformed(create(supervisor(), "departments", body), "colour");
        CatalogApi.as(supervisor()).body("{\"code\": ").post(CatalogApi.CATALOG + "departments").then()
                .statusCode(400).body("type", equalTo(PROBLEMS + "malformed-request"));
        CatalogApi.as(supervisor()).contentType("text/plain").body("DEP").post(CatalogApi.CATALOG + "departments")
                .then().statusCode(415).body("type", equalTo(PROBLEMS + "unsupported-media-type"));
    }

    @Test
    void anUpdateIsCheckedLikeACreation() {
        JsonPath problemCode = aProblemCode();
        Map<String, Object> standard = standardOrder();
        standard.put("responseHours", -3);

        Response answer = define(supervisor(), "problem-codes", problemCode.getString("id"), etag(problemCode),
                Map.of("name", "Geladeira não gela", "standardOrder", standard));

        invalid(answer, "standardOrder.responseHours");
        invalid(define(supervisor(), "problem-codes", problemCode.getString("id"), etag(problemCode),
                Map.of("name", "Geladeira não gela")), "standardOrder");
    }

    @Test
    void pagesAreBounded() {
        invalid(list(supervisor(), "departments", Map.of("size", 500)), "size");
        invalid(list(supervisor(), "departments", Map.of("page", -1)), "page");
    }

    private Response withStandard(String field, Object value) {
        Map<String, Object> standard = standardOrder();
        standard.put(field, value instanceof List<?> items ? new ArrayList<>(items) : value);
        Map<String, Object> body = problemCode(freshCode("PC"), "Geladeira não gela", categoryId);
        body.put("standardOrder", standard);
        return create(supervisor(), "problem-codes", body);
    }

    private static void invalid(Response answer, String field) {
        answer.then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "validation")).body("violations.field", hasItem(field));
    }

    private static void malformed(Response answer, String field) {
        answer.then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "malformed-request")).body("violations.field", hasItem(field));
    }
}
