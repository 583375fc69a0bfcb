package dev.servicedesk.workorder.estimate;

import static io.restassured.config.JsonConfig.jsonConfig;

import dev.servicedesk.workorder.catalog.TestCatalog;
import dev.servicedesk.workorder.order.OrderApi;
import io.agroal.api.AgroalDataSource;
import io.restassured.RestAssured;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/**
 * Estimates and the orders they belong to, as a client calls them. JSON numbers are read as BigDecimal, so that
 * amounts compare exactly (scale included). Changes send the current ETag unless a test gives one.
 */
final class EstimateApi {

    static final String PROBLEMS = "https://servicedesk.dev/problems/";
    static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");

    private static final RestAssuredConfig EXACT_NUMBERS = RestAssured.config()
            .jsonConfig(jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    /** A complete draft: labour, parts and a third party's equipment, a discount, card in 2 instalments, dates. */
    static final String COMPLETE = """
            {"lines": [
               {"kind": "LABOUR", "description": "Troca da resistência", "quantity": 1, "unitPrice": 120.00},
               {"kind": "PARTS", "description": "Resistência 220 V", "quantity": 2, "unitPrice": 44.95},
               {"kind": "EQUIPMENT", "description": "Aluguel de escada", "quantity": 0.5, "unitPrice": 0.25,
                "thirdParty": true}],
             "discount": 9.90,
             "payment": {"method": "CARD", "instalments": 2},
             "workStart": "%s", "workEnd": "%s"}""".formatted(today().plusDays(2), today().plusDays(3));

    /** The customer typed their name to accept. */
    static final String TYPED_SIGNATURE = """
            {"signerName": "Maria da Conceição Souza", "signerDocument": "123.456.789-09", "method": "TYPED"}""";

    private EstimateApi() {
    }

    static LocalDate today() {
        return LocalDate.now(BRASILIA);
    }

    static RequestSpecification as(String token) {
        return RestAssured.given().config(EXACT_NUMBERS).auth().oauth2(token);
    }

    // -- orders ----------------------------------------------------------------------------------------------------

    /** Opens a chargeable order for a fresh problem code with the given rules; returns its id. */
    static String openOrder(String token, TestCatalog.Rules rules) {
        return OrderApi.opened(token, TestCatalog.problemCode(rules)).getString("id");
    }

    /** Opens an order with the given coverage (CHARGEABLE, WARRANTY, CONTRACT); returns its id. */
    static String openOrder(String token, String problemCode, String coverage) {
        return OrderApi.open(token, Map.of("problemCode", problemCode, "coverage", coverage)).then().statusCode(201)
                .extract().path("id");
    }

    // -- estimates -------------------------------------------------------------------------------------------------

    static String estimates(String orderId) {
        return "/api/v1/orders/" + orderId + "/estimates";
    }

    /** POSTs a new draft: {@code {}} starts from the problem code's usual lines. */
    static Response draft(String token, String orderId, String body) {
        return as(token).contentType("application/json").body(body).post(estimates(orderId));
    }

    static Response get(String token, String orderId, int version) {
        return as(token).get(estimates(orderId) + "/" + version);
    }

    static String etag(String token, String orderId, int version) {
        return get(token, orderId, version).then().statusCode(200).extract().header("ETag");
    }

    static Response revise(String token, String orderId, int version, String body) {
        return as(token).contentType("application/json").body(body).header("If-Match", etag(token, orderId, version))
                .put(estimates(orderId) + "/" + version);
    }

    /** POSTs to {@code .../estimates/{version}/<action>} with the estimate's current ETag. */
    static Response act(String token, String orderId, int version, String action, String body) {
        return act(token, orderId, version, action, body, etag(token, orderId, version));
    }

    static Response act(String token, String orderId, int version, String action, String body, String ifMatch) {
        RequestSpecification request = as(token).header("If-Match", ifMatch);
        if (body != null) {
            request.contentType("application/json").body(body);
        }
        return request.post(estimates(orderId) + "/" + version + "/" + action);
    }

    /** Drafts the complete estimate on a new order and issues it as version 1; returns the order's id. */
    static String issuedOnANewOrder(String token, TestCatalog.Rules rules) {
        String orderId = openOrder(token, rules);
        draft(token, orderId, COMPLETE).then().statusCode(201);
        act(token, orderId, 1, "issue", null).then().statusCode(200);
        return orderId;
    }

    // -- the database, for what no API may do ----------------------------------------------------------------------

    /** Moves an issued estimate's issue back in time, as if it had been sent days ago. */
    static void issuedDaysAgo(AgroalDataSource dataSource, String orderId, int version, int days) {
        update(dataSource, "UPDATE estimate SET issued_at = issued_at - make_interval(days => ?) "
                + "WHERE order_id = ? AND version = ?", days, UUID.fromString(orderId), version);
    }

    static void update(AgroalDataSource dataSource, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            if (statement.executeUpdate() != 1) {
                throw new AssertionError("Expected one row changed by " + sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
