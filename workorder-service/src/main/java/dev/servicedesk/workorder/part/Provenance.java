package dev.servicedesk.workorder.part;

/** Where a part used on an order comes from. Anything but a new original part needs the customer's consent (CDC art. 21). */
public enum Provenance {
    NEW_ORIGINAL, NEW_COMPATIBLE, RECONDITIONED, USED;

    public boolean needsAuthorisation() {
        return this != NEW_ORIGINAL;
    }
}
