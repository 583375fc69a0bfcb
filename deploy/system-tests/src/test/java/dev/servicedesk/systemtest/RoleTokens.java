package dev.servicedesk.systemtest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token from the real Keycloak for every realm role, and one of a second partner system: a demo user per staff role,
 * {@code partner-acme} for the partner role, {@code intake-service} for the service role, {@code partner-bravo} as
 * the other partner.
 */
record RoleTokens(Map<String, String> byRole, String otherPartner) {

    static final String OTHER_PARTNER = "another partner";

    static RoleTokens fromKeycloak() {
        Map<String, String> byRole = new LinkedHashMap<>();
        for (String user : new String[] {"admin", "supervisor", "agent", "technician", "analyst"}) {
            byRole.put(user, Keycloak.userToken(user));
        }
        byRole.put("partner", Keycloak.clientToken("partner-acme"));
        byRole.put("service", Keycloak.clientToken("intake-service"));
        return new RoleTokens(Map.copyOf(byRole), Keycloak.clientToken("partner-bravo"));
    }

    String of(String role) {
        return byRole.get(role);
    }

    /** The token of the first role, in the order admin, supervisor, agent, ..., that the operation allows. */
    String allowedFor(OpenApiDocument.Operation operation) {
        if (operation.access().open()) {
            return null;
        }
        for (String role : new String[] {"admin", "supervisor", "agent", "technician", "analyst", "partner", "service"}) {
            if (operation.access().allows(role)) {
                return byRole.get(role);
            }
        }
        throw new IllegalStateException(operation.name() + " allows none of the realm's roles: " + operation.access());
    }
}
