package dev.servicedesk.workorder.catalog;

import static io.restassured.RestAssured.given;

import dev.servicedesk.platform.security.Roles;
import dev.servicedesk.platform.testing.Tokens;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The catalogue's endpoints as a client calls them, and bodies for them. */
final class CatalogApi {

    static final String CATALOG = "/api/v1/catalog/";
    static final String PROBLEMS = "https://servicedesk.dev/problems/";

    private CatalogApi() {
    }

    /** A code no earlier run used, e.g. {@code GELADEIRA-1A2B3C4D}. */
    static String freshCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    static String supervisor() {
        return Tokens.forRole(Roles.SUPERVISOR);
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    static Response create(String token, String level, Object body) {
        return as(token).body(body).post(CATALOG + level);
    }

    /** Creates as a supervisor and returns the answer, failing unless it was created. */
    static JsonPath created(String level, Object body) {
        return create(supervisor(), level, body).then().statusCode(201).extract().jsonPath();
    }

    static Response get(String token, String level, String id) {
        return as(token).get(CATALOG + level + "/" + id);
    }

    static Response define(String token, String level, String id, String ifMatch, Object body) {
        return withIfMatch(as(token).body(body), ifMatch).put(CATALOG + level + "/" + id);
    }

    /** {@code action} is {@code retirement} or {@code reinstatement}. */
    static Response act(String token, String level, String id, String action, String ifMatch) {
        return withIfMatch(as(token), ifMatch).post(CATALOG + level + "/" + id + "/" + action);
    }

    static Response delete(String token, String level, String id, String ifMatch) {
        return withIfMatch(as(token), ifMatch).delete(CATALOG + level + "/" + id);
    }

    private static RequestSpecification withIfMatch(RequestSpecification request, String ifMatch) {
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    static Response list(String token, String level, Map<String, ?> query) {
        return as(token).queryParams(query).get(CATALOG + level);
    }

    static Map<String, Object> entry(String code, String name, String parentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return body;
    }

    static Map<String, Object> problemCode(String code, String name, String categoryId) {
        Map<String, Object> body = entry(code, name, categoryId);
        body.put("standardOrder", standardOrder());
        return body;
    }

    /** The standard order of a refrigerator repair, as a client sends it. */
    static Map<String, Object> standardOrder() {
        Map<String, Object> standard = new LinkedHashMap<>();
        standard.put("defaultPriority", "HIGH");
        standard.put("responseHours", 24);
        standard.put("resolutionHours", 72);
        standard.put("checklist", List.of("Verificar o termostato", "Medir a carga de gás"));
        standard.put("kit", List.of(Map.of("partNumber", "TERM-220", "description", "Termostato 220 V",
                "quantity", 1)));
        standard.put("estimateLines", List.of(Map.of("kind", "LABOUR", "description", "Diagnóstico e reparo",
                "quantity", 1, "unitPrice", 180.5)));
        standard.put("terms", "Garantia de 90 dias sobre o serviço (CDC, art. 26). Pagamento na entrega.");
        standard.put("estimateApprovalRequired", true);
        standard.put("signatureRequired", true);
        standard.put("productDataRequired", true);
        standard.put("goods", "DURABLE");
        return standard;
    }

    /** A fresh department, provider and category; returns their answers, top first. */
    static List<JsonPath> branch() {
        JsonPath department = created("departments", entry(freshCode("DEP"), "Assistência Técnica", null));
        JsonPath provider = created("providers", entry(freshCode("PROV"), "Equipe própria",
                department.getString("id")));
        JsonPath category = created("categories", entry(freshCode("CAT"), "Linha branca", provider.getString("id")));
        return List.of(department, provider, category);
    }

    /** A fresh problem code under a fresh branch. */
    static JsonPath aProblemCode() {
        return created("problem-codes", problemCode(freshCode("GELADEIRA"), "Geladeira não gela",
                branch().get(2).getString("id")));
    }

    static String etag(JsonPath entry) {
        return "\"" + entry.getLong("version") + "\"";
    }
}
