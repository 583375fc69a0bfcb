package dev.servicedesk.workorder.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;

/** A visit window was set (or moved). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderScheduled(@JsonUnwrapped OrderRef order, Instant visitFrom, Instant visitTo, Instant occurredAt) implements OrderEvent {
}
