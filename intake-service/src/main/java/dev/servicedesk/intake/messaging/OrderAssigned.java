package dev.servicedesk.intake.messaging;

import dev.servicedesk.intake.order.OrderFact;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** intake's copy of OrderAssigned: the technician who works the order now (a user name, as in the token). */
public record OrderAssigned(@NotNull UUID orderId, @NotBlank String number, @NotBlank String problemCode,
        @NotBlank String status, long version, @NotBlank String technicianId) implements OrderFact {
}
