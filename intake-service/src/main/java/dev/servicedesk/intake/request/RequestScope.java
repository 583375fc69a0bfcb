package dev.servicedesk.intake.request;

import dev.servicedesk.platform.security.Caller;
import dev.servicedesk.platform.security.Roles;
import java.util.List;
import java.util.Set;

/**
 * Which requests a caller may see: staff and analysts all of them; a partner system those it logged; a technician
 * those linked to the work orders assigned to it now. Outside its scope a request does not exist for the caller (404).
 */
record RequestScope(String partnerClientId, String technicianId) {

    static final RequestScope ALL = new RequestScope(null, null);

    private static final Set<String> SEE_ALL = Set.of(Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.ANALYST);

    static RequestScope of(Caller caller) {
        List<String> roles = caller.roles();
        if (roles.contains(Roles.PARTNER)) {
            return new RequestScope(caller.clientId(), null);
        }
        if (roles.contains(Roles.TECHNICIAN) && roles.stream().noneMatch(SEE_ALL::contains)) {
            return new RequestScope(null, caller.name());
        }
        return ALL;
    }
}
