package dev.servicedesk.workorder.signature;

import dev.servicedesk.platform.security.Caller;
import dev.servicedesk.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Customers' signatures on an order, over HTTP. */
@Path("/api/v1/orders/{orderId}/signatures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Signatures")
public class SignatureResource {

    private final SignatureVerifications verifications;
    private final SecurityIdentity identity;

    SignatureResource(SignatureVerifications verifications, SecurityIdentity identity) {
        this.verifications = verifications;
        this.identity = identity;
    }

    @GET
    @Path("/{signatureId}/verification")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.TECHNICIAN, Roles.ANALYST })
    @Transactional
    @Operation(summary = "Whether what the customer signed is still what the order shows: the SHA-256 of the content "
            + "signed against that of the content now")
    public Signatures.Verification verification(@PathParam("orderId") UUID orderId,
            @PathParam("signatureId") UUID signatureId) {
        return verifications.verify(orderId, signatureId, Caller.of(identity));
    }
}
