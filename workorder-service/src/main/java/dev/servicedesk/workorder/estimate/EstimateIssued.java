package dev.servicedesk.workorder.estimate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.servicedesk.workorder.order.OrderEvent;
import dev.servicedesk.workorder.order.OrderRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A version of the order's estimate went to the customer, with its amounts in BRL and its conditions; any version
 * issued before it no longer binds. No line descriptions: they may describe the customer's home or goods.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EstimateIssued(@JsonUnwrapped OrderRef order, UUID estimateId, int estimateVersion, boolean free,
        BigDecimal labourTotal, BigDecimal partsTotal, BigDecimal equipmentTotal, BigDecimal subtotal,
        BigDecimal discount, BigDecimal grandTotal, String currency, PaymentMethod paymentMethod, Integer instalments,
        int lineCount, int thirdPartyLineCount, LocalDate workStart, LocalDate workEnd, int validityDays,
        LocalDate validUntil, Instant issuedAt, Instant occurredAt) implements OrderEvent {
}
