package dev.servicedesk.workorder.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Another customer request for the same problem joined the order; it keeps its own protocol. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestAttached(@JsonUnwrapped OrderRef order, UUID requestId, String protocol, String partnerId, List<UUID> requestIds, Instant occurredAt) implements OrderEvent {
}
