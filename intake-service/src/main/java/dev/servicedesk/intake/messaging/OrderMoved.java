package dev.servicedesk.intake.messaging;

import dev.servicedesk.intake.order.OrderFact;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * What intake reads of the order events that only move an order along (scheduled, started, put on hold, resumed):
 * its status now, so that the orders offered as candidates show where they stand.
 */
public record OrderMoved(@NotNull UUID orderId, @NotBlank String number, @NotBlank String problemCode,
        @NotBlank String status, long version) implements OrderFact {
}
