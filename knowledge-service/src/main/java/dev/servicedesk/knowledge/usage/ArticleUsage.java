package dev.servicedesk.knowledge.usage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Which requests consulted which articles, kept from intake's events. */
@ApplicationScoped
public class ArticleUsage {

    private final EntityManager entityManager;

    ArticleUsage(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void consulted(UUID requestId, List<UUID> articleIds, boolean answered, boolean resolved, Instant at) {
        for (UUID articleId : articleIds) {
            entityManager.createNativeQuery("""
                            INSERT INTO article_usage (article_id, request_id, answered, resolved, first_seen_at)
                            VALUES (:article, :request, :answered, :resolved, :at)
                            ON CONFLICT (article_id, request_id) DO UPDATE
                            SET answered = article_usage.answered OR excluded.answered,
                                resolved = article_usage.resolved OR excluded.resolved""")
                    .setParameter("article", articleId).setParameter("request", requestId)
                    .setParameter("answered", answered).setParameter("resolved", resolved && answered)
                    .setParameter("at", at)
                    .executeUpdate();
        }
    }

    void resolvedAtFirstContact(UUID requestId) {
        entityManager.createNativeQuery("UPDATE article_usage SET resolved = true WHERE request_id = :request AND answered")
                .setParameter("request", requestId).executeUpdate();
    }

    public UsageCounts of(UUID articleId) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        SELECT count(*), count(*) FILTER (WHERE answered), count(*) FILTER (WHERE resolved)
                        FROM article_usage WHERE article_id = :article""")
                .setParameter("article", articleId).getSingleResult();
        return new UsageCounts(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue());
    }
}
