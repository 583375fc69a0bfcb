package dev.servicedesk.workorder.catalog;

import java.time.Instant;
import java.util.UUID;

/**
 * An entry that nothing used was deleted. It stays on the compacted topic as the entry's last record, a JSON value
 * rather than a tombstone (docs/adr/0006), so that a consumer reading at any time learns of it.
 */
public record CatalogEntryDeleted(UUID entryId, CatalogLevel level, String code, long version, Instant occurredAt)
        implements CatalogEvent {

    @Override
    public String aggregateId() {
        return entryId.toString();
    }
}
