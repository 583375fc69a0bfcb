package dev.servicedesk.workorder.order;

/** Where a work order is in its life; the transitions are enforced by {@link WorkOrder}. */
public enum OrderStatus {
    OPEN, AWAITING_APPROVAL, APPROVED, SCHEDULED, IN_PROGRESS, ON_HOLD, COMPLETED, CLOSED, CANCELLED;

    /** Before completion an order may still be cancelled, rescheduled or reassigned. */
    public boolean beforeCompletion() {
        return this != COMPLETED && this != CLOSED && this != CANCELLED;
    }
}
