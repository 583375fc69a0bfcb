package dev.servicedesk.intake.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * An action request joins a work order that already covers its problem; it keeps its own protocol. The partner id
 * (the partner system's client id, when a partner logged the request) lets that partner follow the order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestLinkedToOrder(UUID requestId, String protocol, UUID orderId, String problemCode, String partnerId,
        long version, Instant occurredAt) implements RequestEvent {
}
