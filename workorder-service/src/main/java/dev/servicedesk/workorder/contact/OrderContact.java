package dev.servicedesk.workorder.contact;

import java.util.List;

/**
 * Who to see and where, for one order, read from intake (the one home of personal data) each time it is shown:
 * nothing of it is kept here, so erasing a customer in intake leaves no copy behind.
 */
public record OrderContact(IntakeCustomer customer, List<Visit> visits) {

    /** A request the order answers: its protocol, the place of service and the customer's own description. */
    public record Visit(String protocol, IntakeCustomer.Address place, String description) {
    }
}
