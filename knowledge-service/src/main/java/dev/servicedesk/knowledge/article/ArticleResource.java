package dev.servicedesk.knowledge.article;

import dev.servicedesk.knowledge.catalog.CatalogEntryGone;
import dev.servicedesk.knowledge.catalog.CatalogView;
import dev.servicedesk.knowledge.feedback.FeedbackDesk;
import dev.servicedesk.knowledge.usage.ArticleUsage;
import dev.servicedesk.platform.http.Page;
import dev.servicedesk.platform.http.VersionTags;
import dev.servicedesk.platform.idempotency.Idempotent;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Articles over HTTP. Supervisors and admins write them and move them through draft, review, publication and
 * archival; everybody else reads what is published for them (search: {@code /api/v1/articles/search}).
 */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleResource {

    static final String TAG_PATTERN = "[a-z0-9à-ÿ]+(-[a-z0-9à-ÿ]+)*";
    static final String CODE_PATTERN = "[A-Z0-9]+(-[A-Z0-9]+)*";

    @Schema(description = "An article's content. The kind decides the fields: steps for a CALL_SCRIPT, phones for a "
            + "PHONE_DIRECTORY, url for an EXTERNAL_LINK, targetArticleId for an ARTICLE_LINK, the body for an ANSWER "
            + "(every kind may have a body)")
    public record ArticleWrite(
            @NotNull ArticleKind kind,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 20_000) @Schema(description = "Markdown; raw HTML is shown as text") String body,
            @Size(max = 50) List<@NotBlank @Size(max = 1_000) String> steps,
            @Size(max = 100) List<@Valid @NotNull PhoneEntry> phones,
            @Size(max = 2_000) @Schema(description = "http or https only") String url,
            UUID targetArticleId,
            @Size(max = 30) List<@NotBlank @Size(max = 60) @Pattern(regexp = TAG_PATTERN,
                    message = "must be lower-case words joined by dashes, e.g. lava-e-seca") String> tags,
            @Size(max = 50) List<@NotBlank @Size(max = 40) @Pattern(regexp = CODE_PATTERN,
                    message = "must be a catalogue code, e.g. GELADEIRA-NAO-GELA") String> problemCodes,
            @Size(max = 50) List<@NotBlank @Size(max = 40) @Pattern(regexp = CODE_PATTERN,
                    message = "must be a catalogue code, e.g. LINHA-BRANCA") String> categories,
            @Schema(description = "INTERNAL (staff, the default) or PUBLIC (also partners)") Audience audience,
            @Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?", message = "must be a language tag such as pt-BR")
            @Schema(description = "pt-BR unless given") String language) {

        ArticleContent content() {
            return new ArticleContent(kind, title.strip(), body, steps, phones, url, targetArticleId, tags,
                    problemCodes, categories, audience, language);
        }
    }

    public record Restoration(@NotNull @Min(1) Integer revision) {
    }

    private final ArticleDesk desk;
    private final Articles articles;
    private final FeedbackDesk feedback;
    private final ArticleUsage usage;
    private final CatalogView catalog;
    private final SecurityIdentity caller;

    ArticleResource(ArticleDesk desk, Articles articles, FeedbackDesk feedback, ArticleUsage usage,
            CatalogView catalog, SecurityIdentity caller) {
        this.desk = desk;
        this.articles = articles;
        this.feedback = feedback;
        this.usage = usage;
        this.catalog = catalog;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Write a new article: a draft, revision 1")
    public Response write(@Valid @NotNull ArticleWrite article) {
        Article written = desk.write(article.content(), author());
        return Response.created(URI.create("/api/v1/articles/" + written.id()))
                .tag(VersionTags.of(written.version()))
                .entity(view(written))
                .build();
    }

    @GET
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Transactional
    @Operation(summary = "Every article, latest change first, optionally in one status (readers search instead)")
    public Page<ArticleView> list(@QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return desk.list(QueryValues.parse(ArticleStatus.class, "status", status), page, size).map(this::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.AGENT, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ANALYST, Roles.ADMIN, Roles.PARTNER,
            Roles.SERVICE })
    @Transactional
    @Operation(summary = "An article: editors read every status; others published ones, partners public ones only")
    public Response read(@PathParam("id") UUID id) {
        return answer(Readers.requireReadable(caller, articles.get(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Transactional
    @Operation(summary = "Change the content (send the ETag in If-Match): a new revision; a published article stays "
            + "published")
    public Response edit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ArticleWrite article) {
        return answer(desk.edit(id, article.content(), ifMatch, author()));
    }

    @POST
    @Path("/{id}/submission")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Submit a draft for review")
    public Response submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(desk.submitForReview(id, ifMatch, author()));
    }

    @POST
    @Path("/{id}/return-to-draft")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Send an article in review back to draft")
    public Response sendBack(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(desk.sendBackToDraft(id, ifMatch, author()));
    }

    @POST
    @Path("/{id}/publication")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Publish an article in review: readers see it from now on")
    public Response publish(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(desk.publish(id, ifMatch, author()));
    }

    @POST
    @Path("/{id}/archival")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Archive an article that no other article links to: only editors read it from now on")
    public Response archive(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(desk.archive(id, ifMatch, author()));
    }

    @POST
    @Path("/{id}/restoration")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Make an older revision's content current again (published articles), as a new revision")
    public Response restore(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Restoration restoration) {
        return answer(desk.restore(id, restoration.revision(), ifMatch, author()));
    }

    @GET
    @Path("/{id}/revisions")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Transactional
    @Operation(summary = "Every revision of the article, latest first, with who made it and when")
    public List<RevisionView> revisions(@PathParam("id") UUID id) {
        return desk.revisions(id).stream().map(RevisionView::of).toList();
    }

    @GET
    @Path("/{id}/revisions/{number}")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Transactional
    @Operation(summary = "One revision, with the whole content as it was")
    public RevisionView revision(@PathParam("id") UUID id, @PathParam("number") @Min(1) int number) {
        return RevisionView.of(desk.revision(id, number));
    }

    @GET
    @Path("/{id}/comparison")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Transactional
    @Operation(summary = "Two revisions compared: the fields that differ, and the body line by line")
    public RevisionComparison compare(@PathParam("id") UUID id, @QueryParam("from") @NotNull @Min(1) Integer from,
            @QueryParam("to") @NotNull @Min(1) Integer to) {
        return RevisionComparison.of(desk.revision(id, from), desk.revision(id, to));
    }

    private Response answer(Article article) {
        return Response.ok(view(article)).tag(VersionTags.of(article.version())).build();
    }

    private ArticleView view(Article article) {
        return ArticleView.of(article, feedback.counts(article.id()), usage.of(article.id()),
                catalog.retired(CatalogEntryGone.Level.PROBLEM_CODE, article.problemCodes()),
                catalog.retired(CatalogEntryGone.Level.CATEGORY, article.categories()));
    }

    private String author() {
        return caller.getPrincipal().getName();
    }
}
