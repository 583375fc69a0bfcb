package dev.servicedesk.intake.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.servicedesk.intake.channel.Channel;
import java.time.Instant;
import java.util.UUID;

/** A request passed its SAC due time without being answered. Announced once. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestOverdue(UUID requestId, String protocol, RequestType type, RequestStatus status, Channel channel,
        Instant dueAt, long version, Instant occurredAt) implements RequestEvent {
}
