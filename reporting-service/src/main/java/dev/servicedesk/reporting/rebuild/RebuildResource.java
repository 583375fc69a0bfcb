package dev.servicedesk.reporting.rebuild;

import dev.servicedesk.platform.problem.ProblemException;
import dev.servicedesk.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The admin's rebuild: drop the projections and replay every topic from the beginning; its progress. */
@Path("/api/v1/admin/rebuilds")
@Tag(name = "Rebuild")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class RebuildResource {

    static final URI CURRENT = URI.create("/api/v1/admin/rebuilds/current");

    private final Rebuild rebuild;

    RebuildResource(Rebuild rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @Operation(summary = "Start a rebuild of every projection from the topics (409 while one runs)")
    public Response start() {
        return Response.accepted(rebuild.start()).location(CURRENT).build();
    }

    @GET
    @Path("/current")
    @Operation(summary = "The last rebuild's progress: events read, events/s, seconds left")
    public RebuildProgress current() {
        return rebuild.progress().orElseThrow(() -> ProblemException.notFound("No rebuild has run since start-up"));
    }
}
