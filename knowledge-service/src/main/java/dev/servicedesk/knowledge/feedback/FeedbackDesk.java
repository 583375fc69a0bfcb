package dev.servicedesk.knowledge.feedback;

import dev.servicedesk.knowledge.article.Article;
import dev.servicedesk.knowledge.article.ArticleStatus;
import dev.servicedesk.platform.outbox.Outbox;
import dev.servicedesk.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Feedback on published articles, one per article and request, and the counts every article shows. */
@ApplicationScoped
public class FeedbackDesk {

    static final String ALREADY_GIVEN = "feedback-already-given";
    static final String NOT_PUBLISHED = "article-not-published";

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Clock clock;

    FeedbackDesk(EntityManager entityManager, Outbox outbox, Clock clock) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Runs in the caller's transaction, on an article the caller may read. */
    public Feedback give(Article article, UUID requestId, boolean helpful, String comment, String author) {
        if (article.status() != ArticleStatus.PUBLISHED) {
            throw ProblemException.conflict(NOT_PUBLISHED, "Article not published",
                    "Feedback is given on published articles; this one is " + article.status() + ".");
        }
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "knowledge.feedback." + article.id() + "." + requestId).getSingleResult();
        boolean given = !entityManager.createQuery("""
                        SELECT f.id FROM Feedback f WHERE f.articleId = :article AND f.requestId = :request""")
                .setParameter("article", article.id()).setParameter("request", requestId).getResultList().isEmpty();
        if (given) {
            throw ProblemException.conflict(ALREADY_GIVEN, "Feedback already given",
                    "This article already has feedback for request " + requestId + ".");
        }
        Feedback feedback = new Feedback(article.id(), requestId, helpful, comment, author, clock.instant());
        entityManager.persist(feedback);
        outbox.record(feedback.given(article.version()));
        return feedback;
    }

    public List<Feedback> of(UUID articleId) {
        return entityManager.createQuery("SELECT f FROM Feedback f WHERE f.articleId = :article ORDER BY f.givenAt DESC",
                Feedback.class).setParameter("article", articleId).getResultList();
    }

    public FeedbackCounts counts(UUID articleId) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        SELECT count(*) FILTER (WHERE helpful), count(*) FILTER (WHERE NOT helpful)
                        FROM article_feedback WHERE article_id = :article""")
                .setParameter("article", articleId).getSingleResult();
        return new FeedbackCounts(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
}
