package dev.servicedesk.reporting.projection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** This service's copies of intake-service's request events: only the fields the projections read. */
public final class RequestEvents {

    private RequestEvents() {
    }

    /** {@code articleIds}: the knowledge articles consulted while logging it. */
    public record RequestLogged(@NotNull UUID requestId, @NotBlank String protocol, @NotBlank String type,
            @NotBlank String status, @NotBlank String channel, String problemCode, UUID customerId,
            String partnerId, List<UUID> articleIds, @NotNull Instant openedAt, @NotNull Instant dueAt,
            long version) {
    }

    /** {@code articleIds}: the knowledge articles consulted for the answer. */
    public record RequestAnswered(@NotNull UUID requestId, List<UUID> articleIds, long version,
            @NotNull Instant occurredAt) {
    }

    public record RequestClosed(@NotNull UUID requestId, @NotBlank String type, @NotNull Instant openedAt,
            long version, @NotNull Instant occurredAt) {
    }

    public record RequestCancelled(@NotNull UUID requestId, long version, @NotNull Instant occurredAt) {
    }

    public record RequestConverted(@NotNull UUID requestId, @NotBlank String toType, long version) {
    }

    public record RequestLinkedToOrder(@NotNull UUID requestId, @NotNull UUID orderId, long version) {
    }

    public record RequestResolved(@NotNull UUID requestId, @NotNull UUID orderId, @NotNull Instant openedAt,
            long version, @NotNull Instant occurredAt) {
    }

    public record RequestReopened(@NotNull UUID requestId, long version) {
    }
}
