package dev.servicedesk.knowledge.catalog;

/**
 * A problem code or service category is no longer in the catalogue at all (deleted, and no other entry has its code):
 * articles must stop naming it. Fired inside the transaction that applies the catalogue's event.
 */
public record CatalogEntryGone(Level level, String code) {

    public enum Level {
        PROBLEM_CODE, CATEGORY
    }
}
