package dev.servicedesk.workorder.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;

/** Work went on; the resolution due time moved by the time the SLA was paused. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderResumed(@JsonUnwrapped OrderRef order, HoldReason reason, long pausedSeconds, Instant resolutionDueAt, Instant occurredAt) implements OrderEvent {
}
