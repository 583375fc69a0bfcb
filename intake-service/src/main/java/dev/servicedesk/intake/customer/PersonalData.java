package dev.servicedesk.intake.customer;

import dev.servicedesk.platform.security.Caller;
import dev.servicedesk.platform.security.Roles;
import java.util.Set;

/**
 * LGPD: who sees a customer's personal data in full. The staff who serve the customer do, and each time they do it is
 * recorded, as is each read by another service showing them to such staff (the work-order service, for the contact
 * of an order); everyone else who may read customers (analysts, partner systems) sees them masked.
 */
final class PersonalData {

    private static final Set<String> SHOWN_IN_FULL_TO = Set.of(Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN,
            Roles.SERVICE);

    private PersonalData() {
    }

    static boolean shownInFullTo(Caller caller) {
        return caller.roles().stream().anyMatch(SHOWN_IN_FULL_TO::contains);
    }
}
