package dev.servicedesk.workorder.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The order was cancelled before completion; its requests go back to the call centre. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderCancelled(@JsonUnwrapped OrderRef order, CancellationReason reason, List<UUID> requestIds, Instant occurredAt) implements OrderEvent {
}
