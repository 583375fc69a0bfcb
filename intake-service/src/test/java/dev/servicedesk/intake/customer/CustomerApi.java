package dev.servicedesk.intake.customer;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.Map;

/** The customer endpoints as a client calls them. */
final class CustomerApi {

    static final String CUSTOMERS = "/api/v1/customers";
    static final String PROBLEMS = "https://servicedesk.dev/problems/";

    private CustomerApi() {
    }

    static Response register(String token, Object body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post(CUSTOMERS);
    }

    /** Registers and returns the new customer's id, failing unless it was created. */
    static String registered(String token, Map<String, Object> body) {
        return register(token, body).then().statusCode(201).extract().path("id");
    }

    static Response get(String token, String id) {
        return given().auth().oauth2(token).get(CUSTOMERS + "/" + id);
    }

    static Response update(String token, String id, String ifMatch, Object body) {
        var request = given().auth().oauth2(token).contentType("application/json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(CUSTOMERS + "/" + id);
    }

    static Response search(String token, Map<String, ?> query) {
        return given().auth().oauth2(token).queryParams(query).get(CUSTOMERS);
    }
}
