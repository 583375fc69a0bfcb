package dev.servicedesk.reporting.report;

import dev.servicedesk.platform.http.Page;
import dev.servicedesk.platform.problem.ProblemException;
import dev.servicedesk.platform.security.Roles;
import dev.servicedesk.reporting.kpi.Csv;
import dev.servicedesk.reporting.kpi.KpiQuery;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Service reports of closed orders: the list (JSON, CSV), one report as JSON, and as a PDF in pt-BR. */
@Path("/api/v1")
@Tag(name = "Service reports")
@RolesAllowed({Roles.SUPERVISOR, Roles.ANALYST, Roles.ADMIN})
public class ServiceReportResource {

    static final String PDF = "application/pdf";
    private static final List<String> PAGING = List.of("page", "size");
    static final List<String> CSV_HEADER = List.of("orderId", "number", "department", "category", "problemCode",
            "technicianId", "openedAt", "closedAt", "total", "rating", "protocols");

    private final ServiceReports reports;
    private final ServiceReportPdf pdf;
    private final Clock clock;

    ServiceReportResource(ServiceReports reports, ServiceReportPdf pdf, Clock clock) {
        this.reports = reports;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GET
    @Path("/service-reports")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The orders closed in the period (filters as for the KPIs), latest first, a page at a time")
    public Page<ServiceReport.Summary> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size, @Context UriInfo uri) {
        return reports.page(query(uri, PAGING), page, size);
    }

    @GET
    @Path("/service-reports.csv")
    @Produces("text/csv")
    @Operation(summary = "Every service report of the period as CSV, streamed")
    public Response csv(@Context UriInfo uri) {
        KpiQuery query = query(uri, List.of());
        StreamingOutput body = output -> {
            Writer csv = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            csv.write(Csv.line(CSV_HEADER));
            reports.each(query, summary -> csv.write(Csv.line(CSV_HEADER.stream().map(row(summary)::get).toList())));
            csv.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"service-reports-" + query.from() + "-"
                        + query.to() + ".csv\"")
                .build();
    }

    @GET
    @Path("/service-reports/{orderId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The service report of a closed order")
    public ServiceReport get(@PathParam("orderId") String orderId) {
        return reports.of(id(orderId));
    }

    @GET
    @Path("/service-reports/{orderId}/document")
    @Produces(PDF)
    @Blocking
    @Operation(summary = "The service report of a closed order as PDF (pt-BR, no personal data)")
    public Response document(@PathParam("orderId") String orderId) {
        ServiceReport report = reports.of(id(orderId));
        return Response.ok(pdf.render(report), PDF)
                .header("Content-Disposition", "inline; filename=\"relatorio-de-servico-" + report.number() + ".pdf\"")
                .build();
    }

    /** The period and filters of the query string; {@code bound} names the parameters bound to the method. */
    private KpiQuery query(UriInfo uri, List<String> bound) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(uri.getQueryParameters());
        parameters.keySet().removeAll(bound);
        return KpiQuery.of(parameters, LocalDate.now(clock.withZone(KpiQuery.ZONE)));
    }

    /** An id that is not a UUID names no report: 404, as for an unknown one. */
    private static UUID id(String orderId) {
        try {
            return UUID.fromString(orderId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No closed order " + orderId + " in the reports");
        }
    }

    private static Map<String, Object> row(ServiceReport.Summary s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("orderId", s.orderId());
        row.put("number", s.number());
        row.put("department", s.department());
        row.put("category", s.category());
        row.put("problemCode", s.problemCode());
        row.put("technicianId", s.technicianId());
        row.put("openedAt", s.openedAt());
        row.put("closedAt", s.closedAt());
        row.put("total", s.total());
        row.put("rating", s.rating());
        row.put("protocols", s.protocols());
        return row;
    }
}
