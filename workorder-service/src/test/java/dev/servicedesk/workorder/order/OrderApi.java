package dev.servicedesk.workorder.order;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** The order endpoints as a client calls them. Changes send the order's current ETag unless a test gives one. */
public final class OrderApi {

    public static final String ORDERS = "/api/v1/orders";
    public static final String PROBLEMS = "https://servicedesk.dev/problems/";

    private OrderApi() {
    }

    public static Response open(String token, Object body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post(ORDERS);
    }

    /** Opens an order for the problem code and returns it, failing unless it was created. */
    public static JsonPath opened(String token, String problemCode) {
        return open(token, Map.of("problemCode", problemCode)).then().statusCode(201).extract().jsonPath();
    }

    public static Response get(String token, String id) {
        return given().auth().oauth2(token).get(ORDERS + "/" + id);
    }

    public static String etag(String token, String id) {
        return get(token, id).then().statusCode(200).extract().header("ETag");
    }

    /** POSTs to {@code /api/v1/orders/{id}/<action>} with the current ETag (read with the same token). */
    public static Response post(String token, String id, String action, Object body) {
        return post(token, id, action, body, etag(token, id));
    }

    public static Response post(String token, String id, String action, Object body, String ifMatch) {
        return with(token, body, ifMatch).post(ORDERS + "/" + id + "/" + action);
    }

    public static Response put(String token, String id, String action, Object body) {
        return with(token, body, etag(token, id)).put(ORDERS + "/" + id + "/" + action);
    }

    public static JsonPath history(String token, String id) {
        return given().auth().oauth2(token).get(ORDERS + "/" + id + "/history").then().statusCode(200).extract()
                .jsonPath();
    }

    private static RequestSpecification with(String token, Object body, String ifMatch) {
        RequestSpecification request = given().auth().oauth2(token);
        if (body != null) {
            request.contentType("application/json").body(body);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request;
    }
}
