package dev.servicedesk.intake.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/** An information request became an action request, keeping its protocol. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestConverted(UUID requestId, String protocol, RequestType fromType, RequestType toType, long version,
        Instant occurredAt) implements RequestEvent {
}
