package dev.servicedesk.knowledge.feedback;

import dev.servicedesk.knowledge.article.ArticleEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * An agent said whether an article helped with a request. No comment and no name: the comment stays in the service.
 * {@code version} is the article's version the feedback was given on; feedback does not change the article.
 */
public record ArticleFeedbackGiven(UUID articleId, UUID requestId, boolean helpful, long version, Instant occurredAt)
        implements ArticleEvent {

    @Override
    public String aggregateId() {
        return articleId.toString();
    }
}
