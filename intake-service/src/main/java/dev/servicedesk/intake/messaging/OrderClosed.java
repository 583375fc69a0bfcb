package dev.servicedesk.intake.messaging;

import dev.servicedesk.intake.order.OrderFact;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/** intake's copy of OrderClosed: the order is done, and the requests it answers are resolved. */
public record OrderClosed(@NotNull UUID orderId, @NotBlank String number, @NotBlank String problemCode,
        @NotBlank String status, long version, @NotNull List<@NotNull UUID> requestIds) implements OrderFact {
}
