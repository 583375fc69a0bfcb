package dev.servicedesk.workorder.contact;

import dev.servicedesk.platform.problem.ProblemException;
import dev.servicedesk.platform.security.Caller;
import dev.servicedesk.platform.security.Roles;
import dev.servicedesk.workorder.order.OrderDesk;
import dev.servicedesk.workorder.order.WorkOrder;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * The contact details of an order's customer and places of service, for the people who go there or call: read from
 * intake when asked, never kept here. No transaction is held open while intake answers.
 */
@Path("/api/v1/orders/{id}/contact")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Work orders")
public class ContactResource {

    private static final Logger LOG = Logger.getLogger(ContactResource.class);

    private final OrderDesk desk;
    private final CustomerDirectory directory;
    private final SecurityIdentity identity;

    ContactResource(OrderDesk desk, CustomerDirectory directory, SecurityIdentity identity) {
        this.desk = desk;
        this.directory = directory;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.TECHNICIAN })
    @Operation(summary = "The customer's contact details and the places of service, as intake holds them now")
    public OrderContact contact(@PathParam("id") UUID id) {
        WorkOrder order = desk.find(id, Caller.of(identity));
        try {
            return directory.contactOf(order);
        } catch (RuntimeException e) {
            LOG.warnf("Contact details of order %s unavailable: %s", order.number(), e.toString());
            throw new ProblemException(503, "intake-unavailable", "Contact details unavailable",
                    "The customer's contact details live in intake-service, which did not answer; try again shortly.");
        }
    }
}
