package dev.servicedesk.workorder.order;

/** How an order came to be: from a customer's action request, or opened by staff directly. */
public enum OrderOrigin {
    REQUEST, STAFF
}
