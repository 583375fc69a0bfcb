package dev.servicedesk.workorder.contact;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** intake-service's public API, called with this service's own client-credentials token. */
@RegisterRestClient(configKey = "intake")
@OidcClientFilter
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface IntakeApi {

    @GET
    @Path("/customers/{id}")
    IntakeCustomer customer(@PathParam("id") UUID id);

    @GET
    @Path("/requests/{id}")
    IntakeRequest request(@PathParam("id") UUID id);
}
