package dev.servicedesk.workorder.report;


import dev.servicedesk.platform.testing.RoleMatrix;
import dev.servicedesk.workorder.catalog.TestCatalog;
import dev.servicedesk.workorder.part.OrdersAtWork;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint of the parts and the service report × every role × no token: who gets in, who is refused (403), who
 * must log in (401).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PartsAndReportSecurityMatrixTest {

    private static final Set<String> READERS = Set.of("agent", "supervisor", "admin", "technician", "analyst",
            "partner");
    private static final Set<String> WORKERS = Set.of("technician", "supervisor", "admin");
    /** Who records what the customer says: an agent on the phone, or on site whoever works the order. */
    private static final Set<String> CUSTOMER_WORD_TAKERS = Set.of("agent", "technician", "supervisor", "admin");
    private static final List<String> CALLERS = List.of("agent", "technician", "supervisor", "analyst", "admin",
            "partner", "nobody");
    private static final String USED = """
            {"partNumber": "TS-1", "description": "Termostato", "quantity": 1, "unitCost": 10.00, "provenance": "USED"}""";
    private static final String REMOVED = """
            {"partNumber": "TS-0", "description": "Termostato", "quantity": 1, "disposal": "DISCARDED"}""";

    record Endpoint(String method, String path, Set<String> allowed, String body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/v1/orders/{id}/parts", READERS, null),
            new Endpoint("GET", "/api/v1/orders/{id}/parts/used/{partId}", READERS, null),
            new Endpoint("POST", "/api/v1/orders/{id}/parts/used", WORKERS, USED),
            new Endpoint("POST", "/api/v1/orders/{id}/parts/used/{partId}/authorisation", CUSTOMER_WORD_TAKERS,
                    "{\"customerName\": \"Maria\", \"method\": \"WRITTEN\"}"),
            new Endpoint("DELETE", "/api/v1/orders/{id}/parts/used/{partId}", WORKERS, null),
            new Endpoint("GET", "/api/v1/orders/{id}/parts/removed/{partId}", READERS, null),
            new Endpoint("POST", "/api/v1/orders/{id}/parts/removed", WORKERS, REMOVED),
            new Endpoint("DELETE", "/api/v1/orders/{id}/parts/removed/{partId}", WORKERS, null),
            new Endpoint("POST", "/api/v1/orders/{id}/completion", WORKERS, """
                    {"activities": "Troca do termostato", "causeCategory": "WEAR", "costs": {"labour": 120.00}}"""),
            new Endpoint("GET", "/api/v1/orders/{id}/report", READERS, null),
            new Endpoint("PUT", "/api/v1/orders/{id}/rating", CUSTOMER_WORD_TAKERS, "{\"rating\": 9}"));

    private static UUID id;

    private static void anOrderToAimAt() {
        if (id == null) {
            id = OrdersAtWork.inProgress(TestCatalog.problemCode(TestCatalog.Rules.simple()), "technician");
        }
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
        String path = endpoint.path().replace("{id}", id.toString()).replace("{partId}", UUID.randomUUID().toString());
        int status = request.header("If-Match", "\"0\"").request(endpoint.method(), path).statusCode();

        RoleMatrix.assertAdmission(caller, endpoint.allowed(), status);
    }
}
