package dev.servicedesk.knowledge.search;

import dev.servicedesk.knowledge.article.ArticleKind;
import dev.servicedesk.knowledge.article.Audience;

/** What narrows a search; null means any. */
public record SearchFilter(ArticleKind kind, String tag, String problemCode, String category, Audience audience) {
}
