package dev.servicedesk.workorder.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * What every level of the catalogue has: a unique code that never changes (orders and reports refer to it), a name,
 * and a retirement that stops new use without deleting what refers to it.
 */
@MappedSuperclass
public abstract class CatalogEntry {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Version
    private long version;

    protected CatalogEntry() {
    }

    protected CatalogEntry(String code, String name) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.name = name;
    }

    void rename(String name) {
        this.name = name;
    }

    void retire(Instant at) {
        if (retiredAt == null) {
            retiredAt = at;
        }
    }

    void reinstate() {
        retiredAt = null;
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
