package dev.servicedesk.workorder.catalog;

import static dev.servicedesk.workorder.catalog.CatalogApi.CATALOG;
import static dev.servicedesk.workorder.catalog.CatalogApi.branch;
import static dev.servicedesk.workorder.catalog.CatalogApi.created;
import static dev.servicedesk.workorder.catalog.CatalogApi.entry;
import static dev.servicedesk.workorder.catalog.CatalogApi.freshCode;
import static dev.servicedesk.workorder.catalog.CatalogApi.problemCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicedesk.platform.security.Roles;
import dev.servicedesk.platform.testing.RoleMatrix;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every catalogue endpoint of every level × every role × no token. A role that may call an endpoint gets its success
 * answer, on an entry of its own; any other gets 403; no token gets 401. Partners read nothing here.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CatalogSecurityMatrixTest {

    private static final Set<String> READERS = Set.of(Roles.AGENT, Roles.TECHNICIAN, Roles.ANALYST, Roles.SUPERVISOR,
            Roles.ADMIN, Roles.SERVICE);
    private static final Set<String> MANAGERS = Set.of(Roles.SUPERVISOR, Roles.ADMIN);
    private static final List<String> CALLERS = List.of(Roles.AGENT, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ANALYST,
            Roles.ADMIN, Roles.PARTNER, Roles.SERVICE, "nobody");
    private static final List<String> LEVELS = List.of("departments", "providers", "categories", "problem-codes");

    enum Endpoint {
        CREATE("POST /api/v1/catalog/{level}", MANAGERS, 201),
        LIST("GET /api/v1/catalog/{level}", READERS, 200),
        GET("GET /api/v1/catalog/{level}/{id}", READERS, 200),
        BY_CODE("GET /api/v1/catalog/{level}/by-code/{code}", READERS, 200),
        DEFINE("PUT /api/v1/catalog/{level}/{id}", MANAGERS, 200),
        RETIRE("POST /api/v1/catalog/{level}/{id}/retirement", MANAGERS, 200),
        REINSTATE("POST /api/v1/catalog/{level}/{id}/reinstatement", MANAGERS, 200),
        DELETE("DELETE /api/v1/catalog/{level}/{id}", MANAGERS, 204);

        final String route;
        final Set<String> allowed;
        final int success;

        Endpoint(String route, Set<String> allowed, int success) {
            this.route = route;
            this.allowed = allowed;
            this.success = success;
        }

        @Override
        public String toString() {
            return route;
        }
    }

    /** The department, provider and category that the entries of the matrix go below. */
    private static List<JsonPath> parents;

    static Stream<Arguments> everyEndpointOfEveryLevelForEveryCaller() {
        return Stream.of(Endpoint.values()).flatMap(endpoint -> LEVELS.stream()
                .flatMap(level -> CALLERS.stream().map(caller -> Arguments.of(endpoint, level, caller))));
    }

    @ParameterizedTest(name = "{0} for {1} as {2}")
    @MethodSource("everyEndpointOfEveryLevelForEveryCaller")
    void onlyTheDeclaredRolesGetIn(Endpoint endpoint, String level, String caller) {
        if (parents == null) {
            parents = branch();
        }
        Map<String, Object> fresh = aNewEntry(level);
        JsonPath target = endpoint == Endpoint.CREATE ? null : created(level, aNewEntry(level));
        RequestSpecification request = RoleMatrix.as(caller).contentType("application/json");
        if (target != null) {
            request.header("If-Match", "\"" + target.getLong("version") + "\"");
        }
        String entry = target == null ? null : CATALOG + level + "/" + target.getString("id");
        Response answer = switch (endpoint) {
            case CREATE -> request.body(fresh).post(CATALOG + level);
            case LIST -> request.get(CATALOG + level);
            case GET -> request.get(entry);
            case BY_CODE -> request.get(CATALOG + level + "/by-code/" + target.getString("code"));
            case DEFINE -> {
                fresh.remove("code");
                fresh.remove("parentId");
                yield request.body(fresh).put(entry);
            }
            case RETIRE -> request.post(entry + "/retirement");
            case REINSTATE -> request.post(entry + "/reinstatement");
            case DELETE -> request.delete(entry);
        };

        int expected = caller.equals("nobody") ? 401 : endpoint.allowed.contains(caller) ? endpoint.success : 403;
        assertEquals(expected, answer.statusCode(), answer.asString());
        if (expected >= 400) {
            assertEquals("application/problem+json", answer.contentType());
        }
    }

    private static Map<String, Object> aNewEntry(String level) {
        return switch (level) {
            case "departments" -> entry(freshCode("DEP"), "Assistência Técnica", null);
            case "providers" -> entry(freshCode("PROV"), "Equipe própria", parents.get(0).getString("id"));
            case "categories" -> entry(freshCode("CAT"), "Climatização", parents.get(1).getString("id"));
            default -> problemCode(freshCode("AR-INSTALACAO"), "Instalação de ar-condicionado",
                    parents.get(2).getString("id"));
        };
    }
}
