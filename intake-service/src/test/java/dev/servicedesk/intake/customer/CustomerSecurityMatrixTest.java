package dev.servicedesk.intake.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicedesk.platform.security.Roles;
import dev.servicedesk.platform.testing.RoleMatrix;
import dev.servicedesk.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every customer endpoint × every role × no token. A role that may call an endpoint gets its success answer (a partner
 * on a customer of its own); any other gets 403; no token gets 401.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CustomerSecurityMatrixTest {

    private static final Set<String> READERS = Set.of(Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.ANALYST,
            Roles.PARTNER);
    private static final Set<String> WRITERS = Set.of(Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.PARTNER);
    /** Another service (the work-order service showing an order's contact) reads one customer by id, nothing more. */
    private static final Set<String> ONE_BY_ID = Set.of(Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.ANALYST,
            Roles.PARTNER, Roles.SERVICE);
    /** Erasure at the titular's request is for the people answerable for it. */
    private static final Set<String> ERASERS = Set.of(Roles.SUPERVISOR, Roles.ADMIN);
    private static final List<String> CALLERS = List.of(Roles.AGENT, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ANALYST,
            Roles.ADMIN, Roles.PARTNER, Roles.SERVICE, "nobody");

    enum Endpoint {
        REGISTER("POST /api/v1/customers", WRITERS, 201),
        SEARCH("GET /api/v1/customers", READERS, 200),
        GET("GET /api/v1/customers/{id}", ONE_BY_ID, 200),
        UPDATE("PUT /api/v1/customers/{id}", WRITERS, 200),
        ERASE("POST /api/v1/customers/{id}/erasure", ERASERS, 200);

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

    static Stream<Arguments> everyEndpointForEveryCaller() {
        return Arrays.stream(Endpoint.values()).flatMap(e -> CALLERS.stream().map(caller -> Arguments.of(e, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointForEveryCaller")
    void onlyTheDeclaredRolesGetIn(Endpoint endpoint, String caller) {
        Map<String, Object> body = TestCustomers.person();
        Response registered = CustomerApi.register(
                caller.equals(Roles.PARTNER) ? Tokens.partner("partner-acme") : Tokens.forRole(Roles.AGENT), body);
        String id = registered.then().statusCode(201).extract().path("id");

        RequestSpecification request = RoleMatrix.as(caller);
        Response answer = switch (endpoint) {
            case REGISTER -> request.contentType("application/json").body(TestCustomers.person())
                    .post(CustomerApi.CUSTOMERS);
            case SEARCH -> request.queryParam("document", body.get("document")).get(CustomerApi.CUSTOMERS);
            case GET -> request.get(CustomerApi.CUSTOMERS + "/" + id);
            case UPDATE -> request.contentType("application/json").header("If-Match", registered.header("ETag"))
                    .body(body).put(CustomerApi.CUSTOMERS + "/" + id);
            case ERASE -> request.post(CustomerApi.CUSTOMERS + "/" + id + "/erasure");
        };

        int expected = caller.equals("nobody") ? 401 : endpoint.allowed.contains(caller) ? endpoint.success : 403;
        assertEquals(expected, answer.statusCode(), answer.asString());
        if (expected >= 400) {
            assertEquals("application/problem+json", answer.contentType());
        }
    }
}
