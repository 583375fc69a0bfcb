package dev.servicedesk.intake.request;

/** The kinds of change a request's history records. */
public enum RequestChange {
    OPENED, DESCRIBED, LOGGED, ANSWERED, CONVERTED, CLOSED, CANCELLED, BECAME_OVERDUE, REASSIGNED,
    /** The work-order service opened an order for the request, or attached it to one. */
    LINKED_TO_ORDER,
    /** The request's order was closed. */
    RESOLVED,
    /** The request's order was cancelled: the request is open again. */
    REOPENED,
    /** The work-order service refused to open or join an order for the request. */
    ORDER_REFUSED,
    /** The agent sent a refused request to the work orders again. */
    RESUBMITTED
}
