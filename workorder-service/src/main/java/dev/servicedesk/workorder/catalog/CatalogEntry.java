package dev.servicedesk.workorder.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What every level of the catalogue has: a unique code that never changes (orders and reports refer to it), a name,
 * and a retirement that stops new use without deleting what refers to it.
 */
@MappedSuperclass
public abstract class CatalogEntry {

    /** Upper-case letters and digits in groups joined by single dashes, e.g. {@code GELADEIRA-NAO-GELA}. */
    public static final String CODE_PATTERN = "[A-Z0-9]+(-[A-Z0-9]+)*";
    public static final String CODE_RULE = "must be upper-case letters and digits in groups joined by single dashes, "
            + "e.g. GELADEIRA-NAO-GELA";
    public static final int MAX_CODE = 40;
    public static final int MAX_NAME = 200;

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    /** The code and the name folded for search (see {@link SearchText}). */
    @Column(name = "search_text", nullable = false)
    private String searchText;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Version
    private long version;

    protected CatalogEntry() {
    }

    protected CatalogEntry(String code, String name) {
        this.id = UUID.randomUUID();
        this.code = code;
        rename(name);
    }

    /** The level of the catalogue this entry sits at. */
    public abstract CatalogLevel level();

    /** The entry above this one, or null for a department. */
    public abstract CatalogEntry parent();

    /** The entry's whole current state as the catalogue topic carries it (compaction keeps the latest per entry). */
    abstract CatalogEvent published(Instant at);

    /** The last word on the entry: compaction keeps it in place of the entry's state. */
    CatalogEntryDeleted deleted(Instant at) {
        return new CatalogEntryDeleted(id, level(), code, version + 1, at);
    }

    void rename(String name) {
        this.name = name;
        this.searchText = SearchText.of(code + " " + name);
    }

    void retire(Instant at) {
        if (retiredAt == null) {
            retiredAt = at;
        }
    }

    void reinstate() {
        retiredAt = null;
    }

    /**
     * This entry, or the nearest entry above it, that is retired. Retirement is inherited: nothing below a retired
     * entry takes new orders, while the entries below keep their own state for when it is reinstated.
     */
    public Optional<CatalogEntry> retiredAtOrAbove() {
        for (CatalogEntry entry = this; entry != null; entry = entry.parent()) {
            if (entry.retired()) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public boolean retired() {
        return retiredAt != null;
    }

    public Instant retiredAt() {
        return retiredAt;
    }

    public long version() {
        return version;
    }
}
