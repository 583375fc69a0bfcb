package dev.servicedesk.intake.customer;

import dev.servicedesk.platform.outbox.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer was erased at the titular's request (LGPD): a service keeping any copy of the person's data drops it.
 * Carries the id and the time only.
 */
public record CustomerErased(UUID customerId, Instant erasedAt, long version, Instant occurredAt)
        implements DomainEvent {

    @Override
    public String aggregateType() {
        return "customer";
    }

    @Override
    public String aggregateId() {
        return customerId.toString();
    }

    @Override
    public long aggregateVersion() {
        return version;
    }
}
