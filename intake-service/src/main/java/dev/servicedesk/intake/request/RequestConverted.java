package dev.servicedesk.intake.request;

import java.time.Instant;
import java.util.UUID;

/** An information request became an action request, keeping its protocol. */
public record RequestConverted(UUID requestId, String protocol, RequestType fromType, RequestType toType, long version,
        Instant occurredAt) implements RequestEvent {
}
