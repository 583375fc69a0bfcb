package dev.servicedesk.intake.request;

import dev.servicedesk.platform.http.Page;
import dev.servicedesk.platform.security.Caller;
import dev.servicedesk.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's requests, with their protocols, statuses and orders, newest first (SAC: history on demand). */
@Path("/api/v1/customers/{id}/requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CustomerHistoryResource {

    private final RequestDesk desk;
    private final SecurityIdentity identity;
    private final Clock clock;

    CustomerHistoryResource(RequestDesk desk, SecurityIdentity identity, Clock clock) {
        this.desk = desk;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "The customer's requests, newest first: protocol, type, status, linked order")
    public Page<RequestView> history(@PathParam("id") UUID customerId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        RequestAudience audience = RequestAudience.of(identity.getRoles());
        return desk.historyOf(customerId, page, size, Caller.of(identity))
                .map(request -> RequestView.of(request, clock.instant(), audience));
    }
}
