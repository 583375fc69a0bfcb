package dev.servicedesk.workorder.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order was opened, from a customer's action request or by staff, with its SLA due times and its coverage. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderOpened(@JsonUnwrapped OrderRef order, UUID customerId, List<UUID> requestIds, OrderOrigin origin, Coverage coverage, UUID warrantyOf, boolean rework, boolean estimateApprovalRequired, boolean signatureRequired, int warrantyDays, Instant openedAt, Instant responseDueAt, Instant resolutionDueAt, Instant occurredAt) implements OrderEvent {
}
