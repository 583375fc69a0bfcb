package dev.servicedesk.knowledge.article;

import dev.servicedesk.knowledge.feedback.FeedbackCounts;
import dev.servicedesk.knowledge.usage.UsageCounts;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article as the API shows it: its content, its body also as safe HTML, its counts and its version (ETag). */
public record ArticleView(UUID id, ArticleKind kind, ArticleStatus status, String title,
        @Schema(description = "The Markdown source") String body,
        @Schema(description = "The body rendered to HTML and sanitised: safe to insert as it is") String bodyHtml,
        List<String> steps, List<PhoneEntry> phones, String url, UUID targetArticleId, List<String> tags,
        List<String> problemCodes, List<String> categories,
        @Schema(description = "Those of problemCodes the catalogue has retired since: the article may keep them, "
                + "no new article may name them") List<String> retiredProblemCodes,
        @Schema(description = "Those of categories the catalogue has retired since") List<String> retiredCategories,
        Audience audience, String language, int revision,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, Instant publishedAt,
        Instant archivedAt, FeedbackCounts feedback, UsageCounts usage, long version) {

    public static ArticleView of(Article article, FeedbackCounts feedback, UsageCounts usage,
            List<String> retiredProblemCodes, List<String> retiredCategories) {
        return new ArticleView(article.id(), article.kind(), article.status(), article.title(), article.body(),
                MarkdownRenderer.toSafeHtml(article.body()), article.steps(), article.phones(), article.url(),
                article.targetArticleId(), article.tags(), article.problemCodes(), article.categories(),
                retiredProblemCodes, retiredCategories, article.audience(), article.language(), article.revision(),
                article.createdAt(), article.createdBy(), article.updatedAt(), article.updatedBy(),
                article.publishedAt(), article.archivedAt(), feedback, usage, article.version());
    }
}
