package dev.servicedesk.intake.request;

import static io.restassured.RestAssured.given;

import dev.servicedesk.platform.testing.RoleMatrix;
import dev.servicedesk.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every request endpoint × every role × no token: who gets in, who is refused (403), who must log in (401). */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RequestSecurityMatrixTest {

    private static final Set<String> READERS = Set.of("agent", "supervisor", "admin", "analyst", "partner");
    /** A technician reads the requests of the orders assigned to it (any other is 404 to it). */
    private static final Set<String> READERS_AND_TECHNICIANS = Set.of("agent", "supervisor", "admin", "analyst",
            "partner", "technician");
    private static final Set<String> WORKERS = Set.of("agent", "supervisor", "admin", "partner");
    private static final Set<String> STAFF_WORKERS = Set.of("agent", "supervisor", "admin");
    private static final Set<String> SUPERVISION = Set.of("supervisor", "admin");
    private static final List<String> CALLERS = List.of("agent", "technician", "supervisor", "analyst", "admin",
            "partner", "nobody");

    record Endpoint(String method, String path, Set<String> allowed, String body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/v1/requests", WORKERS, "{\"channel\": \"PHONE\"}"),
            new Endpoint("GET", "/api/v1/requests", READERS_AND_TECHNICIANS, null),
            new Endpoint("GET", "/api/v1/requests/{id}", READERS_AND_TECHNICIANS, null),
            new Endpoint("GET", "/api/v1/requests/by-protocol/{protocol}", READERS_AND_TECHNICIANS, null),
            new Endpoint("GET", "/api/v1/requests/{id}/history", READERS_AND_TECHNICIANS, null),
            new Endpoint("GET", "/api/v1/requests/{id}/order-candidates", STAFF_WORKERS, null),
            new Endpoint("GET", "/api/v1/customers/{id}/requests", READERS, null),
            new Endpoint("PUT", "/api/v1/requests/{id}/details", WORKERS, "{\"type\": \"INFORMATION\"}"),
            new Endpoint("POST", "/api/v1/requests/{id}/logging", WORKERS, null),
            new Endpoint("POST", "/api/v1/requests/{id}/order-link", STAFF_WORKERS,
                    "{\"orderId\": \"0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9\"}"),
            new Endpoint("POST", "/api/v1/requests/{id}/resubmission", STAFF_WORKERS,
                    "{\"problemCode\": \"COLETA-ELETRO\"}"),
            new Endpoint("POST", "/api/v1/requests/{id}/conversion", WORKERS, null),
            new Endpoint("POST", "/api/v1/requests/{id}/closure", WORKERS, null),
            new Endpoint("POST", "/api/v1/requests/{id}/cancellation", SUPERVISION, "{\"reason\": \"DUPLICATE\"}"),
            new Endpoint("POST", "/api/v1/requests/{id}/assignment", SUPERVISION, "{\"agent\": \"bruno\"}"));

    private static String id;
    private static String protocol;

    private static void aRequestToAimAt() {
        if (id != null) {
            return;
        }
        JsonPath opened = given().auth().oauth2(Tokens.forRole("agent")).contentType("application/json")
                .body("{\"channel\": \"CHAT\"}").post("/api/v1/requests").then().statusCode(201).extract().jsonPath();
        id = opened.getString("id");
        protocol = opened.getString("protocol");
    }

    static Stream<Arguments> everyEndpointForEveryCaller() {
        return RoleMatrix.everyCaller(ENDPOINTS, CALLERS);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointForEveryCaller")
    void onlyTheDeclaredRolesGetIn(Endpoint endpoint, String caller) {
        aRequestToAimAt();
        RequestSpecification request = RoleMatrix.as(caller);
        if (endpoint.body() != null) {
            request.contentType("application/json").body(endpoint.body());
        }
        String path = endpoint.path().replace("{id}", id).replace("{protocol}", protocol);
        int status = request.header("If-Match", "\"0\"").request(endpoint.method(), path).statusCode();

        RoleMatrix.assertAdmission(caller, endpoint.allowed(), status);
    }
}
