package dev.servicedesk.platform.testing;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Set;

/**
 * Bearer tokens for component tests, issued by the WireMock OIDC server of {@link OidcWiremockTestResource} (declare
 * it with {@code @QuarkusTestResource(OidcWiremockTestResource.class)} on the test class).
 */
public final class Tokens {

    private static final String TEST_ISSUER = "https://server.example.com";
    private static final KeyPair FOREIGN_KEYS = rsaKeyPair();

    private Tokens() {
    }

    /** A staff user's token with the given realm roles. */
    public static String of(String user, String... roles) {
        return OidcWiremockTestResource.getAccessToken(user, Set.of(roles));
    }

    /** The token of the demo user named after its one role ({@code agent}, {@code supervisor}, ...). */
    public static String forRole(String role) {
        return of(role, role);
    }

    /** A partner system's client-credentials token: role {@code partner}, the partner's client id in {@code azp}. */
    public static String partner(String clientId) {
        String user = "service-account-" + clientId;
        return OidcWiremockTestResource.generateJwtToken(user, Set.of("partner"), user, "Bearer",
                Set.of("account"), Map.of("azp", clientId));
    }

    /** A well-formed token with the test issuer's name and key id, signed by a key the suite does not trust. */
    public static String signedBySomeoneElse(String user, String... roles) {
        return Jwt.preferredUserName(user)
                .groups(Set.of(roles))
                .issuer(TEST_ISSUER)
                .expiresIn(300)
                .jws()
                .keyId("1")
                .sign(FOREIGN_KEYS.getPrivate());
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
