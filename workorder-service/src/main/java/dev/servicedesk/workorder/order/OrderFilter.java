package dev.servicedesk.workorder.order;

import java.time.Instant;
import java.util.UUID;

/** What a list of orders may be narrowed by; every field is optional. */
public record OrderFilter(OrderStatus status, String problemCode, String departmentCode, String technicianId,
        UUID customerId, UUID requestId, Boolean overdue, Instant openedFrom, Instant openedTo) {

    public static OrderFilter none() {
        return new OrderFilter(null, null, null, null, null, null, null, null, null);
    }
}
