package dev.servicedesk.intake.request;

import java.time.Instant;
import java.util.UUID;

/** A request passed its SAC due time without being answered. Announced once. */
public record RequestOverdue(UUID requestId, String protocol, RequestType type, RequestStatus status, Channel channel,
        Instant dueAt, long version, Instant occurredAt) implements RequestEvent {
}
