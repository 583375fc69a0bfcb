package dev.servicedesk.intake.request;

/** Why a request was cancelled: a category that can travel in events; the supervisor's own words stay in intake. */
public enum CancellationReason {
    DUPLICATE, CUSTOMER_WITHDREW, LOGGED_BY_MISTAKE, RESOLVED_ELSEWHERE, OTHER
}
