package dev.servicedesk.knowledge.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;


/** A published article's content changed: edited, or restored from an older revision ({@code restoredFrom}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleRevised(UUID articleId, ArticleStatus status, Audience audience, int revision,
        Integer restoredFrom, long version, Instant occurredAt) implements ArticleEvent {

    @Override
    public String aggregateId() {
        return articleId.toString();
    }
}
