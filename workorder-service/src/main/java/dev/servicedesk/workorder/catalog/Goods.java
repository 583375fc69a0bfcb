package dev.servicedesk.workorder.catalog;

/** The kind of goods a service is about, which sets the legal warranty of the service (CDC art. 26). */
public enum Goods {
    DURABLE(90), NON_DURABLE(30);

    private final int warrantyDays;

    Goods(int warrantyDays) {
        this.warrantyDays = warrantyDays;
    }

    public int warrantyDays() {
        return warrantyDays;
    }
}
