package dev.servicedesk.knowledge.article;

import java.time.Instant;
import java.util.UUID;

/** An article was withdrawn: nobody but its editors reads it any more. */
public record ArticleArchived(UUID articleId, int revision, long version, Instant occurredAt) implements ArticleEvent {

    @Override
    public String aggregateId() {
        return articleId.toString();
    }
}
