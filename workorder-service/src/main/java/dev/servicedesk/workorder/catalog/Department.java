package dev.servicedesk.workorder.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The top of the service catalogue: who answers for a family of services (e.g. assistência técnica). */
@Entity
@Table(name = "catalog_department")
public class Department extends CatalogEntry {

    protected Department() {
    }

    Department(String code, String name) {
        super(code, name);
    }

    @Override
    public CatalogLevel level() {
        return CatalogLevel.DEPARTMENT;
    }

    @Override
    public CatalogEntry parent() {
        return null;
    }

    @Override
    DepartmentPublished published(Instant at) {
        return new DepartmentPublished(id(), code(), name(), retired(), retiredAt(), version(), at);
    }
}
