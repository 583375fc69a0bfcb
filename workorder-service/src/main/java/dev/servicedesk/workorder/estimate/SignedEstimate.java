package dev.servicedesk.workorder.estimate;

import dev.servicedesk.workorder.order.WorkOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Exactly what the customer is shown when approving a version of an estimate: the order's number and terms, the
 * lines, the totals, the payment, the work dates and the validity. Its SHA-256 is kept with the signature.
 *
 * <p>It has its own types rather than the API's so that the API can grow without touching it: any change of its
 * shape changes the hash of every estimate, and every earlier signature would stop matching.
 */
public record SignedEstimate(String orderNumber, int estimateVersion, boolean free, List<Line> lines,
        BigDecimal labourTotal, BigDecimal partsTotal, BigDecimal equipmentTotal, BigDecimal subtotal,
        BigDecimal discount, BigDecimal grandTotal, String currency, PaymentMethod paymentMethod, Integer instalments,
        LocalDate workStart, LocalDate workEnd, int validityDays, LocalDate validUntil, String terms) {

    public record Line(LineKind kind, String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal total,
            boolean thirdParty) {
    }

    static SignedEstimate of(WorkOrder order, Estimate estimate) {
        EstimateTotals totals = estimate.totals();
        PaymentConditions payment = estimate.payment();
        return new SignedEstimate(order.number(), estimate.version(), estimate.free(),
                estimate.lines().stream().map(line -> new Line(line.kind(), line.description(), line.quantity(),
                        line.unitPrice(), line.total(), line.thirdParty())).toList(),
                totals.labour(), totals.parts(), totals.equipment(), totals.subtotal(), totals.discount(),
                totals.grandTotal(), Estimate.CURRENCY, payment == null ? null : payment.method(),
                payment == null ? null : payment.instalments(), estimate.workStart(), estimate.workEnd(),
                estimate.validityDays(), estimate.validUntil(), order.terms());
    }
}
