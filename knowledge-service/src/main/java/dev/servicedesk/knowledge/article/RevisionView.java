package dev.servicedesk.knowledge.article;

import java.time.Instant;

/** One revision: the change, who made it and when, and the whole content after it. */
public record RevisionView(int number, ArticleRevision.Change change, ArticleStatus status, Integer restoredFrom,
        String author, Instant createdAt, ArticleContent content) {

    static RevisionView of(ArticleRevision revision) {
        return new RevisionView(revision.number(), revision.change(), revision.status(), revision.restoredFrom(),
                revision.author(), revision.createdAt(), revision.snapshot());
    }
}
