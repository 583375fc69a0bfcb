package dev.servicedesk.workorder.report;

import dev.servicedesk.platform.http.VersionTags;
import dev.servicedesk.platform.idempotency.Idempotent;
import dev.servicedesk.platform.security.Caller;
import dev.servicedesk.platform.security.Roles;
import dev.servicedesk.workorder.order.Audience;
import dev.servicedesk.workorder.part.Versioned;
import dev.servicedesk.workorder.signature.SignatureInput;
import dev.servicedesk.workorder.signature.SignedFrom;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Completing an order with its service report, reading the report, and the customer's rating, over HTTP. */
@Path("/api/v1/orders/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service reports")
public class ServiceReportResource {

    private static final int MAX_TEXT = 4000;

    public record CompletionInput(@NotBlank @Size(max = MAX_TEXT) String activities,
            @NotNull CauseCategory causeCategory, @Size(max = MAX_TEXT) String causeText,
            @Size(max = MAX_TEXT) String preventionNotes, @Valid @NotNull CostsInput costs,
            @Min(0) @Max(ServiceReport.BEST_RATING) Integer rating, @Valid SignatureInput signature) {
    }

    /** The costs the technician gives; the parts' cost is the sum of the used parts. */
    public record CostsInput(@NotNull @DecimalMin("0.00") @Digits(integer = 9, fraction = 2) BigDecimal labour,
            @DecimalMin("0.00") @Digits(integer = 9, fraction = 2) BigDecimal equipment,
            @DecimalMin("0.00") @Digits(integer = 9, fraction = 2) BigDecimal discount) {
    }

    public record RatingInput(@NotNull @Min(0) @Max(ServiceReport.BEST_RATING) Integer rating) {
    }

    private final ServiceReportDesk desk;
    private final SecurityIdentity identity;

    ServiceReportResource(ServiceReportDesk desk, SecurityIdentity identity) {
        this.desk = desk;
        this.identity = identity;
    }

    @POST
    @Path("/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Complete the work with the service report, and the customer's acceptance signature when "
            + "the problem code requires it")
    public Response complete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context HttpServerRequest request, @Valid @NotNull CompletionInput completion) {
        CostsInput costs = completion.costs();
        Versioned<ServiceReportDesk.ReportOfOrder> completed = desk.complete(id,
                new ServiceReportDesk.Completion(completion.activities(), completion.causeCategory(),
                        completion.causeText(), completion.preventionNotes(), costs.labour(), costs.equipment(),
                        costs.discount(), completion.rating(), completion.signature(),
                        new SignedFrom(request.remoteAddress().hostAddress(),
                                request.getHeader(HttpHeaders.USER_AGENT))),
                ifMatch, caller());
        return Response.created(URI.create("/api/v1/orders/" + id + "/report"))
                .tag(VersionTags.of(completed.orderVersion()))
                .entity(view(completed))
                .build();
    }

    @GET
    @Path("/report")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.TECHNICIAN, Roles.ANALYST, Roles.PARTNER })
    @Transactional
    @Operation(summary = "The service report of a completed order (analysts: without free text)")
    public Response report(@PathParam("id") UUID id) {
        return answer(desk.find(id, caller()));
    }

    @PUT
    @Path("/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENT, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ADMIN })
    @Transactional
    @Operation(summary = "Record the customer's satisfaction, 0 to 10, after completion; once rated, only a "
            + "supervisor may correct it")
    public Response rate(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RatingInput rating) {
        return answer(desk.rate(id, rating.rating(), ifMatch, caller()));
    }

    private Response answer(Versioned<ServiceReportDesk.ReportOfOrder> found) {
        return Response.ok(view(found)).tag(VersionTags.of(found.orderVersion())).build();
    }

    private ServiceReportView view(Versioned<ServiceReportDesk.ReportOfOrder> found) {
        return ServiceReportView.of(found.value(), found.orderVersion(), Audience.of(identity.getRoles()));
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
