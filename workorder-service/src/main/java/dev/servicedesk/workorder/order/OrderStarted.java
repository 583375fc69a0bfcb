package dev.servicedesk.workorder.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;

/** The assigned technician started work; the first start is the SLA's response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderStarted(@JsonUnwrapped OrderRef order, String technicianId, Instant respondedAt, Instant responseDueAt, boolean responseOnTime, Instant occurredAt) implements OrderEvent {
}
