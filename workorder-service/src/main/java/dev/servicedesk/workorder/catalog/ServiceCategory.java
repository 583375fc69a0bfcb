package dev.servicedesk.workorder.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A family of services of one provider (e.g. linha branca). */
@Entity
@Table(name = "catalog_category")
public class ServiceCategory extends CatalogEntry {

    @ManyToOne(optional = false)
    @JoinColumn(name = "provider_id", nullable = false, updatable = false)
    private Provider provider;

    protected ServiceCategory() {
    }

    ServiceCategory(String code, String name, Provider provider) {
        super(code, name);
        this.provider = provider;
    }

    public Provider provider() {
        return provider;
    }

    @Override
    public CatalogLevel level() {
        return CatalogLevel.CATEGORY;
    }

    @Override
    public CatalogEntry parent() {
        return provider;
    }

    @Override
    ServiceCategoryPublished published(Instant at) {
        Department department = provider.department();
        return new ServiceCategoryPublished(id(), code(), name(), provider.id(), provider.code(), department.id(),
                department.code(), retired(), retiredAt(), version(), at);
    }
}
