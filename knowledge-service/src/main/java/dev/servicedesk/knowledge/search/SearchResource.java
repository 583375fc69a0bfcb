package dev.servicedesk.knowledge.search;

import dev.servicedesk.knowledge.article.ArticleKind;
import dev.servicedesk.knowledge.article.Audience;
import dev.servicedesk.knowledge.article.QueryValues;
import dev.servicedesk.knowledge.article.Readers;
import dev.servicedesk.platform.http.Page;
import dev.servicedesk.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The search agents use while the customer waits, and the suggestions shown while a request is logged. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    private final ArticleSearch search;
    private final SecurityIdentity caller;

    SearchResource(ArticleSearch search, SecurityIdentity caller) {
        this.search = search;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ANALYST, Roles.ADMIN, Roles.PARTNER,
            Roles.SERVICE })
    @Operation(summary = "Published articles matching the words (any accent, any case, Portuguese word forms, one "
            + "typo per word forgiven), best first, with highlighted snippets; without q, every article by title")
    public SearchResult search(@QueryParam("q") @Size(max = 300) String text,
            @QueryParam("kind") String kind,
            @QueryParam("tag") @Size(max = 60) String tag,
            @QueryParam("problemCode") @Size(max = 40) String problemCode,
            @QueryParam("category") @Size(max = 40) String category,
            @QueryParam("audience") String audience,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return search.search(text, new SearchFilter(QueryValues.parse(ArticleKind.class, "kind", kind), tag,
                problemCode, category, QueryValues.parse(Audience.class, "audience", audience)),
                Readers.seesInternal(caller), page, size);
    }

    @GET
    @Path("/suggestions")
    @RolesAllowed({ Roles.AGENT, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ANALYST, Roles.ADMIN, Roles.PARTNER,
            Roles.SERVICE })
    @Operation(summary = "The articles for a problem code, those also matching the request's text first")
    public List<SearchHit> suggestions(@QueryParam("problemCode") @NotBlank @Size(max = 40) String problemCode,
            @QueryParam("text") @Size(max = 2_000) String text,
            @QueryParam("limit") @DefaultValue("5") @Min(1) @Max(20) int limit) {
        return search.suggest(problemCode, text, Readers.seesInternal(caller), limit);
    }
}
