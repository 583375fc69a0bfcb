package dev.servicedesk.workorder.document;

import dev.servicedesk.platform.security.Caller;
import dev.servicedesk.platform.security.Roles;
import dev.servicedesk.workorder.contact.OrderContact;
import dev.servicedesk.workorder.order.OrderDesk;
import dev.servicedesk.workorder.order.RequestLink;
import dev.servicedesk.workorder.order.WorkOrder;
import dev.servicedesk.workorder.report.ServiceReport;
import dev.servicedesk.workorder.report.ServiceReportDesk;
import dev.servicedesk.workorder.signature.Signature;
import dev.servicedesk.workorder.signature.Signatures;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An order's documents in pt-BR as PDF, with the customer's details read from intake when printed (ADR 7). */
@Path("/api/v1/orders/{id}")
@Tag(name = "Work orders")
public class OrderDocumentResource {


    private final OrderDesk desk;
    private final DocumentSources sources;
    private final DocumentRenderer renderer;
    private final ServiceReportDesk reports;
    private final Signatures signatures;
    private final SecurityIdentity identity;

    OrderDocumentResource(OrderDesk desk, DocumentSources sources, DocumentRenderer renderer,
            ServiceReportDesk reports, Signatures signatures, SecurityIdentity identity) {
        this.desk = desk;
        this.sources = sources;
        this.reports = reports;
        this.signatures = signatures;
        this.renderer = renderer;
        this.identity = identity;
    }

    @GET
    @Path("/receipt")
    @Produces(DocumentSources.PDF)
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.TECHNICIAN })
    @Operation(summary = "The work-order receipt given to the customer at opening (PDF, pt-BR)")
    public Response openingReceipt(@PathParam("id") UUID id) {
        WorkOrder order = desk.find(id, Caller.of(identity));
        OrderContact contact = sources.contactOf(order);
        String place = contact.visits().stream().filter(v -> v.place() != null).findFirst()
                .map(v -> v.place().oneLine()).orElse(contact.customer().firstAddress());
        String description = order.description() != null ? order.description()
                : contact.visits().stream().map(OrderContact.Visit::description).filter(d -> d != null).findFirst()
                        .orElse(null);
        OpeningReceipt receipt = new OpeningReceipt(order.number(), order.openedAt(),
                order.requests().stream().map(RequestLink::protocol).toList(), sources.customerOf(contact.customer()),
                place, sources.problemOf(order), sources.productOf(order.product()), description,
                order.responseDueAt(),
                order.resolutionDueAt(), order.terms());
        return DocumentSources.pdf(renderer.openingReceipt(receipt), order.number() + "-abertura.pdf");
    }

    @GET
    @Path("/closing-receipt")
    @Produces(DocumentSources.PDF)
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.TECHNICIAN })
    @Operation(summary = "The closing receipt with the service report, the signature and the warranty term (PDF, pt-BR)")
    public Response closingReceipt(@PathParam("id") UUID id) {
        ServiceReportDesk.ReportOfOrder completed = reports.find(id, Caller.of(identity)).value();
        WorkOrder order = completed.order();
        ServiceReport report = completed.report();
        OrderContact contact = sources.contactOf(order);
        ClosingReceipt receipt = new ClosingReceipt(order.number(), sources.customerOf(contact.customer()),
                sources.problemOf(order), sources.productOf(order.product()), report.activities().lines().filter(line -> !line.isBlank()).toList(),
                completed.parts().used().stream().map(part -> new ClosingReceipt.ReplacedPart(part.partNumber(),
                        part.description(), part.quantity(),
                        ClosingReceipt.PartProvenance.valueOf(part.provenance().name()))).toList(),
                completed.parts().removed().stream().map(part -> new ClosingReceipt.DefectivePart(part.partNumber(),
                        part.description(), part.quantity())).toList(),
                new ClosingReceipt.Cause(ClosingReceipt.CauseKind.valueOf(report.causeCategory().name()),
                        report.causeText()),
                report.recurring(), report.preventionNotes(),
                new ClosingReceipt.Costs(order.approvedEstimateTotal(), report.costs().total()),
                order.coverage().free() ? FreeOfCharge.valueOf(order.coverage().name()) : null, report.technician(),
                report.completedAt(), report.rating(), signatureOf(order, report),
                new ClosingReceipt.Warranty(order.warrantyDays() >= ClosingReceipt.Durability.DURABLE.warrantyDays()
                        ? ClosingReceipt.Durability.DURABLE : ClosingReceipt.Durability.NON_DURABLE,
                        LocalDate.ofInstant(report.completedAt(), DocumentFormats.SAO_PAULO)));
        return DocumentSources.pdf(renderer.closingReceipt(receipt), order.number() + "-encerramento.pdf");
    }

    private ClosingReceipt.Signature signatureOf(WorkOrder order, ServiceReport report) {
        if (report.acceptanceSignatureId() == null) {
            return null;
        }
        Signature signature = signatures.find(order.id(), report.acceptanceSignatureId()).orElseThrow();
        return new ClosingReceipt.Signature(signature.imagePng(), signature.signerName(), signature.signerDocument(),
                signature.signedAt());
    }
}
