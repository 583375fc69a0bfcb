package dev.servicedesk.knowledge.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An article became readable by agents (and by partners, when public). */
public record ArticlePublished(UUID articleId, ArticleKind kind, Audience audience, String language,
        List<String> problemCodes, List<String> categories, List<String> tags, int revision, long version,
        Instant occurredAt) implements ArticleEvent {

    @Override
    public String aggregateId() {
        return articleId.toString();
    }
}
