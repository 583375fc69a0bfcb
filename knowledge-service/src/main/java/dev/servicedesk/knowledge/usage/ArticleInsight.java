package dev.servicedesk.knowledge.usage;

import dev.servicedesk.knowledge.article.ArticleKind;
import dev.servicedesk.knowledge.article.Audience;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a published article serves the call centre: feedback, usage and first-contact resolution. */
public record ArticleInsight(UUID id, String title, ArticleKind kind, Audience audience, long helpful,
        long notHelpful, long consultedRequests, long answeredRequests, long resolvedAtFirstContact,
        @Schema(description = "resolvedAtFirstContact / answeredRequests; absent before the first answer")
        Double firstContactResolutionRate) {
}
