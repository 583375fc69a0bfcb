package dev.servicedesk.knowledge.usage;

import dev.servicedesk.knowledge.article.ArticleKind;
import dev.servicedesk.knowledge.article.Audience;
import dev.servicedesk.platform.http.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.UUID;

/** The supervisors' lists of published articles: the most useful, the never used, the often not helpful. */
@ApplicationScoped
public class ArticleInsights {

    private static final String SELECT = """
            WITH f AS (SELECT article_id, count(*) FILTER (WHERE helpful) AS helpful,
                              count(*) FILTER (WHERE NOT helpful) AS not_helpful
                       FROM article_feedback GROUP BY article_id),
                 u AS (SELECT article_id, count(*) AS consulted, count(*) FILTER (WHERE answered) AS answered,
                              count(*) FILTER (WHERE resolved) AS resolved
                       FROM article_usage GROUP BY article_id)
            SELECT a.id, a.title, a.kind, a.audience, coalesce(f.helpful, 0), coalesce(f.not_helpful, 0),
                   coalesce(u.consulted, 0), coalesce(u.answered, 0), coalesce(u.resolved, 0), count(*) OVER ()
            FROM article a LEFT JOIN f ON f.article_id = a.id LEFT JOIN u ON u.article_id = a.id
            WHERE a.status = 'PUBLISHED'
            """;

    private final EntityManager entityManager;

    ArticleInsights(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Most helpful first (helpful minus not helpful), then most resolutions at first contact, then most consulted. */
    public Page<ArticleInsight> mostUseful(int page, int size) {
        return page(entityManager.createNativeQuery(SELECT + """
                ORDER BY coalesce(f.helpful, 0) - coalesce(f.not_helpful, 0) DESC, coalesce(u.resolved, 0) DESC,
                         coalesce(u.consulted, 0) DESC, a.title, a.id"""), page, size);
    }

    /** Published, yet never consulted for a request nor given feedback: oldest publication first. */
    public Page<ArticleInsight> neverUsed(int page, int size) {
        return page(entityManager.createNativeQuery(SELECT + """
                AND u.article_id IS NULL AND f.article_id IS NULL
                ORDER BY a.published_at, a.id"""), page, size);
    }

    /** At least {@code minFeedback} opinions, of which at least {@code share} say "not helpful"; worst first. */
    public Page<ArticleInsight> oftenNotHelpful(int minFeedback, double share, int page, int size) {
        return page(entityManager.createNativeQuery(SELECT + """
                        AND coalesce(f.helpful, 0) + coalesce(f.not_helpful, 0) >= :min
                        AND coalesce(f.not_helpful, 0) >= :share * (coalesce(f.helpful, 0) + coalesce(f.not_helpful, 0))
                        ORDER BY coalesce(f.not_helpful, 0)::float
                                 / (coalesce(f.helpful, 0) + coalesce(f.not_helpful, 0)) DESC,
                                 coalesce(f.not_helpful, 0) DESC, a.id""")
                .setParameter("min", minFeedback).setParameter("share", share), page, size);
    }

    @SuppressWarnings("unchecked")
    private static Page<ArticleInsight> page(Query query, int page, int size) {
        List<Object[]> rows = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[9]).longValue();
        return new Page<>(rows.stream().map(ArticleInsights::insight).toList(), page, size, total);
    }

    private static ArticleInsight insight(Object[] row) {
        long answered = ((Number) row[7]).longValue();
        long resolved = ((Number) row[8]).longValue();
        return new ArticleInsight((UUID) row[0], (String) row[1], ArticleKind.valueOf((String) row[2]),
                Audience.valueOf((String) row[3]), ((Number) row[4]).longValue(), ((Number) row[5]).longValue(),
                ((Number) row[6]).longValue(), answered, resolved, answered == 0 ? null : (double) resolved / answered);
    }
}
