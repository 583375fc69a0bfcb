package dev.servicedesk.intake.request;

import dev.servicedesk.platform.outbox.DomainEvent;
import java.util.UUID;

/** An event of a request; all go to servicedesk.requests.v1 keyed by the request id. No personal data. */
public interface RequestEvent extends DomainEvent {

    UUID requestId();

    long version();

    @Override
    default String aggregateType() {
        return "request";
    }

    @Override
    default String aggregateId() {
        return requestId().toString();
    }

    @Override
    default long aggregateVersion() {
        return version();
    }
}
