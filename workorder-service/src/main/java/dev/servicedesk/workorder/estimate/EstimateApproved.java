package dev.servicedesk.workorder.estimate;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.servicedesk.workorder.order.OrderEvent;
import dev.servicedesk.workorder.order.OrderRef;
import dev.servicedesk.workorder.signature.SignatureMethod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The customer approved a version of the estimate; work may start. The signature appears by id and method only:
 * the signer's name, document and image stay in the service.
 */
public record EstimateApproved(@JsonUnwrapped OrderRef order, UUID estimateId, int estimateVersion,
        BigDecimal grandTotal, String currency, UUID signatureId, SignatureMethod signatureMethod, Instant approvedAt,
        Instant occurredAt) implements OrderEvent {
}
