package dev.servicedesk.workorder.estimate;


import dev.servicedesk.platform.testing.RoleMatrix;
import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.workorder.catalog.TestCatalog;
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
 * Every estimate and signature endpoint × every role × no token: who gets in, who is refused (403), who must log in
 * (401). Staff write estimates on the customer's behalf; readers of the order read them; partners see none.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class EstimateSecurityMatrixTest {

    private static final Set<String> READERS = Set.of("agent", "supervisor", "admin", "technician", "analyst");
    private static final Set<String> WRITERS = Set.of("agent", "supervisor", "admin");
    private static final List<String> CALLERS = List.of("agent", "technician", "supervisor", "analyst", "admin",
            "partner", "nobody");

    record Endpoint(String method, String path, Set<String> allowed, String body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final String ESTIMATES = "/api/v1/orders/{id}/estimates";
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", ESTIMATES, WRITERS, "{}"),
            new Endpoint("GET", ESTIMATES, READERS, null),
            new Endpoint("GET", ESTIMATES + "/1", READERS, null),
            new Endpoint("PUT", ESTIMATES + "/1", WRITERS, EstimateApi.COMPLETE),
            new Endpoint("POST", ESTIMATES + "/1/issue", WRITERS, null),
            new Endpoint("POST", ESTIMATES + "/1/receipt", WRITERS, "{\"receivedAt\": \"2026-11-23T12:00:00Z\"}"),
            new Endpoint("POST", ESTIMATES + "/1/approval", WRITERS, EstimateApi.TYPED_SIGNATURE),
            new Endpoint("POST", ESTIMATES + "/1/rejection", WRITERS, "{\"reason\": \"PRICE\"}"),
            new Endpoint("GET", "/api/v1/orders/{id}/signatures/" + UUID.randomUUID() + "/verification", READERS,
                    null));

    private static String orderId;

    private static void anOrderToAimAt() {
        if (orderId == null) {
            orderId = EstimateApi.openOrder(Tokens.forRole("agent"), TestCatalog.Rules.repair());
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
        int status = request.header("If-Match", "\"0\"")
                .request(endpoint.method(), endpoint.path().replace("{id}", orderId)).statusCode();

        RoleMatrix.assertAdmission(caller, endpoint.allowed(), status);
    }
}
