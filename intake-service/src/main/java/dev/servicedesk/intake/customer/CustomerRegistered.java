package dev.servicedesk.intake.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.servicedesk.intake.address.Uf;
import dev.servicedesk.platform.outbox.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer was registered. Only what reports need and nothing that identifies a person: no name, document, phone,
 * e-mail or street; the place only by the main address's city and state (absent when no address was given).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomerRegistered(UUID customerId, CustomerType type, String city, Uf state, String partnerId,
        Instant registeredAt, long version, Instant occurredAt) implements DomainEvent {

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
