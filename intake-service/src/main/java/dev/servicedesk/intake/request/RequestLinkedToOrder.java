package dev.servicedesk.intake.request;

import java.time.Instant;
import java.util.UUID;

/** An action request joins a work order that already covers its problem; it keeps its own protocol. */
public record RequestLinkedToOrder(UUID requestId, String protocol, UUID orderId, String problemCode, long version,
        Instant occurredAt) implements RequestEvent {
}
