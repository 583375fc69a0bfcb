package dev.servicedesk.intake.request;

import java.time.Instant;
import java.util.UUID;

/**
 * The work order answering the request was cancelled before the work was done: the request is open again, without an
 * order. The reason is the order's cancellation reason category.
 */
public record RequestReopened(UUID requestId, String protocol, UUID orderId, String orderNumber, String reason,
        long version, Instant occurredAt) implements RequestEvent {
}
