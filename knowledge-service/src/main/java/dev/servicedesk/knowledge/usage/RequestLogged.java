package dev.servicedesk.knowledge.usage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** This service's copy of intake's RequestLogged: which articles the agent consulted, and how the request stands. */
public record RequestLogged(@NotNull UUID requestId, @NotBlank String type, @NotBlank String status,
        @NotNull List<UUID> articleIds, @NotNull Instant occurredAt) {

    /** An information request logged with its answer given (or given and closed) on the spot. */
    boolean answered() {
        return "INFORMATION".equals(type) && ("ANSWERED".equals(status) || "CLOSED".equals(status));
    }

    boolean closed() {
        return "INFORMATION".equals(type) && "CLOSED".equals(status);
    }
}
