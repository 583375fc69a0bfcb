package dev.servicedesk.intake.messaging;

import dev.servicedesk.intake.order.OrderFact;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/** intake's copy of OrderCancelled: the order was cancelled before the work was done, for a reason category. */
public record OrderCancelled(@NotNull UUID orderId, @NotBlank String number, @NotBlank String problemCode,
        @NotBlank String status, long version, @NotBlank String reason, @NotNull List<@NotNull UUID> requestIds)
        implements OrderFact {
}
