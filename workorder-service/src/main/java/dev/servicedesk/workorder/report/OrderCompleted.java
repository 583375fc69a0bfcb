package dev.servicedesk.workorder.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.servicedesk.workorder.order.OrderEvent;
import dev.servicedesk.workorder.order.OrderRef;
import dev.servicedesk.workorder.part.Provenance;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Work on the order is done and its service report written: the facts a report needs (cause, recurrence, rework,
 * parts counts, final amounts against the estimate, rating, SLA), never its free text or the customer's name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderCompleted(@JsonUnwrapped OrderRef order, String technicianId, CauseCategory causeCategory,
        boolean recurring, UUID recurringOf, boolean rework, UUID reworkOf, Map<Provenance, Integer> partsUsed,
        int defectiveParts, Amounts amounts, Integer rating, boolean acceptanceSigned, Instant completedAt,
        boolean responseOnTime, Instant resolutionDueAt, boolean resolutionOnTime, Instant occurredAt)
        implements OrderEvent {

    /** The final amounts in BRL, and the approved estimate's total when there was one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Amounts(BigDecimal labour, BigDecimal parts, BigDecimal equipment, BigDecimal discount,
            BigDecimal total, BigDecimal estimatedTotal, String currency) {
    }
}
