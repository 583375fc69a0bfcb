package dev.servicedesk.intake.request;

/** Where a request stands. A request starts as a draft that holds little more than its protocol number. */
public enum RequestStatus {
    DRAFT
}
