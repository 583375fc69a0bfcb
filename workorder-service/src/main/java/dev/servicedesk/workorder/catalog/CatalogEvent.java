package dev.servicedesk.workorder.catalog;

import dev.servicedesk.platform.outbox.DomainEvent;

/**
 * An event of the catalogue; all go to the compacted servicedesk.catalog.v1 keyed by the entry's id, each carrying
 * the entry's whole state, so that the latest record of each key is the current catalogue. No personal data.
 */
public interface CatalogEvent extends DomainEvent {

    /** The entry's version after the change (also {@code ce_aggregateversion}). */
    long version();

    @Override
    default String aggregateType() {
        return "catalog";
    }

    @Override
    default long aggregateVersion() {
        return version();
    }
}
