package dev.servicedesk.knowledge.usage;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** This service's copy of intake's RequestAnswered: an information request answered from these articles. */
public record RequestAnswered(@NotNull UUID requestId, @NotNull List<UUID> articleIds, @NotNull Instant occurredAt) {
}
