package dev.servicedesk.intake.request;

import dev.servicedesk.intake.channel.Channel;
import java.time.Instant;
import java.util.UUID;

/** What a list of requests can be narrowed to; every field is optional. */
public record RequestFilter(RequestStatus status, RequestType type, Channel channel, UUID customerId,
        String problemCode, String protocol, Instant openedFrom, Instant openedTo, Boolean overdue,
        Boolean orderRefused) {

    static RequestFilter ofCustomer(UUID customerId) {
        return new RequestFilter(null, null, null, customerId, null, null, null, null, null, null);
    }
}
