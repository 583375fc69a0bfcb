package dev.servicedesk.reporting.dashboard;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where the dashboard page (static, {@code /dashboard/}) logs in: the suite's OIDC provider and the public client it
 * uses with PKCE. Open: the page needs it before it has a token, and it holds no secret.
 */
@Path("/dashboard/config")
@Tag(name = "Dashboard")
public class DashboardConfigResource {

    public record DashboardConfig(String issuer, String clientId) {
    }

    private final DashboardConfig config;

    DashboardConfigResource(@ConfigProperty(name = "servicedesk.dashboard.issuer") String issuer,
            @ConfigProperty(name = "servicedesk.dashboard.client-id") String clientId) {
        this.config = new DashboardConfig(issuer.replaceAll("/+$", ""), clientId);
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The OIDC provider and public client the dashboard logs in with")
    public DashboardConfig config() {
        return config;
    }
}
