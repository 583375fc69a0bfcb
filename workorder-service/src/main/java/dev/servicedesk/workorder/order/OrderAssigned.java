package dev.servicedesk.workorder.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;

/** The order was given to a team and a technician (or handed to another). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderAssigned(@JsonUnwrapped OrderRef order, String team, String technicianId, String previousTechnicianId, Instant occurredAt) implements OrderEvent {
}
