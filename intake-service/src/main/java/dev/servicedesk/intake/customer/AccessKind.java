package dev.servicedesk.intake.customer;

/** How a member of staff came to see a customer's full record, or to erase it. */
public enum AccessKind {
    REGISTER, READ, SEARCH, UPDATE, ERASE
}
