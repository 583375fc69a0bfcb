package dev.servicedesk.workorder.estimate;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.servicedesk.workorder.order.OrderEvent;
import dev.servicedesk.workorder.order.OrderRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The customer's receipt of an issued estimate was recorded: its validity now counts from then (CDC art. 40). */
public record EstimateReceived(@JsonUnwrapped OrderRef order, UUID estimateId, int estimateVersion,
        Instant receivedAt, LocalDate validUntil, Instant occurredAt) implements OrderEvent {
}
