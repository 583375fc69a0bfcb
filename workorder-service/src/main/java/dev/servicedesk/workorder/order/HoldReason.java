package dev.servicedesk.workorder.order;

/** Why work stopped. Waiting for the customer or for parts pauses the SLA; the other reasons do not. */
public enum HoldReason {
    PARTS(true), CUSTOMER(true), ACCESS(false), OTHER(false);

    private final boolean pausesSla;

    HoldReason(boolean pausesSla) {
        this.pausesSla = pausesSla;
    }

    public boolean pausesSla() {
        return pausesSla;
    }
}
