package dev.servicedesk.workorder.part;

import dev.servicedesk.platform.http.VersionTags;
import dev.servicedesk.platform.idempotency.Idempotent;
import dev.servicedesk.platform.security.Caller;
import dev.servicedesk.platform.security.Roles;
import dev.servicedesk.workorder.order.Audience;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An order's parts over HTTP. Every change sends the order's ETag in If-Match and answers with its new one: the parts
 * belong to the order, and each change is one of the order's changes.
 */
@Path("/api/v1/orders/{id}/parts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parts")
public class PartsResource {

    public record UsedPartInput(@NotBlank @Size(max = 60) String partNumber,
            @NotBlank @Size(max = 200) String description,
            @NotNull @DecimalMin("0.001") @Digits(integer = 6, fraction = 3) BigDecimal quantity,
            @NotNull @DecimalMin("0.00") @Digits(integer = 9, fraction = 2) BigDecimal unitCost,
            @NotNull Provenance provenance) {
    }

    public record ConsentInput(@NotBlank @Size(max = 200) String customerName, @NotNull AuthorisationMethod method,
            @Size(max = 200) String reference, Instant authorisedAt) {
    }

    public record RemovedPartInput(@NotBlank @Size(max = 60) String partNumber,
            @NotBlank @Size(max = 200) String description,
            @NotNull @DecimalMin("0.001") @Digits(integer = 6, fraction = 3) BigDecimal quantity,
            @NotNull Disposal disposal) {
    }

    private final PartsDesk desk;
    private final SecurityIdentity identity;

    PartsResource(PartsDesk desk, SecurityIdentity identity) {
        this.desk = desk;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.TECHNICIAN, Roles.ANALYST, Roles.PARTNER })
    @Transactional
    @Operation(summary = "The order's parts: planned from the kit, used, and the defective ones removed")
    public Response parts(@PathParam("id") UUID id) {
        Versioned<OrderParts> parts = desk.find(id, caller());
        return Response.ok(PartsView.of(id, parts.value(), audience()))
                .tag(VersionTags.of(parts.orderVersion())).build();
    }

    @GET
    @Path("/used/{partId}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.TECHNICIAN, Roles.ANALYST, Roles.PARTNER })
    @Transactional
    @Operation(summary = "A used part")
    public Response usedPart(@PathParam("id") UUID id, @PathParam("partId") UUID partId) {
        return used(desk.findRecorded(id, UsedPart.class, partId, caller()));
    }

    @POST
    @Path("/used")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Record a part used, with its unit cost and provenance (not new and original: the customer "
            + "must authorise it)")
    public Response recordUsed(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UsedPartInput part) {
        Versioned<UsedPart> used = desk.recordUsed(id, new PartsDesk.NewUsedPart(part.partNumber(),
                part.description(), part.quantity(), part.unitCost(), part.provenance()), ifMatch, caller());
        return Response.created(URI.create("/api/v1/orders/" + id + "/parts/used/" + used.value().id()))
                .tag(VersionTags.of(used.orderVersion()))
                .entity(PartsView.Used.of(used.value(), audience()))
                .build();
    }

    @POST
    @Path("/used/{partId}/authorisation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENT, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Record the customer's authorisation of a part that is not new and original (CDC art. 21)")
    public Response authorise(@PathParam("id") UUID id, @PathParam("partId") UUID partId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ConsentInput consent) {
        return used(desk.authorise(id, partId, new PartsDesk.Consent(consent.customerName(), consent.method(),
                consent.reference(), consent.authorisedAt()), ifMatch, caller()));
    }

    @DELETE
    @Path("/used/{partId}")
    @RolesAllowed({ Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ADMIN })
    @Transactional
    @Operation(summary = "Withdraw a used part recorded by mistake (the history keeps it)")
    public Response withdrawUsed(@PathParam("id") UUID id, @PathParam("partId") UUID partId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withdrawn(desk.withdraw(id, UsedPart.class, partId, ifMatch, caller()));
    }

    @GET
    @Path("/removed/{partId}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.TECHNICIAN, Roles.ANALYST, Roles.PARTNER })
    @Transactional
    @Operation(summary = "A defective part removed")
    public Response removedPart(@PathParam("id") UUID id, @PathParam("partId") UUID partId) {
        Versioned<RemovedPart> removed = desk.findRecorded(id, RemovedPart.class, partId, caller());
        return Response.ok(PartsView.Removed.of(removed.value(), audience()))
                .tag(VersionTags.of(removed.orderVersion())).build();
    }

    @POST
    @Path("/removed")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Record a defective part removed, and whether the customer kept it")
    public Response recordRemoved(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RemovedPartInput part) {
        Versioned<RemovedPart> removed = desk.recordRemoved(id, new PartsDesk.NewRemovedPart(part.partNumber(),
                part.description(), part.quantity(), part.disposal()), ifMatch, caller());
        return Response.created(URI.create("/api/v1/orders/" + id + "/parts/removed/" + removed.value().id()))
                .tag(VersionTags.of(removed.orderVersion()))
                .entity(PartsView.Removed.of(removed.value(), audience()))
                .build();
    }

    @DELETE
    @Path("/removed/{partId}")
    @RolesAllowed({ Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ADMIN })
    @Transactional
    @Operation(summary = "Withdraw a defective part recorded by mistake (the history keeps it)")
    public Response withdrawRemoved(@PathParam("id") UUID id, @PathParam("partId") UUID partId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withdrawn(desk.withdraw(id, RemovedPart.class, partId, ifMatch, caller()));
    }

    private Response used(Versioned<UsedPart> used) {
        return Response.ok(PartsView.Used.of(used.value(), audience())).tag(VersionTags.of(used.orderVersion()))
                .build();
    }

    private static Response withdrawn(Versioned<?> withdrawn) {
        return Response.noContent().tag(VersionTags.of(withdrawn.orderVersion())).build();
    }

    private Audience audience() {
        return Audience.of(identity.getRoles());
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
