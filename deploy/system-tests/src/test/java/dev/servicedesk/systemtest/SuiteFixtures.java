package dev.servicedesk.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;

import dev.servicedesk.systemtest.SuiteProcesses.Service;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Resources the system tests create through the public APIs before they drive the services. */
public final class SuiteFixtures {

    static final Map<String, Object> PLACE = Map.of("street", "Rua Barão de Jaguara", "number", "1481",
            "district", "Centro", "city", "Campinas", "state", "SP", "cep", "13015-002");

    /** A catalogue branch of this run's own, down to a problem code that needs an approved estimate and a signature. */
    record CatalogueBranch(String departmentId, String departmentCode, String problemCode) {
    }

    /** A partner system's customer and its logged action request, and the work order that opened for it. */
    record PartnerAction(String customerId, String requestId, String protocol, String orderId, String orderNumber) {
    }

    private SuiteFixtures() {
    }

    static CatalogueBranch aCatalogueBranch(String supervisor) {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String departmentCode = "D-" + suffix;
        String department = entry(supervisor, "departments", Map.of("code", departmentCode, "name",
                "Assistência " + suffix));
        String provider = entry(supervisor, "providers", Map.of("code", "P-" + suffix, "name", "Equipe " + suffix,
                "parentId", department));
        String category = entry(supervisor, "categories", Map.of("code", "C-" + suffix, "name",
                "Linha branca " + suffix, "parentId", provider));
        String code = "GELADEIRA-" + suffix;
        entry(supervisor, "problem-codes", problemCodeBody(code, "Geladeira não gela " + suffix, category));
        return new CatalogueBranch(department, departmentCode, code);
    }

    /** A problem code under a category, with the standard order every suite test works to closing. */
    public static Map<String, Object> problemCodeBody(String code, String name, String category) {
        return Map.of("code", code, "name", name, "parentId", category,
                "standardOrder", Map.ofEntries(Map.entry("defaultPriority", "NORMAL"),
                        Map.entry("responseHours", 24), Map.entry("resolutionHours", 72),
                        Map.entry("checklist", List.of("Medir a temperatura")),
                        Map.entry("kit", List.of(Map.of("partNumber", "TERM-220", "description", "Termostato 220 V",
                                "quantity", 1))),
                        Map.entry("estimateLines", List.of(Map.of("kind", "LABOUR", "description", "Mão de obra",
                                "quantity", 1, "unitPrice", 120.00))),
                        Map.entry("terms", "Garantia legal de 90 dias (CDC, art. 26)."),
                        Map.entry("estimateApprovalRequired", true), Map.entry("signatureRequired", true),
                        Map.entry("productDataRequired", false), Map.entry("goods", "DURABLE")));
    }

    /** The partner registers a customer and logs an action request for it in one call; the order opens from it. */
    static PartnerAction aPartnerAction(String partner, String agent, String problemCode) {
        String intake = SuiteProcesses.baseUrl(Service.INTAKE) + "/api/v1";
        String customer = given().auth().oauth2(partner).contentType("application/json")
                .body(Map.of("type", "PERSON", "document", Cpfs.unused(), "name", "Ana Paula Rezende",
                        "phones", List.of(Map.of("number", "(19) 99876-1234", "kind", "MOBILE")),
                        "addresses", List.of(PLACE)))
                .post(intake + "/customers").then().statusCode(201).extract().path("id");
        JsonPath request = given().auth().oauth2(partner).contentType("application/json")
                .body(Map.of("details", Map.of("type", "ACTION", "customerId", customer, "action",
                        Map.of("problemCode", problemCode, "place", PLACE, "description", "Geladeira não gela.")),
                        "log", true))
                .post(intake + "/requests").then().statusCode(201).body("id", notNullValue())
                .body("protocol", notNullValue()).extract().jsonPath();
        String requestId = request.getString("id");
        String workorder = SuiteProcesses.baseUrl(Service.WORKORDER) + "/api/v1";
        JsonPath order = await("the order opened for the partner's request").atMost(Duration.ofSeconds(60))
                .until(() -> given().auth().oauth2(agent).queryParam("requestId", requestId)
                        .get(workorder + "/orders").then().statusCode(200).extract().jsonPath(),
                        found -> found.getInt("total") > 0 && found.getString("items[0].number") != null);
        return new PartnerAction(customer, requestId, request.getString("protocol"), order.getString("items[0].id"),
                order.getString("items[0].number"));
    }

    /**
     * Waits until no rebuild of reporting's projections runs: a generated run calls every operation as a role allowed
     * to, the admin's rebuild included, and the tests after it must read whole projections.
     */
    static void awaitNoRebuildRunning(String admin) {
        String current = SuiteProcesses.baseUrl(Service.REPORTING) + "/api/v1/admin/rebuilds/current";
        await("no rebuild of the projections running").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> given().auth().oauth2(admin).get(current).then().extract().response(),
                        answer -> answer.statusCode() == 404 || !"RUNNING".equals(answer.path("state")));
    }

    private static String entry(String supervisor, String level, Map<String, Object> body) {
        return given().auth().oauth2(supervisor).contentType("application/json").body(body)
                .post(SuiteProcesses.baseUrl(Service.WORKORDER) + "/api/v1/catalog/" + level).then().statusCode(201)
                .extract().path("id");
    }
}
