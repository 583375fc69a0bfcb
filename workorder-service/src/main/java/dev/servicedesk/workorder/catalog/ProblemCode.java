package dev.servicedesk.workorder.catalog;

import dev.servicedesk.platform.problem.Problem;
import dev.servicedesk.platform.problem.ProblemException;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

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
        redefine(standardOrder);
    }

    /** Orders opened from now on start from the new standard order; orders already open keep the copy they took. */
    void redefine(StandardOrder standardOrder) {
        if (standardOrder.resolutionHours() < standardOrder.responseHours()) {
            throw new ProblemException(422, "resolution-before-response", "Resolution due before response",
                    "Work cannot have to be completed (" + standardOrder.resolutionHours() + " h) before it has to "
                            + "start (" + standardOrder.responseHours() + " h).",
                    List.of(new Problem.Violation("standardOrder.resolutionHours",
                            "must not be less than responseHours")));
        }
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

    @Override
    public CatalogLevel level() {
        return CatalogLevel.PROBLEM_CODE;
    }

    @Override
    public CatalogEntry parent() {
        return category;
    }

    @Override
    ProblemCodePublished published(Instant at) {
        Provider provider = category.provider();
        Department department = provider.department();
        return new ProblemCodePublished(id(), code(), name(), category.id(), category.code(), provider.id(),
                provider.code(), department.id(), department.code(), retired(), retiredAt(),
                standardOrder.defaultPriority(), standardOrder.responseHours(), standardOrder.resolutionHours(),
                standardOrder.estimateApprovalRequired(), standardOrder.signatureRequired(),
                standardOrder.productDataRequired(), standardOrder.goods(), standardOrder.warrantyDays(), version(),
                at);
    }
}
