package dev.servicedesk.workorder.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

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
}
