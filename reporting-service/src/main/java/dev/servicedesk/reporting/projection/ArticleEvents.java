package dev.servicedesk.reporting.projection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** This service's copies of knowledge-service's article events: only the fields the projections read. */
public final class ArticleEvents {

    private ArticleEvents() {
    }

    public record ArticlePublished(@NotNull UUID articleId, @NotBlank String kind, @NotBlank String audience,
            long version, @NotNull Instant occurredAt) {
    }

    public record ArticleRevised(@NotNull UUID articleId, @NotBlank String status, @NotBlank String audience,
            long version) {
    }

    public record ArticleArchived(@NotNull UUID articleId, long version, @NotNull Instant occurredAt) {
    }

    public record ArticleFeedbackGiven(@NotNull UUID articleId, @NotNull UUID requestId, boolean helpful,
            @NotNull Instant occurredAt) {
    }
}
