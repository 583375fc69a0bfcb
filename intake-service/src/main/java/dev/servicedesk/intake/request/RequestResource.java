package dev.servicedesk.intake.request;

import dev.servicedesk.platform.idempotency.Idempotent;
import dev.servicedesk.platform.security.Caller;
import dev.servicedesk.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Requests")
public class RequestResource {

    /** What the agent types before anything else: at most the channel (a partner system may send nothing). */
    public record OpenRequest(Channel channel) {
    }

    private final RequestDesk desk;
    private final SecurityIdentity identity;

    RequestResource(RequestDesk desk, SecurityIdentity identity) {
        this.desk = desk;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.PARTNER })
    @Idempotent
    @Operation(summary = "Save a new request at once and get its protocol number (details come after)")
    public Response open(@Valid OpenRequest request) {
        CustomerRequest opened = desk.open(request == null ? null : request.channel(), Caller.of(identity));
        return Response.created(URI.create("/api/v1/requests/" + opened.id()))
                .tag(etagOf(opened))
                .entity(RequestView.of(opened))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "A request by its id")
    public Response get(@PathParam("id") UUID id) {
        return view(desk.find(id, Caller.of(identity)));
    }

    @GET
    @Path("/by-protocol/{protocol}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "A request by its protocol number; 422 when the check digit is wrong, 404 when unknown")
    public Response byProtocol(@PathParam("protocol") String protocol) {
        return view(desk.findByProtocol(protocol, Caller.of(identity)));
    }

    private static Response view(CustomerRequest request) {
        return Response.ok(RequestView.of(request)).tag(etagOf(request)).build();
    }

    private static EntityTag etagOf(CustomerRequest request) {
        return new EntityTag(Long.toString(request.version()));
    }
}
