package dev.servicedesk.intake.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.servicedesk.intake.channel.Channel;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A request left its draft: what the reports and the other services need to know about it, and no personal data
 * (the place only by city and state, the product only by model).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestLogged(UUID requestId, String protocol, RequestType type, RequestStatus status, Channel channel,
        String problemCode, UUID customerId, String placeCity, String placeState, String productModel,
        List<UUID> articleIds, CommentKind commentKind, String partnerId, Instant openedAt, Instant dueAt, long version,
        Instant occurredAt) implements RequestEvent {
}
