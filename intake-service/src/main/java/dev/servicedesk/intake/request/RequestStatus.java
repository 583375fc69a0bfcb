package dev.servicedesk.intake.request;

import java.util.List;

/**
 * Where a request stands: a draft holds little more than its protocol number; once logged it is open (an action
 * waiting for its work order), linked to an order, answered (information) or recorded (comment); then resolved and
 * closed, or cancelled.
 */
public enum RequestStatus {
    DRAFT, OPEN, LINKED, ANSWERED, RECORDED, RESOLVED, CLOSED, CANCELLED;

    /** The statuses in which the customer has had the answer the SAC decree's clock waits for. */
    public static final List<RequestStatus> SAC_SETTLED = List.of(ANSWERED, RECORDED, RESOLVED, CLOSED, CANCELLED);

    boolean isFinal() {
        return this == CLOSED || this == CANCELLED;
    }
}
