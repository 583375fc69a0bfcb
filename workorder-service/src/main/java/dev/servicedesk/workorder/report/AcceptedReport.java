package dev.servicedesk.workorder.report;

import dev.servicedesk.workorder.part.Disposal;
import dev.servicedesk.workorder.part.OrderParts;
import dev.servicedesk.workorder.part.Provenance;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Exactly the service report a customer accepts by signing at completion: what was done, the parts replaced and the
 * defective ones, the cause, the notes, the final costs, the technician and the date. Its canonical JSON is what the
 * acceptance signature's hash covers; the rating, given after, is not part of it.
 */
public record AcceptedReport(UUID orderId, String orderNumber, String activities, CauseCategory causeCategory,
        String causeText, String preventionNotes, boolean recurring, boolean rework, List<ReplacedPart> partsReplaced,
        List<DefectivePart> defectiveParts, Costs costs, String technician, Instant completedAt) {

    public record ReplacedPart(String partNumber, String description, BigDecimal quantity, BigDecimal unitCost,
            BigDecimal lineTotal, Provenance provenance) {
    }

    public record DefectivePart(String partNumber, String description, BigDecimal quantity, Disposal disposal) {
    }

    public record Costs(BigDecimal labour, BigDecimal parts, BigDecimal equipment, BigDecimal discount,
            BigDecimal total, BigDecimal estimatedTotal, String currency) {
    }

    static AcceptedReport of(ServiceReport report, String orderNumber, OrderParts parts) {
        FinalCosts costs = report.costs();
        return new AcceptedReport(report.orderId(), orderNumber, report.activities(), report.causeCategory(),
                report.causeText(), report.preventionNotes(), report.recurring(), report.rework(),
                parts.used().stream().map(part -> new ReplacedPart(part.partNumber(), part.description(),
                        part.quantity(), part.unitCost(), part.lineTotal(), part.provenance())).toList(),
                parts.removed().stream().map(part -> new DefectivePart(part.partNumber(), part.description(),
                        part.quantity(), part.disposal())).toList(),
                new Costs(costs.labour(), costs.parts(), costs.equipment(), costs.discount(), costs.total(),
                        costs.estimatedTotal(), FinalCosts.CURRENCY),
                report.technician(), report.completedAt());
    }
}
