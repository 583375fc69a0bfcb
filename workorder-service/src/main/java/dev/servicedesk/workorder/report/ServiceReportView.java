package dev.servicedesk.workorder.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.servicedesk.workorder.order.Audience;
import dev.servicedesk.workorder.order.OrderStatus;
import dev.servicedesk.workorder.part.PartsView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A service report as the API shows it, amounts in BRL with the difference from the approved estimate. Analysts see
 * no free text (activities, cause text, notes, part descriptions).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceReportView(UUID orderId, String number, OrderStatus status, String activities, Cause cause,
        boolean recurring, UUID recurringOf, boolean rework, UUID reworkOf, String preventionNotes,
        List<PartsView.Used> partsReplaced, List<PartsView.Removed> defectiveParts, Costs costs, String technician,
        Instant completedAt, boolean signatureRequired, UUID acceptanceSignatureId, Integer rating, Instant ratedAt,
        String ratedBy, long version) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cause(CauseCategory category, String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Costs(BigDecimal labour, BigDecimal parts, BigDecimal equipment, BigDecimal discount,
            BigDecimal total, BigDecimal estimatedTotal, BigDecimal differenceFromEstimate, String currency) {
    }

    static ServiceReportView of(ServiceReportDesk.ReportOfOrder found, long version, Audience audience) {
        ServiceReport report = found.report();
        FinalCosts costs = report.costs();
        boolean staff = audience == Audience.STAFF;
        return new ServiceReportView(report.orderId(), found.order().number(), found.order().status(),
                staff ? report.activities() : null,
                new Cause(report.causeCategory(), staff ? report.causeText() : null),
                report.recurring(), report.recurringOf(), report.rework(), report.reworkOf(),
                staff ? report.preventionNotes() : null,
                found.parts().used().stream().map(part -> PartsView.Used.of(part, audience)).toList(),
                found.parts().removed().stream().map(part -> PartsView.Removed.of(part, audience)).toList(),
                new Costs(costs.labour(), costs.parts(), costs.equipment(), costs.discount(), costs.total(),
                        costs.estimatedTotal(), costs.differenceFromEstimate(), FinalCosts.CURRENCY),
                report.technician(), report.completedAt(), found.order().signatureRequired(),
                report.acceptanceSignatureId(), report.rating(), report.ratedAt(), report.ratedBy(), version);
    }
}
