package dev.servicedesk.intake.request;

import java.time.Instant;
import java.util.UUID;

/** The work order answering the request was closed, so the request is resolved; the customer has the service. */
public record RequestResolved(UUID requestId, String protocol, UUID orderId, String orderNumber, Instant openedAt,
        long version, Instant occurredAt) implements RequestEvent {
}
