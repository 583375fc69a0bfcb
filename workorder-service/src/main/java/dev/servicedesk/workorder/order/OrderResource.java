package dev.servicedesk.workorder.order;

import dev.servicedesk.platform.http.Page;
import dev.servicedesk.platform.http.VersionTags;
import dev.servicedesk.platform.idempotency.Idempotent;
import dev.servicedesk.platform.security.Caller;
import dev.servicedesk.platform.security.Roles;
import dev.servicedesk.workorder.catalog.Priority;
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

/** Work orders over HTTP. A change and the view it answers with share one transaction, so the view sees the change. */
@Path("/api/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Work orders")
public class OrderResource {

    public record NewOrder(@NotBlank @Size(max = 40) String problemCode, UUID customerId, Priority priority,
            Coverage coverage, @Size(max = WorkOrder.MAX_TEXT) String description, @Valid OrderProduct product) {
    }

    public record Details(Priority priority, @Size(max = WorkOrder.MAX_TEXT) String description) {
    }

    public record Attachment(@NotNull UUID requestId,
            @NotBlank @Pattern(regexp = "\\d{8}-\\d{6}-\\d", message = "must be a protocol number such as 20261123-000123-7") String protocol) {
    }

    public record Scheduling(@NotNull Instant visitFrom, @NotNull Instant visitTo) {
    }

    public record Assignment(@NotBlank @Size(max = 100) String team, @NotBlank @Size(max = 100) String technicianId) {
    }

    public record Hold(@NotNull HoldReason reason, @Size(max = 1000) String note) {
    }

    public record Cancellation(@NotNull CancellationReason reason, @Size(max = 1000) String note) {
    }

    public record TaskCheck(@NotNull Boolean done) {
    }

    public record HistoryEntry(Instant at, String by, OrderChange change, OrderStatus fromStatus,
            OrderStatus toStatus, String field, String before, String after, String note) {
    }

    private final OrderDesk desk;
    private final SecurityIdentity identity;
    private final Clock clock;

    OrderResource(OrderDesk desk, SecurityIdentity identity, Clock clock) {
        this.desk = desk;
        this.identity = identity;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Open an order directly, from its problem code's standard order")
    public Response open(@Valid @NotNull NewOrder order) {
        WorkOrder opened = desk.open(new OrderDesk.StaffOpening(order.problemCode(), order.customerId(),
                order.priority(), order.coverage(), order.description(), order.product()), caller());
        return Response.created(URI.create("/api/v1/orders/" + opened.id()))
                .tag(VersionTags.of(opened.version()))
                .entity(view(opened))
                .build();
    }

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.TECHNICIAN, Roles.ANALYST, Roles.PARTNER })
    @Transactional
    @Operation(summary = "Orders, newest first, filtered and paged; a technician sees its own queue")
    public Page<OrderView> list(@QueryParam("status") OrderStatus status,
            @QueryParam("problemCode") String problemCode, @QueryParam("department") String department,
            @QueryParam("technician") String technician, @QueryParam("customerId") UUID customerId,
            @QueryParam("requestId") UUID requestId, @QueryParam("overdue") Boolean overdue, @QueryParam("openedFrom") Instant openedFrom,
            @QueryParam("openedTo") Instant openedTo,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        OrderFilter filter = new OrderFilter(status, problemCode, department, technician, customerId, requestId,
                overdue, openedFrom, openedTo);
        return desk.list(filter, page, size, caller()).map(this::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.TECHNICIAN, Roles.ANALYST, Roles.PARTNER })
    @Transactional
    @Operation(summary = "An order by its id")
    public Response get(@PathParam("id") UUID id) {
        return answer(desk.find(id, caller()));
    }

    @GET
    @Path("/by-number/{number}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.TECHNICIAN, Roles.ANALYST, Roles.PARTNER })
    @Transactional
    @Operation(summary = "An order by its number, e.g. OS-2026-000045")
    public Response byNumber(@PathParam("number") String number) {
        return answer(desk.findByNumber(number, caller()));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.TECHNICIAN, Roles.ANALYST })
    @Transactional
    @Operation(summary = "Every change of the order: who, when, what, before and after, oldest first")
    public List<HistoryEntry> history(@PathParam("id") UUID id) {
        return desk.find(id, caller()).history().stream()
                .map(e -> new HistoryEntry(e.at(), e.changedBy(), e.change(), e.fromStatus(), e.toStatus(),
                        e.field(), e.before(), e.after(), e.note()))
                .toList();
    }

    @PUT
    @Path("/{id}/details")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Transactional
    @Operation(summary = "Change the priority or the description (send the ETag in If-Match)")
    public Response edit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Details details) {
        return answer(desk.edit(id, details.priority(), details.description(), ifMatch, caller()));
    }

    @PUT
    @Path("/{id}/product")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.TECHNICIAN })
    @Transactional
    @Operation(summary = "Record the product serviced: brand, model, serial number, purchase date")
    public Response describeProduct(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OrderProduct product) {
        return answer(desk.describeProduct(id, product, ifMatch, caller()));
    }

    @POST
    @Path("/{id}/requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Attach another customer request for the same problem; it keeps its own protocol")
    public Response attach(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Attachment attachment) {
        return answer(desk.attach(id, new RequestLink(attachment.requestId(), attachment.protocol(), null,
                clock.instant()), ifMatch, caller()));
    }

    @POST
    @Path("/{id}/scheduling")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Set or move the visit window")
    public Response schedule(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Scheduling scheduling) {
        return answer(desk.schedule(id, scheduling.visitFrom(), scheduling.visitTo(), ifMatch, caller()));
    }

    @POST
    @Path("/{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Assign (or reassign) the order to a team and a technician")
    public Response assign(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Assignment assignment) {
        return answer(desk.assign(id, assignment.team(), assignment.technicianId(), ifMatch, caller()));
    }

    @POST
    @Path("/{id}/start")
    @RolesAllowed({ Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Start work (the assigned technician or a supervisor)")
    public Response start(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(desk.start(id, ifMatch, caller()));
    }

    @POST
    @Path("/{id}/hold")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Put work on hold, with the reason (customer or parts pause the SLA)")
    public Response hold(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Hold hold) {
        return answer(desk.putOnHold(id, hold.reason(), hold.note(), ifMatch, caller()));
    }

    @POST
    @Path("/{id}/resumption")
    @RolesAllowed({ Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Resume work after a hold")
    public Response resume(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(desk.resume(id, ifMatch, caller()));
    }

    @PUT
    @Path("/{id}/checklist/{index}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ADMIN })
    @Transactional
    @Operation(summary = "Tick or untick a task of the checklist")
    public Response checkTask(@PathParam("id") UUID id, @PathParam("index") int index,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull TaskCheck check) {
        return answer(desk.checkTask(id, index, check.done(), ifMatch, caller()));
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed({ Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Close a completed order: it becomes read-only and its warranty starts")
    public Response close(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(desk.close(id, ifMatch, caller()));
    }

    @POST
    @Path("/{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Cancel an order before completion, with the reason")
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Cancellation cancellation) {
        return answer(desk.cancel(id, cancellation.reason(), cancellation.note(), ifMatch, caller()));
    }

    private Response answer(WorkOrder order) {
        return Response.ok(view(order)).tag(VersionTags.of(order.version())).build();
    }

    private OrderView view(WorkOrder order) {
        return OrderView.of(order, clock.instant(), Audience.of(identity.getRoles()), caller().clientId());
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
