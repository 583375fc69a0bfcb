package dev.servicedesk.workorder.order;

/** Who pays: the customer, or nobody because a warranty or a service contract covers it (no estimate approval). */
public enum Coverage {
    CHARGEABLE, WARRANTY, CONTRACT;

    public boolean free() {
        return this != CHARGEABLE;
    }
}
