package dev.servicedesk.workorder.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.servicedesk.workorder.catalog.Priority;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order as the API shows it, shaped by its {@link Audience}. The due times and whether they are missed are
 * always shown; the customer is shown by id only (contact details live in intake, the one home of personal data).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderView(UUID id, String number, OrderStatus status, String problemCode, String categoryCode,
        String providerCode, String departmentCode, Priority priority, UUID customerId, OrderOrigin origin,
        Coverage coverage, UUID warrantyOf, String description, OrderProduct product, String placeCity,
        String placeState, List<ChecklistItem> checklist, String terms, Requirements requires, Dispatch dispatch,
        Sla sla, HoldReason holdReason, Instant openedAt, String openedBy, Instant completedAt, Instant closedAt,
        Instant warrantyUntil, CancellationReason cancellationReason, List<RequestLink> requests, long version) {

    /** What the problem code's standard order asks of this order. */
    public record Requirements(boolean estimateApproval, boolean signature, boolean productData, int warrantyDays,
            UUID approvedEstimateId) {
    }

    public record Dispatch(String team, String technicianId, Instant visitFrom, Instant visitTo) {
    }

    public record Sla(Instant responseDueAt, Instant respondedAt, boolean responseOverdue, Instant resolutionDueAt,
            boolean resolutionOverdue, boolean paused, long pausedSeconds) {
    }

    static OrderView of(WorkOrder order, Instant now, Audience audience, String partnerId) {
        Sla sla = new Sla(order.responseDueAt(), order.respondedAt(), order.responseOverdue(now),
                order.resolutionDueAt(), order.resolutionOverdue(now), order.slaPaused(), order.slaPausedSeconds());
        Dispatch dispatch = new Dispatch(order.team(), order.technicianId(), order.visitFrom(), order.visitTo());
        if (audience == Audience.PARTNER) {
            List<RequestLink> own = order.requests().stream()
                    .filter(link -> partnerId != null && partnerId.equals(link.partnerId())).toList();
            return new OrderView(order.id(), order.number(), order.status(), order.problemCode(), null, null, null,
                    order.priority(), null, null, order.coverage(), null, null, null, null, null, null, null, null,
                    new Dispatch(null, null, order.visitFrom(), order.visitTo()), sla, order.holdReason(),
                    order.openedAt(), null, order.completedAt(), order.closedAt(), order.warrantyUntil(),
                    order.cancellationReason(), own, order.version());
        }
        boolean full = audience == Audience.STAFF;
        OrderProduct product = full ? order.product()
                : new OrderProduct(order.product().brand(), order.product().model(), null,
                        order.product().purchaseDate());
        return new OrderView(order.id(), order.number(), order.status(), order.problemCode(),
                order.path().categoryCode(), order.path().providerCode(), order.path().departmentCode(),
                order.priority(), order.customerId(), order.origin(), order.coverage(), order.warrantyOf(),
                full ? order.description() : null, product, order.placeCity(), order.placeState(), order.checklist(),
                order.terms(),
                new Requirements(order.estimateApprovalRequired(), order.signatureRequired(),
                        order.productDataRequired(), order.warrantyDays(), order.approvedEstimateId()),
                dispatch, sla, order.holdReason(), order.openedAt(), order.openedBy(), order.completedAt(),
                order.closedAt(), order.warrantyUntil(), order.cancellationReason(), order.requests(),
                order.version());
    }
}
