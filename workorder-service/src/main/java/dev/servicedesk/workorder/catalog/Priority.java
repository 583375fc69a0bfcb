package dev.servicedesk.workorder.catalog;

/** How soon an order must be worked, most urgent last. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT
}
