package dev.servicedesk.intake.request;

import java.time.Instant;
import java.util.UUID;

/** A request was closed; {@code openedAt} lets reports measure it without another event. */
public record RequestClosed(UUID requestId, String protocol, RequestType type, RequestStatus fromStatus,
        Instant openedAt, long version, Instant occurredAt) implements RequestEvent {
}
