package dev.servicedesk.workorder.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** This service's copy of intake's RequestLinkedToOrder: the agent said the order already covers the problem. */
public record RequestLinkedToOrder(@NotNull UUID requestId, @NotBlank String protocol, @NotNull UUID orderId,
        String partnerId, @NotNull Instant occurredAt) {
}
