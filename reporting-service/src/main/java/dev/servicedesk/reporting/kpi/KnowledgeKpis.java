package dev.servicedesk.reporting.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Knowledge: the articles that helped most (agents' feedback, then requests resolved at the first contact with the
 * article, then use) and how many requests were served with an article. Searches without a good answer are not
 * measured: no event carries a search (its text would be free text about a person).
 */
@ApplicationScoped
public class KnowledgeKpis {

    static final int MOST_USEFUL = 20;

    private final KpiStore store;

    KnowledgeKpis(KpiStore store) {
        this.store = store;
    }

    public Map<String, Object> of(KpiQuery query) {
        Map<String, Object> kpis = new LinkedHashMap<>();
        Source feedback = Source.period(query, Family.FEEDBACK, Breakdown.TOTAL);
        Source requests = Source.period(query, Family.REQUESTS, Breakdown.TOTAL);
        kpis.put("totals", store.row("""
                WITH f AS (SELECT COALESCE(sum(n), 0) AS feedback, COALESCE(sum(helpful), 0) AS helpful,
                    COALESCE(sum(not_helpful), 0) AS not_helpful FROM %s s),
                  r AS (SELECT COALESCE(sum(with_article), 0) AS with_article,
                    COALESCE(sum(first_contact_with_article), 0) AS first_contact FROM %s s)
                SELECT f.feedback AS "feedback", f.helpful AS "helpful", f.not_helpful AS "notHelpful",
                  round(100.0 * f.helpful / NULLIF(f.feedback, 0), 1) AS "helpfulSharePct",
                  r.with_article AS "requestsWithArticles",
                  r.first_contact AS "resolvedAtFirstContactWithArticle"
                FROM f, r""".formatted(feedback.sql(), requests.sql()), Source.parameters(feedback, requests)));
        Source byArticle = Source.period(query, Family.FEEDBACK, Breakdown.ARTICLE);
        Source consulted = Source.period(query, Family.CONSULTED, Breakdown.ARTICLE);
        kpis.put("mostUseful", store.rows("""
                WITH fb AS (SELECT s.breakdown AS article, sum(s.helpful) AS helpful, sum(s.not_helpful) AS not_helpful
                    FROM %s s GROUP BY 1),
                  u AS (SELECT s.breakdown AS article, sum(s.n) AS consulted, sum(s.first_contact) AS first_contact
                    FROM %s s GROUP BY 1)
                SELECT article AS "articleId", a.kind AS "kind", a.status AS "status",
                  COALESCE(fb.helpful, 0) AS "helpful", COALESCE(fb.not_helpful, 0) AS "notHelpful",
                  round(100.0 * fb.helpful / NULLIF(fb.helpful + fb.not_helpful, 0), 1) AS "helpfulSharePct",
                  COALESCE(u.consulted, 0) AS "consultedRequests",
                  COALESCE(u.first_contact, 0) AS "resolvedAtFirstContact"
                FROM fb FULL JOIN u USING (article) LEFT JOIN article_fact a ON a.article_id = article::uuid
                ORDER BY COALESCE(fb.helpful, 0) - COALESCE(fb.not_helpful, 0) DESC, 8 DESC, 7 DESC, 1
                LIMIT %d""".formatted(byArticle.sql(), consulted.sql(), MOST_USEFUL),
                Source.parameters(byArticle, consulted)));
        kpis.put("series", series(query));
        return kpis;
    }

    public List<Map<String, Object>> series(KpiQuery query) {
        Series series = new Series(query).column("helpful", 0).column("notHelpful", 0)
                .column("requestsWithArticles", 0).column("resolvedAtFirstContactWithArticle", 0);
        Source feedback = Source.period(query, Family.FEEDBACK, Breakdown.TOTAL);
        series.fill(store.rows("SELECT " + series.period() + " AS period, COALESCE(sum(helpful), 0) AS \"helpful\","
                + " COALESCE(sum(not_helpful), 0) AS \"notHelpful\" FROM " + feedback.sql() + " s GROUP BY 1",
                feedback.parameters()));
        Source requests = Source.period(query, Family.REQUESTS, Breakdown.TOTAL);
        series.fill(store.rows("SELECT " + series.period() + " AS period, COALESCE(sum(with_article), 0)"
                + " AS \"requestsWithArticles\", COALESCE(sum(first_contact_with_article), 0)"
                + " AS \"resolvedAtFirstContactWithArticle\" FROM " + requests.sql() + " s GROUP BY 1",
                requests.parameters()));
        return series.rows();
    }
}
