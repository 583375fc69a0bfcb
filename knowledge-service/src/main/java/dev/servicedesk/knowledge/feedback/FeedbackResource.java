package dev.servicedesk.knowledge.feedback;

import dev.servicedesk.knowledge.article.Articles;
import dev.servicedesk.knowledge.article.Readers;
import dev.servicedesk.platform.idempotency.Idempotent;
import dev.servicedesk.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whether a published article helped with a request, as the agent who used it says; the counts show on the article. */
@Path("/api/v1/articles/{id}/feedback")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback")
public class FeedbackResource {

    public record NewFeedback(@NotNull UUID requestId, @NotNull Boolean helpful, @Size(max = 2_000) String comment) {
    }

    private final Articles articles;
    private final FeedbackDesk desk;
    private final SecurityIdentity caller;

    FeedbackResource(Articles articles, FeedbackDesk desk, SecurityIdentity caller) {
        this.articles = articles;
        this.desk = desk;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENT, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Mark the article helpful or not for a request, with an optional comment; once per request")
    public Response give(@PathParam("id") UUID id, @Valid @NotNull NewFeedback feedback) {
        var article = Readers.requireReadable(caller, articles.get(id));
        Feedback given = desk.give(article, feedback.requestId(), feedback.helpful(), feedback.comment(),
                caller.getPrincipal().getName());
        return Response.created(URI.create("/api/v1/articles/" + id + "/feedback"))
                .entity(FeedbackView.of(given, desk.counts(id)))
                .build();
    }

    @GET
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN, Roles.ANALYST })
    @Transactional
    @Operation(summary = "The article's feedback with comments, latest first")
    public List<FeedbackView> list(@PathParam("id") UUID id) {
        articles.get(id);
        FeedbackCounts counts = desk.counts(id);
        return desk.of(id).stream().map(feedback -> FeedbackView.of(feedback, counts)).toList();
    }
}
