package dev.servicedesk.platform.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/me}, in every service: front ends learn who is logged in and what they may do. */
@Path("/api/v1/me")
@Authenticated
@Tag(name = "Identity")
public class CallerResource {

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's name, roles and client, as the bearer token says")
    public Caller me() {
        return Caller.of(identity);
    }
}
