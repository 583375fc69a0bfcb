package dev.servicedesk.workorder.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/** A department's current state: created, renamed, retired or reinstated. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DepartmentPublished(UUID departmentId, String code, String name, boolean retired, Instant retiredAt,
        long version, Instant occurredAt) implements CatalogEvent {

    @Override
    public String aggregateId() {
        return departmentId.toString();
    }
}
