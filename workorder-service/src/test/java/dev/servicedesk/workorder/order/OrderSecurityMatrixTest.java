package dev.servicedesk.workorder.order;


import dev.servicedesk.platform.testing.RoleMatrix;
import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.workorder.catalog.TestCatalog;
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

/** Every order endpoint × every role × no token: who gets in, who is refused (403), who must log in (401). */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OrderSecurityMatrixTest {

    private static final Set<String> READERS = Set.of("agent", "supervisor", "admin", "technician", "analyst",
            "partner");
    private static final Set<String> HISTORY_READERS = Set.of("agent", "supervisor", "admin", "technician",
            "analyst");
    private static final Set<String> STAFF = Set.of("agent", "supervisor", "admin");
    private static final Set<String> PRODUCT_EDITORS = Set.of("agent", "supervisor", "admin", "technician");
    private static final Set<String> WORKERS = Set.of("technician", "supervisor", "admin");
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
            new Endpoint("POST", "/api/v1/orders", STAFF, "{\"problemCode\": \"NAO-EXISTE\"}"),
            new Endpoint("GET", "/api/v1/orders", READERS, null),
            new Endpoint("GET", "/api/v1/orders/{id}", READERS, null),
            new Endpoint("GET", "/api/v1/orders/by-number/{number}", READERS, null),
            new Endpoint("GET", "/api/v1/orders/{id}/history", HISTORY_READERS, null),
            new Endpoint("PUT", "/api/v1/orders/{id}/details", STAFF, "{\"priority\": \"HIGH\"}"),
            new Endpoint("PUT", "/api/v1/orders/{id}/product", PRODUCT_EDITORS, "{\"model\": \"X\"}"),
            new Endpoint("POST", "/api/v1/orders/{id}/requests", STAFF,
                    "{\"requestId\": \"0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9\", \"protocol\": \"20261123-000001-8\"}"),
            new Endpoint("POST", "/api/v1/orders/{id}/scheduling", SUPERVISION,
                    "{\"visitFrom\": \"2026-12-01T12:00:00Z\", \"visitTo\": \"2026-12-01T15:00:00Z\"}"),
            new Endpoint("POST", "/api/v1/orders/{id}/assignment", SUPERVISION,
                    "{\"team\": \"Sul\", \"technicianId\": \"tiago\"}"),
            new Endpoint("POST", "/api/v1/orders/{id}/start", WORKERS, null),
            new Endpoint("POST", "/api/v1/orders/{id}/hold", WORKERS, "{\"reason\": \"PARTS\"}"),
            new Endpoint("POST", "/api/v1/orders/{id}/resumption", WORKERS, null),
            new Endpoint("PUT", "/api/v1/orders/{id}/checklist/0", WORKERS, "{\"done\": true}"),
            new Endpoint("POST", "/api/v1/orders/{id}/closure", WORKERS, null),
            new Endpoint("POST", "/api/v1/orders/{id}/cancellation", SUPERVISION, "{\"reason\": \"DUPLICATE\"}"));

    private static String id;
    private static String number;

    private static void anOrderToAimAt() {
        if (id != null) {
            return;
        }
        JsonPath opened = OrderApi.opened(Tokens.forRole("agent"), TestCatalog.problemCode(TestCatalog.Rules.simple()));
        id = opened.getString("id");
        number = opened.getString("number");
    }

    static Stream<Arguments> everyEndpointForEveryCaller() {
        return RoleMatrix.everyCaller(ENDPOINTS, CALLERS);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointForEveryCaller")
    void onlyTheDeclaredRolesGetIn(Endpoint endpoint, String caller) {
        anOrderToAimAt();
        RequestSpecification request = RoleMatrix.as(caller);
        if (endpoint.body() != null) {
            request.contentType("application/json").body(endpoint.body());
        }
        String path = endpoint.path().replace("{id}", id).replace("{number}", number);
        int status = request.header("If-Match", "\"999\"").request(endpoint.method(), path).statusCode();

        RoleMatrix.assertAdmission(caller, endpoint.allowed(), status);
    }
}
