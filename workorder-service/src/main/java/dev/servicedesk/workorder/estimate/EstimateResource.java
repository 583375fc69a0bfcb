package dev.servicedesk.workorder.estimate;

import dev.servicedesk.platform.http.Page;
import dev.servicedesk.platform.http.VersionTags;
import dev.servicedesk.platform.idempotency.Idempotent;
import dev.servicedesk.platform.security.Caller;
import dev.servicedesk.platform.security.Roles;
import dev.servicedesk.workorder.order.Audience;
import dev.servicedesk.workorder.signature.SignatureInput;
import dev.servicedesk.workorder.signature.SignedFrom;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import dev.servicedesk.workorder.contact.OrderContact;
import dev.servicedesk.workorder.document.DocumentRenderer;
import dev.servicedesk.workorder.document.DocumentSources;
import dev.servicedesk.workorder.document.EstimateDocument;
import dev.servicedesk.workorder.document.FreeOfCharge;
import dev.servicedesk.workorder.order.WorkOrder;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An order's estimates over HTTP, version by version. Every change sends the estimate's ETag in If-Match. A change and
 * the view it answers with share one transaction, so the view sees the change.
 */
@Path("/api/v1/orders/{orderId}/estimates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Estimates")
public class EstimateResource {

    public record Receipt(@NotNull Instant receivedAt) {
    }

    public record Rejection(@NotNull RejectionReason reason, @Size(max = Estimate.MAX_NOTE) String note) {
    }

    private final EstimateDesk desk;
    private final DocumentSources sources;
    private final DocumentRenderer renderer;
    private final SecurityIdentity identity;
    private final Clock clock;

    EstimateResource(EstimateDesk desk, DocumentSources sources, DocumentRenderer renderer, SecurityIdentity identity,
            Clock clock) {
        this.desk = desk;
        this.sources = sources;
        this.renderer = renderer;
        this.identity = identity;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Draft the next version; without lines it starts from the problem code's usual estimate lines")
    public Response draft(@PathParam("orderId") UUID orderId, @Valid EstimateDraft draft) {
        EstimateDesk.OrderEstimate drafted = desk.draft(orderId, draft, caller());
        return Response.created(URI.create("/api/v1/orders/" + orderId + "/estimates/" + drafted.estimate().version()))
                .tag(VersionTags.of(drafted.estimate().revision()))
                .entity(view(drafted))
                .build();
    }

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.TECHNICIAN, Roles.ANALYST })
    @Transactional
    @Operation(summary = "The order's estimate versions, oldest first")
    public Page<EstimateView> list(@PathParam("orderId") UUID orderId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return desk.list(orderId, page, size, caller()).map(this::view);
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.TECHNICIAN, Roles.ANALYST })
    @Transactional
    @Operation(summary = "One version of the order's estimate")
    public Response get(@PathParam("orderId") UUID orderId, @PathParam("version") int version) {
        return answer(desk.find(orderId, version, caller()));
    }

    @GET
    @Path("/{version}/document")
    @Produces(DocumentSources.PDF)
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.TECHNICIAN })
    @Transactional
    @Operation(summary = "One version of the estimate as the customer reads it (PDF, pt-BR, CDC art. 40)")
    public Response document(@PathParam("orderId") UUID orderId, @PathParam("version") int version) {
        EstimateDesk.OrderEstimate found = desk.find(orderId, version, caller());
        WorkOrder order = found.order();
        Estimate estimate = found.estimate();
        OrderContact contact = sources.contactOf(order);
        EstimateDocument document = new EstimateDocument(order.number(), estimate.version(),
                Objects.requireNonNullElse(estimate.issuedAt(), estimate.draftedAt()), estimate.validUntil(),
                sources.customerOf(contact.customer()), sources.problemOf(order), order.description(),
                sources.productOf(order.product()),
                estimate.lines().stream().map(line -> new EstimateDocument.Line(
                        EstimateDocument.LineKind.valueOf(line.kind().name()), line.description(), line.quantity(),
                        line.unitPrice(), line.thirdParty())).toList(),
                estimate.discount(),
                estimate.payment() == null ? null : new EstimateDocument.Payment(
                        EstimateDocument.PaymentMethod.valueOf(estimate.payment().method().name()),
                        estimate.payment().instalments()),
                estimate.workStart(), estimate.workEnd(), order.terms(),
                order.coverage().free() ? FreeOfCharge.valueOf(order.coverage().name()) : null);
        return DocumentSources.pdf(renderer.estimate(document),
                order.number() + "-orcamento-v" + estimate.version() + ".pdf");
    }

    @PUT
    @Path("/{version}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Transactional
    @Operation(summary = "Rewrite a draft as a whole (send its ETag in If-Match); an issued version never changes")
    public Response revise(@PathParam("orderId") UUID orderId, @PathParam("version") int version,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull EstimateDraft draft) {
        return answer(desk.revise(orderId, version, draft, ifMatch, caller()));
    }

    @POST
    @Path("/{version}/issue")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Send the draft to the customer: its validity starts, earlier versions are superseded")
    public Response issue(@PathParam("orderId") UUID orderId, @PathParam("version") int version,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(desk.issue(orderId, version, ifMatch, caller()));
    }

    @POST
    @Path("/{version}/receipt")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Record when the customer received the issued version: its validity counts from that day")
    public Response receipt(@PathParam("orderId") UUID orderId, @PathParam("version") int version,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull Receipt receipt) {
        return answer(desk.recordReceipt(orderId, version, receipt.receivedAt(), ifMatch, caller()));
    }

    @POST
    @Path("/{version}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Record the customer's approval with the customer's signature (on the customer's device or "
            + "at the counter)")
    public Response approve(@PathParam("orderId") UUID orderId, @PathParam("version") int version,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @HeaderParam("X-Forwarded-For") String forwardedFor,
            @HeaderParam(HttpHeaders.USER_AGENT) String userAgent, @Context HttpServerRequest request,
            @Valid @NotNull SignatureInput signature) {
        SignedFrom from = SignedFrom.of(forwardedFor, request.remoteAddress().hostAddress(), userAgent);
        return answer(desk.approve(orderId, version, signature, from, ifMatch, caller()));
    }

    @POST
    @Path("/{version}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Record that the customer rejected the issued version, and why")
    public Response reject(@PathParam("orderId") UUID orderId, @PathParam("version") int version,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull Rejection rejection) {
        return answer(desk.reject(orderId, version, rejection.reason(), rejection.note(), ifMatch, caller()));
    }

    private Response answer(EstimateDesk.OrderEstimate target) {
        return Response.ok(view(target)).tag(VersionTags.of(target.estimate().revision())).build();
    }

    private EstimateView view(EstimateDesk.OrderEstimate target) {
        return EstimateView.of(target.order(), target.estimate(), clock.instant(), Audience.of(identity.getRoles()));
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
