package dev.servicedesk.workorder.order;

import dev.servicedesk.platform.security.Roles;
import java.util.Set;

/**
 * Who is reading an order, which decides what the view shows: staff see everything; analysts no free text typed
 * about a customer and no serial number; a partner only the status of the orders answering its own requests.
 */
public enum Audience {
    STAFF, ANALYST, PARTNER;

    private static final Set<String> STAFF_ROLES = Set.of(Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN,
            Roles.TECHNICIAN, Roles.SERVICE);

    public static Audience of(Set<String> roles) {
        if (roles.stream().anyMatch(STAFF_ROLES::contains)) {
            return STAFF;
        }
        return roles.contains(Roles.ANALYST) ? ANALYST : PARTNER;
    }
}
