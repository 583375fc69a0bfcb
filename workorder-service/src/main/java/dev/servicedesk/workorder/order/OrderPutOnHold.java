package dev.servicedesk.workorder.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;

/** Work stopped, with the reason; waiting for the customer or for parts pauses the resolution clock. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderPutOnHold(@JsonUnwrapped OrderRef order, HoldReason reason, boolean slaPaused, Instant occurredAt) implements OrderEvent {
}
