package dev.servicedesk.workorder.document;

import dev.servicedesk.platform.problem.ProblemException;
import dev.servicedesk.workorder.catalog.Catalog;
import dev.servicedesk.workorder.catalog.ProblemCode;
import dev.servicedesk.workorder.contact.CustomerDirectory;
import dev.servicedesk.workorder.contact.IntakeCustomer;
import dev.servicedesk.workorder.contact.OrderContact;
import dev.servicedesk.workorder.order.OrderProduct;
import dev.servicedesk.workorder.order.WorkOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

/** What every document of an order prints beside the order itself: the customer (read from intake), the problem. */
@ApplicationScoped
public class DocumentSources {

    public static final String PDF = "application/pdf";
    private static final Logger LOG = Logger.getLogger(DocumentSources.class);

    private final Catalog catalog;
    private final CustomerDirectory directory;

    DocumentSources(Catalog catalog, CustomerDirectory directory) {
        this.catalog = catalog;
        this.directory = directory;
    }

    /** The contact the documents print; an order without a customer (or one erased) has no receipt to give. */
    public OrderContact contactOf(WorkOrder order) {
        OrderContact contact;
        try {
            contact = directory.contactOf(order);
        } catch (RuntimeException e) {
            LOG.warnf("Contact details of order %s unavailable for its documents: %s", order.number(), e.toString());
            throw new ProblemException(503, "intake-unavailable", "Contact details unavailable",
                    "The customer's details live in intake-service, which did not answer; try again shortly.");
        }
        if (contact.customer() == null) {
            throw ProblemException.conflict("order-without-customer", "The order has no customer",
                    "Order " + order.number() + " names no customer (or the customer was erased): it has no "
                            + "customer documents.");
        }
        return contact;
    }

    public ProblemDetails problemOf(WorkOrder order) {
        ProblemCode code = catalog.problemCode(order.problemCode()).orElseThrow();
        return new ProblemDetails(code.code(), code.name(), code.category().name());
    }

    public CustomerContact customerOf(IntakeCustomer customer) {
        return new CustomerContact(customer.name(), customer.document(), customer.firstAddress(),
                customer.firstPhone(), customer.email());
    }

    public ProductDetails productOf(OrderProduct product) {
        return new ProductDetails(product.brand(), product.model(), product.serialNumber(), product.purchaseDate());
    }

    public static Response pdf(byte[] document, String fileName) {
        return Response.ok(document, PDF).header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .build();
    }
}
