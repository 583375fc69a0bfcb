package dev.servicedesk.workorder.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The order became read-only and its legal warranty started (CDC art. 26); its requests are resolved. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderClosed(@JsonUnwrapped OrderRef order, List<UUID> requestIds, Instant completedAt, Instant closedAt, int warrantyDays, Instant warrantyUntil, Instant occurredAt) implements OrderEvent {
}
