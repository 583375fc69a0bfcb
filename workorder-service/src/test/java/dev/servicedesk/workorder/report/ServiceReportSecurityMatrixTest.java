package dev.servicedesk.workorder.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.workorder.catalog.TestCatalog;
import dev.servicedesk.workorder.part.OrdersAtWork;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every service-report endpoint × every role × no token: who gets in, who is refused (403), who must log in (401). */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ServiceReportSecurityMatrixTest {

    private static final Set<String> READERS = Set.of("agent", "supervisor", "admin", "technician", "analyst",
            "partner");
    private static final Set<String> WORKERS = Set.of("technician", "supervisor", "admin");
    private static final Set<String> RATING_TAKERS = Set.of("agent", "technician", "supervisor", "admin");
    private static final List<String> CALLERS = List.of("agent", "technician", "supervisor", "analyst", "admin",
            "partner", "nobody");

    record Endpoint(String method, String path, Set<String> allowed, String body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/v1/orders/{id}/completion", WORKERS, """
                    {"activities": "Troca do termostato", "causeCategory": "WEAR", "costs": {"labour": 120.00}}"""),
            new Endpoint("GET", "/api/v1/orders/{id}/report", READERS, null),
            new Endpoint("PUT", "/api/v1/orders/{id}/rating", RATING_TAKERS, "{\"rating\": 9}"));

    private static UUID id;

    private static void anOrderToAimAt() {
        if (id == null) {
            id = OrdersAtWork.inProgress(TestCatalog.problemCode(TestCatalog.Rules.simple()), "technician");
        }
    }

    static Stream<Arguments> everyEndpointForEveryCaller() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (String caller : CALLERS) {
                cases.add(Arguments.of(endpoint, caller));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointForEveryCaller")
    void onlyTheDeclaredRolesGetIn(Endpoint endpoint, String caller) {
        anOrderToAimAt();
        RequestSpecification request = given();
        if (caller.equals("partner")) {
            request.auth().oauth2(Tokens.partner("partner-acme"));
        } else if (!caller.equals("nobody")) {
            request.auth().oauth2(Tokens.forRole(caller));
        }
        if (endpoint.body() != null) {
            request.contentType("application/json").body(endpoint.body());
        }
        int status = request.header("If-Match", "\"0\"").request(endpoint.method(),
                endpoint.path().replace("{id}", id.toString())).statusCode();

        if (caller.equals("nobody")) {
            assertEquals(401, status);
        } else if (endpoint.allowed().contains(caller)) {
            assertNotEquals(401, status);
            assertNotEquals(403, status);
        } else {
            assertEquals(403, status);
        }
    }
}
