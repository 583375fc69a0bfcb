package dev.servicedesk.workorder.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who provides services within a department: an in-house team or a contracted company. */
@Entity
@Table(name = "catalog_provider")
public class Provider extends CatalogEntry {

    @ManyToOne(optional = false)
    @JoinColumn(name = "department_id", nullable = false, updatable = false)
    private Department department;

    protected Provider() {
    }

    Provider(String code, String name, Department department) {
        super(code, name);
        this.department = department;
    }

    public Department department() {
        return department;
    }

    @Override
    public CatalogLevel level() {
        return CatalogLevel.PROVIDER;
    }

    @Override
    public CatalogEntry parent() {
        return department;
    }

    @Override
    ProviderPublished published(Instant at) {
        return new ProviderPublished(id(), code(), name(), department.id(), department.code(), retired(), retiredAt(),
                version(), at);
    }
}
