package dev.servicedesk.workorder.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/** A provider's current state, with its department: created, renamed, retired or reinstated. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProviderPublished(UUID providerId, String code, String name, UUID departmentId, String departmentCode,
        boolean retired, Instant retiredAt, long version, Instant occurredAt) implements CatalogEvent {

    @Override
    public String aggregateId() {
        return providerId.toString();
    }
}
