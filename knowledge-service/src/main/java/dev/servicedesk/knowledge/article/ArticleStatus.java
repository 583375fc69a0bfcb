package dev.servicedesk.knowledge.article;

/** The editorial life of an article: only published articles are read by agents, technicians and partners. */
public enum ArticleStatus {
    DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED
}
