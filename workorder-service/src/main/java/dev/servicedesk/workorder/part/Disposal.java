package dev.servicedesk.workorder.part;

/** What became of a defective part removed from the product. */
public enum Disposal {
    KEPT_BY_CUSTOMER, DISCARDED
}
