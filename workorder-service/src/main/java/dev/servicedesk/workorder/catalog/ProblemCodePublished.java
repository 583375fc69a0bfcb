package dev.servicedesk.workorder.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * A problem code's current state, with the entries above it and what its standard order asks of every order: created,
 * renamed, redefined, retired or reinstated. The texts of the standard order (terms, checklist, kit, estimate lines)
 * stay in the service.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemCodePublished(UUID problemCodeId, String code, String name, UUID categoryId, String categoryCode,
        UUID providerId, String providerCode, UUID departmentId, String departmentCode, boolean retired,
        Instant retiredAt, Priority defaultPriority, int responseHours, int resolutionHours,
        boolean estimateApprovalRequired, boolean signatureRequired, boolean productDataRequired, Goods goods,
        int warrantyDays, long version, Instant occurredAt) implements CatalogEvent {

    @Override
    public String aggregateId() {
        return problemCodeId.toString();
    }
}
