package dev.servicedesk.workorder.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/** A service category's current state, with its provider and department: created, renamed, retired or reinstated. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceCategoryPublished(UUID categoryId, String code, String name, UUID providerId, String providerCode,
        UUID departmentId, String departmentCode, boolean retired, Instant retiredAt, long version, Instant occurredAt)
        implements CatalogEvent {

    @Override
    public String aggregateId() {
        return categoryId.toString();
    }
}
