package dev.servicedesk.intake.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * The work-order service refused for good to open an order for the request, or to attach it to the order named
 * ({@code orderId}); the reason is the kind of refusal only (e.g. {@code unknown-problem-code}). The request is open
 * again until the agent resubmits it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestOrderRefused(UUID requestId, String protocol, String problemCode, String reason, UUID orderId,
        long version, Instant occurredAt) implements RequestEvent {
}
