package dev.servicedesk.intake.messaging;

import dev.servicedesk.intake.order.OrderFact;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** intake's copy of the work-order service's OrderOpened: only what it reads (the contract test checks it). */
public record OrderOpened(@NotNull UUID orderId, @NotBlank String number, @NotBlank String problemCode,
        @NotBlank String status, long version, @NotNull List<@NotNull UUID> requestIds, @NotNull Instant openedAt)
        implements OrderFact {
}
