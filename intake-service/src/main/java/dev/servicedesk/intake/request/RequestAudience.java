package dev.servicedesk.intake.request;

import dev.servicedesk.platform.security.Roles;
import java.util.Set;

/**
 * Who is reading requests, which decides how much of what was typed about a customer the view shows. The call centre
 * (and a partner, on its own requests) sees everything. A technician sees what the job needs on site: the action
 * section in full (the place of service, the customer's description of the problem, the product with its serial
 * number), never an information question, an answer or a comment's text. An analyst sees no free text, the place by
 * city and state only and no serial number. A call-centre role sees everything whatever else it holds; an analyst who
 * is also a technician gets the analyst's view, as its scope is all requests. Another service (the work-order service
 * showing a technician the contact of an order) gets the technician's view.
 */
enum RequestAudience {
    CALL_CENTRE, ANALYST, TECHNICIAN;

    private static final Set<String> CALL_CENTRE_ROLES = Set.of(Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN,
            Roles.PARTNER);

    static RequestAudience of(Set<String> roles) {
        if (roles.stream().anyMatch(CALL_CENTRE_ROLES::contains)) {
            return CALL_CENTRE;
        }
        if (roles.contains(Roles.SERVICE)) {
            return TECHNICIAN;
        }
        return roles.contains(Roles.TECHNICIAN) && !roles.contains(Roles.ANALYST) ? TECHNICIAN : ANALYST;
    }

    boolean seesFreeText() {
        return this == CALL_CENTRE;
    }

    boolean seesTheSite() {
        return this != ANALYST;
    }
}
