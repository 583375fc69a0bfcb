package dev.servicedesk.knowledge.usage;

import dev.servicedesk.platform.http.Page;
import dev.servicedesk.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What supervisors (and analysts) learn about the published articles from feedback and intake's events. */
@Path("/api/v1/article-insights")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Article insights")
public class InsightsResource {

    private final ArticleInsights insights;

    InsightsResource(ArticleInsights insights) {
        this.insights = insights;
    }

    @GET
    @Path("/most-useful")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN, Roles.ANALYST })
    @Transactional
    @Operation(summary = "Published articles by usefulness: feedback balance, then first-contact resolutions, then use")
    public Page<ArticleInsight> mostUseful(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return insights.mostUseful(page, size);
    }

    @GET
    @Path("/never-used")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN, Roles.ANALYST })
    @Transactional
    @Operation(summary = "Published articles never consulted for a request and never given feedback")
    public Page<ArticleInsight> neverUsed(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return insights.neverUsed(page, size);
    }

    @GET
    @Path("/often-not-helpful")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN, Roles.ANALYST })
    @Transactional
    @Operation(summary = "Published articles with at least minFeedback opinions, a share of them or more 'not "
            + "helpful' (defaults: 3 and 0.5)")
    public Page<ArticleInsight> oftenNotHelpful(
            @QueryParam("minFeedback") @DefaultValue("3") @Min(1) @Max(1_000_000) int minFeedback,
            @QueryParam("share") @DefaultValue("0.5") @DecimalMin("0.0") @DecimalMax("1.0") double share,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return insights.oftenNotHelpful(minFeedback, share, page, size);
    }
}
