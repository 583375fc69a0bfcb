package dev.servicedesk.knowledge.article;

import dev.servicedesk.platform.outbox.DomainEvent;

/**
 * An event of an article, on servicedesk.articles.v1 keyed by the article's id. Ids, codes and flags only: no title,
 * no text, nothing personal.
 */
public interface ArticleEvent extends DomainEvent {

    long version();

    @Override
    default String aggregateType() {
        return "article";
    }

    @Override
    default long aggregateVersion() {
        return version();
    }
}
