package dev.servicedesk.intake.request;

import dev.servicedesk.intake.channel.Channel;
import dev.servicedesk.platform.http.Page;
import dev.servicedesk.platform.http.VersionTags;
import dev.servicedesk.platform.idempotency.Idempotent;
import dev.servicedesk.platform.security.Caller;
import dev.servicedesk.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Requests over HTTP. A change and the view it answers with share one transaction, so the view sees the change. */
@Path("/api/v1/requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Requests")
public class RequestResource {

    /**
     * What the agent types before anything else: at most the channel (a partner system may send nothing). A client
     * that has everything at hand (a partner system, a chat bot) may send the details too, and log at once.
     */
    public record OpenRequest(Channel channel, @Valid RequestDetails details, boolean log) {
    }

    /** The work order that already covers the problem of an action request. */
    public record OrderLink(@NotNull UUID orderId) {
    }

    /** The problem code the agent corrected (or kept) before sending a refused request to the work orders again. */
    public record Resubmission(@NotBlank @Pattern(regexp = RequestDetails.PROBLEM_CODE,
            message = RequestDetails.PROBLEM_CODE_MESSAGE) String problemCode) {
    }

    public record Assignment(@NotBlank @Size(max = 100) String agent) {
    }

    public record Cancellation(@NotNull CancellationReason reason, @Size(max = 1000) String note) {
    }

    public record HistoryEntry(Instant at, String by, RequestChange change, RequestStatus fromStatus,
            RequestStatus toStatus, String note) {
    }

    private final RequestDesk desk;
    private final SecurityIdentity identity;
    private final Clock clock;

    RequestResource(RequestDesk desk, SecurityIdentity identity, Clock clock) {
        this.desk = desk;
        this.identity = identity;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.PARTNER })
    @Idempotent
    @Transactional
    @Operation(summary = "Save a new request at once and get its protocol number (details come after, or with it: "
            + "details and log: true describe and log it in the same call)")
    public Response open(@Valid OpenRequest request) {
        CustomerRequest opened = request == null ? desk.open(null, caller())
                : desk.open(request.channel(), request.details(), request.log(), caller());
        return Response.created(URI.create("/api/v1/requests/" + opened.id()))
                .tag(VersionTags.of(opened.version()))
                .entity(view(opened))
                .build();
    }

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.ANALYST, Roles.PARTNER,
            Roles.TECHNICIAN })
    @Operation(summary = "Requests, newest first, filtered and paged")
    public Page<RequestView> list(@QueryParam("status") RequestStatus status, @QueryParam("type") RequestType type,
            @QueryParam("channel") Channel channel, @QueryParam("customerId") UUID customerId,
            @QueryParam("problemCode") String problemCode,
            @QueryParam("protocol") String protocol, @QueryParam("openedFrom") Instant openedFrom,
            @QueryParam("openedTo") Instant openedTo, @QueryParam("overdue") Boolean overdue,
            @QueryParam("orderRefused") Boolean orderRefused,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        RequestFilter filter = new RequestFilter(status, type, channel, customerId, problemCode, protocol, openedFrom,
                openedTo, overdue, orderRefused);
        return desk.list(filter, page, size, caller()).map(this::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.ANALYST, Roles.PARTNER,
            Roles.TECHNICIAN, Roles.SERVICE })
    @Operation(summary = "A request by its id")
    public Response get(@PathParam("id") UUID id) {
        return answer(desk.find(id, caller()));
    }

    @GET
    @Path("/by-protocol/{protocol}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.ANALYST, Roles.PARTNER,
            Roles.TECHNICIAN })
    @Operation(summary = "A request by its protocol number; 422 when the check digit is wrong, 404 when unknown")
    public Response byProtocol(@PathParam("protocol") String protocol) {
        return answer(desk.findByProtocol(protocol, caller()));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.ANALYST, Roles.PARTNER,
            Roles.TECHNICIAN })
    @Operation(summary = "Every change of the request: who, when, what and why, oldest first")
    public List<HistoryEntry> history(@PathParam("id") UUID id) {
        return desk.find(id, caller()).history().stream()
                .map(e -> new HistoryEntry(e.at(), e.changedBy(), e.change(), e.fromStatus(), e.toStatus(), e.note()))
                .toList();
    }

    @PUT
    @Path("/{id}/details")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.PARTNER })
    @Transactional
    @Operation(summary = "Describe a draft: its type and that type's section (send the ETag in If-Match)")
    public Response describe(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RequestDetails details) {
        return answer(desk.describe(id, details, ifMatch, caller()));
    }

    @POST
    @Path("/{id}/logging")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.PARTNER })
    @Idempotent
    @Transactional
    @Operation(summary = "Log a described draft: information is answered, a comment recorded, an action opened "
            + "(its work order comes next)")
    public Response log(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(desk.log(id, null, ifMatch, caller()));
    }

    @POST
    @Path("/{id}/order-link")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Log an action draft as joining a work order that already covers its problem")
    public Response logLinkedToOrder(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OrderLink link) {
        return answer(desk.log(id, link.orderId(), ifMatch, caller()));
    }

    @GET
    @Path("/{id}/order-candidates")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Open work orders that may already cover an action request: same problem code, same place "
            + "(CEP, number, and complement when both have one), newest first")
    public List<OrderCandidates.Candidate> orderCandidates(@PathParam("id") UUID id) {
        return desk.orderCandidates(id, caller());
    }

    @POST
    @Path("/{id}/resubmission")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Send an action request the work orders refused to them again, with its problem code "
            + "corrected: it is logged anew")
    public Response resubmit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Resubmission resubmission) {
        return answer(desk.resubmit(id, resubmission.problemCode(), ifMatch, caller()));
    }

    @POST
    @Path("/{id}/conversion")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.PARTNER })
    @Idempotent
    @Transactional
    @Operation(summary = "Turn an answered information request into an action draft, keeping its protocol")
    public Response convert(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(desk.convertToAction(id, ifMatch, caller()));
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.PARTNER })
    @Idempotent
    @Transactional
    @Operation(summary = "Close an answered, recorded or resolved request")
    public Response close(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(desk.close(id, ifMatch, caller()));
    }

    @POST
    @Path("/{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Cancel a request, with the reason")
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Cancellation cancellation) {
        return answer(desk.cancel(id, cancellation.reason(), cancellation.note(), ifMatch, caller()));
    }

    @POST
    @Path("/{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Hand the request to another agent")
    public Response reassign(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Assignment assignment) {
        return answer(desk.reassign(id, assignment.agent(), ifMatch, caller()));
    }

    private Response answer(CustomerRequest request) {
        return Response.ok(view(request)).tag(VersionTags.of(request.version())).build();
    }

    private RequestView view(CustomerRequest request) {
        return RequestView.of(request, clock.instant(), RequestAudience.of(identity.getRoles()));
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
