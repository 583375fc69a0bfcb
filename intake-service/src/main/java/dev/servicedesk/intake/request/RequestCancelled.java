package dev.servicedesk.intake.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/** A request was cancelled, for a reason category (the supervisor's words stay in intake). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestCancelled(UUID requestId, String protocol, RequestType type, RequestStatus fromStatus,
        CancellationReason reason, long version, Instant occurredAt) implements RequestEvent {
}
