package dev.servicedesk.workorder.estimate;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.servicedesk.workorder.order.OrderEvent;
import dev.servicedesk.workorder.order.OrderRef;
import java.time.Instant;
import java.util.UUID;

/** The customer turned a version of the estimate down, for the reason given as a code (the note stays here). */
public record EstimateRejected(@JsonUnwrapped OrderRef order, UUID estimateId, int estimateVersion,
        RejectionReason reason, Instant rejectedAt, Instant occurredAt) implements OrderEvent {
}
