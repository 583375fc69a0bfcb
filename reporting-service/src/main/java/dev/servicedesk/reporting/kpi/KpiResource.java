package dev.servicedesk.reporting.kpi;

import dev.servicedesk.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The KPIs, one resource per subject, each filterable by period and by the catalogue, channel, request type,
 * technician and partner. JSON gives totals, breakdowns and the series; {@code .csv} gives the series as CSV.
 */
@Path("/api/v1/kpis")
@Tag(name = "KPIs")
@RolesAllowed({Roles.SUPERVISOR, Roles.ANALYST, Roles.ADMIN})
public class KpiResource {

    static final String CSV = "text/csv";

    private final RequestKpis requests;
    private final OrderKpis orders;
    private final QualityKpis quality;
    private final TechnicianKpis technicians;
    private final MoneyKpis money;
    private final KnowledgeKpis knowledge;
    private final Clock clock;

    KpiResource(RequestKpis requests, OrderKpis orders, QualityKpis quality, TechnicianKpis technicians,
            MoneyKpis money, KnowledgeKpis knowledge, Clock clock) {
        this.requests = requests;
        this.orders = orders;
        this.quality = quality;
        this.technicians = technicians;
        this.money = money;
        this.knowledge = knowledge;
        this.clock = clock;
    }

    @GET
    @Path("/requests")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Requests: volume by type, channel, hour and weekday; first-contact resolution; duplicates "
            + "avoided; SAC compliance; overdue now")
    public Map<String, Object> requests(@Context UriInfo uri) {
        return answer(uri, requests::of);
    }

    @GET
    @Path("/orders")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Orders: opened, closed, cancelled; backlog; resolution time; SLA; holds; estimates")
    public Map<String, Object> orders(@Context UriInfo uri) {
        return answer(uri, orders::of);
    }

    @GET
    @Path("/quality")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Quality: satisfaction and NPS, recurring problems, warranty rework, top codes and causes")
    public Map<String, Object> quality(@Context UriInfo uri) {
        return answer(uri, quality::of);
    }

    @GET
    @Path("/technicians")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Technicians: workload, completed, median resolution time, rating")
    public Map<String, Object> technicians(@Context UriInfo uri) {
        return answer(uri, technicians::of);
    }

    @GET
    @Path("/money")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Money: estimated vs final amounts, parts, revenue per category")
    public Map<String, Object> money(@Context UriInfo uri) {
        return answer(uri, money::of);
    }

    @GET
    @Path("/knowledge")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Knowledge: most useful articles (feedback, first-contact resolutions, use), requests served "
            + "with an article")
    public Map<String, Object> knowledge(@Context UriInfo uri) {
        return answer(uri, knowledge::of);
    }

    @GET
    @Path("/{subject: requests|orders|quality|technicians|money|knowledge}.csv")
    @Produces(CSV)
    @Operation(summary = "A subject's KPI series as CSV, one line per day, week or month")
    public Response csv(@jakarta.ws.rs.PathParam("subject") String subject, @Context UriInfo uri) {
        KpiQuery query = query(uri);
        List<Map<String, Object>> series = switch (subject) {
            case "requests" -> requests.series(query);
            case "orders" -> orders.series(query);
            case "quality" -> quality.series(query);
            case "technicians" -> technicians.series(query);
            case "knowledge" -> knowledge.series(query);
            default -> money.series(query);
        };
        return Response.ok(Csv.of(series), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"kpis-" + subject + "-" + query.from() + "-"
                        + query.to() + ".csv\"")
                .build();
    }

    private Map<String, Object> answer(UriInfo uri, Function<KpiQuery, Map<String, Object>> kpis) {
        KpiQuery query = query(uri);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("from", query.from());
        answer.put("to", query.to());
        answer.put("granularity", query.granularity().name().toLowerCase());
        answer.put("filters", query.filters());
        answer.putAll(kpis.apply(query));
        return answer;
    }

    private KpiQuery query(UriInfo uri) {
        return KpiQuery.of(uri.getQueryParameters(), LocalDate.now(clock.withZone(KpiQuery.ZONE)));
    }
}
