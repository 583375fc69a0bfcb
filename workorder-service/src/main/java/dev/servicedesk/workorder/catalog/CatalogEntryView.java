package dev.servicedesk.workorder.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * An entry of the catalogue as the API shows it. {@code active} is false when the entry or one above it is retired:
 * no new order may then be opened for it or below it. Problem codes add their standard order (in the shape a
 * {@code PUT} takes back) and the warranty that follows from its goods.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CatalogEntryView(UUID id, CatalogLevel level, String code, String name, UUID parentId,
        String parentCode, boolean retired, Instant retiredAt, boolean active, StandardOrder standardOrder,
        Integer warrantyDays, long version) {

    public static CatalogEntryView of(CatalogEntry entry) {
        CatalogEntry parent = entry.parent();
        StandardOrder standardOrder = entry instanceof ProblemCode problemCode ? problemCode.standardOrder() : null;
        return new CatalogEntryView(entry.id(), entry.level(), entry.code(), entry.name(),
                parent == null ? null : parent.id(), parent == null ? null : parent.code(), entry.retired(),
                entry.retiredAt(), entry.retiredAtOrAbove().isEmpty(), standardOrder,
                standardOrder == null ? null : standardOrder.warrantyDays(), entry.version());
    }
}
