package dev.servicedesk.intake.messaging;

import dev.servicedesk.intake.order.OrderFact;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/** intake's copy of RequestAttached: another request joined the order; {@code requestIds} are all it answers now. */
public record RequestAttached(@NotNull UUID orderId, @NotBlank String number, @NotBlank String problemCode,
        @NotBlank String status, long version, @NotNull List<@NotNull UUID> requestIds) implements OrderFact {
}
