package dev.servicedesk.platform.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.specification.RequestSpecification;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The pieces of a role-matrix test (every endpoint × every role × no token): who the callers are, how each calls,
 * and what each must be answered.
 */
public final class RoleMatrix {

    /** The caller without a token. */
    public static final String NOBODY = "nobody";
    /** The partner system a {@code partner} caller speaks for. */
    public static final String PARTNER_CLIENT = "partner-acme";

    private RoleMatrix() {
    }

    /** Every endpoint paired with every caller, as arguments of a parameterised test. */
    public static <E> Stream<Arguments> everyCaller(Collection<E> endpoints, List<String> callers) {
        return endpoints.stream().flatMap(endpoint -> callers.stream().map(caller -> Arguments.of(endpoint, caller)));
    }

    /** A request as the caller: a token with its role, the partner client's token for {@code partner}, or none. */
    public static RequestSpecification as(String caller) {
        RequestSpecification request = given();
        if (caller.equals("partner")) {
            request.auth().oauth2(Tokens.partner(PARTNER_CLIENT));
        } else if (!caller.equals(NOBODY)) {
            request.auth().oauth2(Tokens.forRole(caller));
        }
        return request;
    }

    /**
     * No token: 401. A caller whose role the endpoint declares gets in: neither 401 nor 403 (a 404 or 409 of its own
     * is its business), and never 500. Anybody else: 403.
     */
    public static void assertAdmission(String caller, Collection<String> allowed, int status) {
        if (caller.equals(NOBODY)) {
            assertEquals(401, status);
        } else if (allowed.contains(caller)) {
            assertNotEquals(401, status);
            assertNotEquals(403, status);
            assertNotEquals(500, status);
        } else {
            assertEquals(403, status);
        }
    }
}
