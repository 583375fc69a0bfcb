package dev.servicedesk.intake.request;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

/** The request endpoints as a client calls them. Changes send the request's current ETag unless a test gives one. */
public final class RequestApi {

    public static final String REQUESTS = "/api/v1/requests";
    public static final String PROBLEMS = "https://servicedesk.dev/problems/";

    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestApi() {
    }

    /** A problem code no earlier run used, so that a test sees only its own requests and orders. */
    public static String uniqueProblemCode() {
        return "T-" + Long.toString(Math.abs(RANDOM.nextLong()), 36).toUpperCase();
    }

    /** A CEP no earlier run is likely to have used: eight digits, formatted. */
    public static String uniqueCep() {
        String digits = String.format("%08d", RANDOM.nextInt(100_000_000));
        return digits.substring(0, 5) + "-" + digits.substring(5);
    }

    /** A place of service in Campinas at the CEP and number, with a complement when one is given. */
    public static Map<String, Object> place(String cep, String number, String complement) {
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("street", "Rua Barão de Jaguara");
        place.put("number", number);
        if (complement != null) {
            place.put("complement", complement);
        }
        place.put("district", "Centro");
        place.put("city", "Campinas");
        place.put("state", "SP");
        place.put("cep", cep);
        return place;
    }

    /** Saves a new draft (the body says at most its channel); returns its id. */
    public static String draft(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post(REQUESTS).then()
                .statusCode(201).extract().path("id");
    }

    /** Describes the draft as an action request for the customer, the problem and the place. */
    public static void describeAction(String token, String id, String customerId, String problemCode,
            Map<String, Object> place) {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("problemCode", problemCode);
        action.put("place", place);
        action.put("description", "Geladeira não gela; a cliente Maria estará em casa à tarde.");
        action.put("product", Map.of("brand", "Consul", "model", "Frost Free 480L", "serialNumber", "SN-99887766"));
        given().auth().oauth2(token).contentType("application/json").header("If-Match", etag(token, id))
                .body(Map.of("type", "ACTION", "customerId", customerId, "action", action))
                .put(REQUESTS + "/" + id + "/details").then().statusCode(200);
    }

    /** A new draft action request taken by phone, described; returns its id. */
    public static String describedAction(String token, String customerId, String problemCode,
            Map<String, Object> place) {
        String id = draft(token, "{\"channel\": \"PHONE\"}");
        describeAction(token, id, customerId, problemCode, place);
        return id;
    }

    /** An action request described and logged: open, waiting for its work order. Returns its id. */
    public static String loggedAction(String token, String customerId, String problemCode, Map<String, Object> place) {
        String id = describedAction(token, customerId, problemCode, place);
        post(token, id, "logging", null).then().statusCode(200);
        return id;
    }

    public static Response get(String token, String id) {
        return given().auth().oauth2(token).get(REQUESTS + "/" + id);
    }

    public static String etag(String token, String id) {
        return get(token, id).then().statusCode(200).extract().header("ETag");
    }

    public static JsonPath history(String token, String id) {
        return given().auth().oauth2(token).get(REQUESTS + "/" + id + "/history").then().statusCode(200).extract()
                .jsonPath();
    }

    /** POSTs to {@code /api/v1/requests/{id}/<action>} with the current ETag (read with the same token). */
    public static Response post(String token, String id, String action, Object body) {
        return post(token, id, action, body, etag(token, id));
    }

    public static Response post(String token, String id, String action, Object body, String ifMatch) {
        RequestSpecification request = given().auth().oauth2(token);
        if (body != null) {
            request.contentType("application/json").body(body);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post(REQUESTS + "/" + id + "/" + action);
    }
}
