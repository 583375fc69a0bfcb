package dev.servicedesk.workorder.order;

/** Why an order was cancelled before completion. */
public enum CancellationReason {
    CUSTOMER_WITHDREW, ESTIMATE_REJECTED, DUPLICATE, NOT_COVERED, UNREACHABLE, OTHER
}
