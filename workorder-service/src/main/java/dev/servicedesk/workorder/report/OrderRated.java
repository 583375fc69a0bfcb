package dev.servicedesk.workorder.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.servicedesk.workorder.order.OrderEvent;
import dev.servicedesk.workorder.order.OrderRef;
import java.time.Instant;

/**
 * The customer rated the service after completion (0 to 10), or a supervisor corrected the rating. The order's
 * rating is the latest of this and OrderCompleted's.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderRated(@JsonUnwrapped OrderRef order, int rating, Integer previousRating, Instant ratedAt,
        Instant occurredAt) implements OrderEvent {
}
