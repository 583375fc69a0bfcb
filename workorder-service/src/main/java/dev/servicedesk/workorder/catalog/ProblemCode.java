package dev.servicedesk.workorder.catalog;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * The bottom of the catalogue (e.g. "Coleta de eletrodomésticos"): required to open an order, and carrying the
 * standard order every order for it starts from.
 */
@Entity
@Table(name = "catalog_problem_code")
public class ProblemCode extends CatalogEntry {

    @ManyToOne(optional = false)
    @JoinColumn(name = "category_id", nullable = false, updatable = false)
    private ServiceCategory category;

    @Embedded
    private StandardOrder standardOrder;

    protected ProblemCode() {
    }

    ProblemCode(String code, String name, ServiceCategory category, StandardOrder standardOrder) {
        super(code, name);
        this.category = category;
        this.standardOrder = standardOrder;
    }

    void redefine(StandardOrder standardOrder) {
        this.standardOrder = standardOrder;
    }

    public ServiceCategory category() {
        return category;
    }

    public StandardOrder standardOrder() {
        return standardOrder;
    }

    /** Where the code sits in the catalogue, as orders and events carry it. */
    public CatalogPath path() {
        Provider provider = category.provider();
        return new CatalogPath(code(), category.code(), provider.code(), provider.department().code());
    }
}
