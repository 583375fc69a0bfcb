package dev.servicedesk.workorder.estimate;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.servicedesk.workorder.order.Audience;
import dev.servicedesk.workorder.order.WorkOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A version of an order's estimate as the API shows it: its lines with their totals, the totals per kind, whether it
 * is still valid, and how the customer answered. The signature appears by id only (verify it at
 * {@code /api/v1/orders/{id}/signatures/{signatureId}/verification}); analysts do not see the rejection's note.
 * {@code revision} is the estimate's ETag.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EstimateView(UUID id, UUID orderId, String orderNumber, int version, EstimateStatus status,
        boolean free, boolean approvalRequired, List<Line> lines, EstimateTotals totals, String currency,
        PaymentConditions payment, LocalDate workStart, LocalDate workEnd, int validityDays, LocalDate validUntil,
        boolean expired, Instant draftedAt, String draftedBy, Instant revisedAt, String revisedBy, Instant issuedAt,
        String issuedBy, Instant receivedAt, Approval approval, Rejection rejection, Instant supersededAt,
        long revision) {

    public record Line(LineKind kind, String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal total,
            boolean thirdParty) {
    }

    public record Approval(Instant approvedAt, String approvedBy, UUID signatureId) {
    }

    public record Rejection(RejectionReason reason, String note, Instant rejectedAt, String rejectedBy) {
    }

    static EstimateView of(WorkOrder order, Estimate estimate, Instant now, Audience audience) {
        Approval approval = estimate.approvedAt() == null ? null
                : new Approval(estimate.approvedAt(), estimate.approvedBy(), estimate.signatureId());
        Rejection rejection = estimate.rejectedAt() == null ? null
                : new Rejection(estimate.rejectionReason(),
                        audience == Audience.STAFF ? estimate.rejectionNote() : null, estimate.rejectedAt(),
                        estimate.rejectedBy());
        return new EstimateView(estimate.id(), order.id(), order.number(), estimate.version(), estimate.status(),
                estimate.free(), order.needsApproval(),
                estimate.lines().stream().map(line -> new Line(line.kind(), line.description(), line.quantity(),
                        line.unitPrice(), line.total(), line.thirdParty())).toList(),
                estimate.totals(), Estimate.CURRENCY, estimate.payment(), estimate.workStart(), estimate.workEnd(),
                estimate.validityDays(), estimate.validUntil(), estimate.expired(now), estimate.draftedAt(),
                estimate.draftedBy(), estimate.revisedAt(), estimate.revisedBy(), estimate.issuedAt(),
                estimate.issuedBy(), estimate.receivedAt(), approval, rejection, estimate.supersededAt(),
                estimate.revision());
    }
}
