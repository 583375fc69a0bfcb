package dev.servicedesk.workorder.estimate;

/**
 * Where one version of an estimate is: a draft staff still edit; issued to the customer, who approves or rejects it;
 * or superseded when a later version was issued. Whether an issued version has expired depends on the day, so it is
 * computed, never stored.
 */
public enum EstimateStatus {
    DRAFT, ISSUED, APPROVED, REJECTED, SUPERSEDED
}
