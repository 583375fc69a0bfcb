package dev.servicedesk.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicedesk.platform.security.Roles;
import dev.servicedesk.platform.testing.RoleMatrix;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint × every role × no token: managers' roles (supervisor, analyst, admin) read the KPIs and service
 * reports, only an admin rebuilds; anybody else gets 403, no token 401, always as problem+json.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SecurityMatrixTest {

    private static final Set<String> READERS = Set.of(Roles.SUPERVISOR, Roles.ANALYST, Roles.ADMIN);
    private static final Set<String> ADMIN = Set.of(Roles.ADMIN);
    private static final List<String> CALLERS = List.of(Roles.AGENT, Roles.TECHNICIAN, Roles.SUPERVISOR,
            Roles.ANALYST, Roles.ADMIN, Roles.PARTNER, Roles.SERVICE, RoleMatrix.NOBODY);
    private static final String ORDER = UUID.randomUUID().toString();

    enum Endpoint {
        REQUESTS("GET", "/api/v1/kpis/requests", READERS),
        ORDERS("GET", "/api/v1/kpis/orders", READERS),
        QUALITY("GET", "/api/v1/kpis/quality", READERS),
        TECHNICIANS("GET", "/api/v1/kpis/technicians", READERS),
        MONEY("GET", "/api/v1/kpis/money", READERS),
        KNOWLEDGE("GET", "/api/v1/kpis/knowledge", READERS),
        REQUESTS_CSV("GET", "/api/v1/kpis/requests.csv", READERS),
        ORDERS_CSV("GET", "/api/v1/kpis/orders.csv", READERS),
        QUALITY_CSV("GET", "/api/v1/kpis/quality.csv", READERS),
        TECHNICIANS_CSV("GET", "/api/v1/kpis/technicians.csv", READERS),
        MONEY_CSV("GET", "/api/v1/kpis/money.csv", READERS),
        KNOWLEDGE_CSV("GET", "/api/v1/kpis/knowledge.csv", READERS),
        REPORTS("GET", "/api/v1/service-reports", READERS),
        REPORTS_CSV("GET", "/api/v1/service-reports.csv", READERS),
        REPORT("GET", "/api/v1/service-reports/" + ORDER, READERS),
        REPORT_PDF("GET", "/api/v1/service-reports/" + ORDER + "/document", READERS),
        REBUILD_PROGRESS("GET", "/api/v1/admin/rebuilds/current", ADMIN),
        REBUILD("POST", "/api/v1/admin/rebuilds", ADMIN);

        final String method;
        final String path;
        final Set<String> allowed;

        Endpoint(String method, String path, Set<String> allowed) {
            this.method = method;
            this.path = path;
            this.allowed = allowed;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Arguments> everyEndpointForEveryCaller() {
        return RoleMatrix.everyCaller(List.of(Endpoint.values()), CALLERS);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointForEveryCaller")
    void onlyTheDeclaredRolesGetIn(Endpoint endpoint, String caller) {
        Response answer = RoleMatrix.as(caller).request(endpoint.method, endpoint.path);
        RoleMatrix.assertAdmission(caller, endpoint.allowed, answer.statusCode());
        if (answer.statusCode() >= 400) {
            assertEquals("application/problem+json", answer.contentType(), answer.asString());
        }
    }
}
