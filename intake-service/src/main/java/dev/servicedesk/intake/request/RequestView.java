package dev.servicedesk.intake.request;

import java.time.Instant;
import java.util.UUID;

/** A request as the API shows it. */
public record RequestView(UUID id, String protocol, Channel channel, RequestStatus status, Instant openedAt,
        Instant dueAt, String openedBy, long version) {

    static RequestView of(CustomerRequest request) {
        return new RequestView(request.id(), request.protocol(), request.channel(), request.status(),
                request.openedAt(), request.dueAt(), request.openedBy(), request.version());
    }
}
