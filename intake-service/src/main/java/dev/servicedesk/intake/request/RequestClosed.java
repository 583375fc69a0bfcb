package dev.servicedesk.intake.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/** A request was closed; {@code openedAt} lets reports measure it without another event. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestClosed(UUID requestId, String protocol, RequestType type, RequestStatus fromStatus,
        Instant openedAt, long version, Instant occurredAt) implements RequestEvent {
}
