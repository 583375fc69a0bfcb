package dev.servicedesk.intake.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An information request was answered, from these knowledge articles. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestAnswered(UUID requestId, String protocol, List<UUID> articleIds, long version, Instant occurredAt)
        implements RequestEvent {
}
