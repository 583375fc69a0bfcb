package dev.servicedesk.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the token says.
 *
 * @param name     the user name, or {@code service-account-<client>} for a client-credentials token
 * @param roles    the realm roles, sorted
 * @param clientId the OIDC client the token was issued to: the partner's identity for partner systems
 */
public record Caller(String name, List<String> roles, String clientId) {

    public static Caller of(SecurityIdentity identity) {
        String clientId = identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim("azp") : null;
        return new Caller(identity.getPrincipal().getName(), identity.getRoles().stream().sorted().toList(), clientId);
    }
}
