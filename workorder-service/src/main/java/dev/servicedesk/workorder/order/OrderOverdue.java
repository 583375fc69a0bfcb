package dev.servicedesk.workorder.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;

/** The order missed an SLA target; announced once per target. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderOverdue(@JsonUnwrapped OrderRef order, OverdueKind kind, Instant dueAt, Instant occurredAt) implements OrderEvent {
}
