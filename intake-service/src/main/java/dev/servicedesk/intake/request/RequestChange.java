package dev.servicedesk.intake.request;

/** The kinds of change a request's history records. */
public enum RequestChange {
    OPENED, DESCRIBED, LOGGED, ANSWERED, CONVERTED, CLOSED, CANCELLED, BECAME_OVERDUE, REASSIGNED
}
