package dev.servicedesk.workorder.order;

/** Which SLA target an order missed: the response (work started) or the resolution (work completed). */
public enum OverdueKind {
    RESPONSE, RESOLUTION
}
