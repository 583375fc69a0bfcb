package dev.servicedesk.workorder.report;

import dev.servicedesk.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * What the service finally cost, in BRL: labour, the parts used, equipment, less a discount; and the approved
 * estimate's total it is compared with, when there was one.
 */
@Embeddable
public record FinalCosts(
        @Column(name = "labour_cost") BigDecimal labour,
        @Column(name = "parts_cost") BigDecimal parts,
        @Column(name = "equipment_cost") BigDecimal equipment,
        @Column(name = "discount") BigDecimal discount,
        @Column(name = "total_cost") BigDecimal total,
        @Column(name = "estimated_total") BigDecimal estimatedTotal) {

    public static final String CURRENCY = "BRL";
    private static final int SCALE = 2;

    static FinalCosts of(BigDecimal labour, BigDecimal parts, BigDecimal equipment, BigDecimal discount,
            BigDecimal estimatedTotal) {
        BigDecimal total = labour.add(parts).add(equipment).subtract(discount);
        if (total.signum() < 0) {
            throw ProblemException.unprocessable("discount-exceeds-costs", "The discount exceeds the costs",
                    "A discount of R$ " + discount.toPlainString() + " is more than the service cost.");
        }
        return new FinalCosts(money(labour), money(parts), money(equipment), money(discount), money(total),
                estimatedTotal == null ? null : money(estimatedTotal));
    }

    /** How much more (positive) or less (negative) than the approved estimate; none without an estimate. */
    public BigDecimal differenceFromEstimate() {
        return estimatedTotal == null ? null : total.subtract(estimatedTotal);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(SCALE);
    }
}
