package dev.servicedesk.workorder.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The top of the service catalogue: who answers for a family of services (e.g. assistência técnica). */
@Entity
@Table(name = "catalog_department")
public class Department extends CatalogEntry {

    protected Department() {
    }

    Department(String code, String name) {
        super(code, name);
    }
}
