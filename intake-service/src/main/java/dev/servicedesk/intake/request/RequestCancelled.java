package dev.servicedesk.intake.request;

import java.time.Instant;
import java.util.UUID;

/** A request was cancelled, for a reason category (the supervisor's words stay in intake). */
public record RequestCancelled(UUID requestId, String protocol, RequestType type, RequestStatus fromStatus,
        CancellationReason reason, long version, Instant occurredAt) implements RequestEvent {
}
