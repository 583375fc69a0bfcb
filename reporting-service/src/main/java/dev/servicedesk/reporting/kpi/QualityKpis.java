package dev.servicedesk.reporting.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Quality: satisfaction (mean, 0-10 distribution, NPS), recurring problems, warranty rework, top codes and causes. */
@ApplicationScoped
public class QualityKpis {

    static final String NPS = "round(100.0 * (count(*) FILTER (WHERE o.rating >= 9) - count(*) FILTER (WHERE o.rating"
            + " <= 6)) / NULLIF(count(*), 0), 1)";

    private final KpiStore store;

    QualityKpis(KpiStore store) {
        this.store = store;
    }

    public Map<String, Object> of(KpiQuery query) {
        Map<String, Object> kpis = new LinkedHashMap<>();
        Sql rated = Sql.orders(query).within("o.rated_at", query).and("o.rating IS NOT NULL");
        Map<String, Object> satisfaction = store.row("""
                SELECT count(*) AS "ratings", round(avg(o.rating), 2) AS "mean",
                  count(*) FILTER (WHERE o.rating >= 9) AS "promoters",
                  count(*) FILTER (WHERE o.rating BETWEEN 7 AND 8) AS "passives",
                  count(*) FILTER (WHERE o.rating <= 6) AS "detractors", %s AS "nps"
                FROM order_fact o WHERE %s""".formatted(NPS, rated.where()), rated.parameters());
        satisfaction.put("distribution", store.rows("""
                SELECT s.rating AS "rating", COALESCE(c.n, 0) AS "orders"
                FROM generate_series(0, 10) AS s(rating)
                LEFT JOIN (SELECT o.rating, count(*) AS n FROM order_fact o WHERE %s GROUP BY 1) c USING (rating)
                ORDER BY 1""".formatted(rated.where()), rated.parameters()));
        kpis.put("satisfaction", satisfaction);

        Sql completed = Sql.orders(query).within("o.completed_at", query);
        kpis.put("recurring", store.row("""
                SELECT count(*) AS "completed", count(*) FILTER (WHERE o.recurring) AS "recurring",
                  round(100.0 * count(*) FILTER (WHERE o.recurring) / NULLIF(count(*), 0), 1) AS "recurringPct"
                FROM order_fact o WHERE %s""".formatted(completed.where()), completed.parameters()));
        Sql opened = Sql.orders(query).within("o.opened_at", query);
        kpis.put("warrantyRework", store.row("""
                SELECT count(*) AS "opened", count(*) FILTER (WHERE o.rework) AS "rework",
                  round(100.0 * count(*) FILTER (WHERE o.rework) / NULLIF(count(*), 0), 1) AS "reworkRatePct"
                FROM order_fact o WHERE %s""".formatted(opened.where()), opened.parameters()));
        kpis.put("topProblemCodes", store.rows("""
                SELECT o.problem_code AS "problemCode", p.name AS "name", count(*) AS "orders",
                  count(*) FILTER (WHERE o.recurring) AS "recurring"
                FROM order_fact o LEFT JOIN problem_code p ON p.code = o.problem_code WHERE %s
                GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 10""".formatted(opened.where()), opened.parameters()));
        kpis.put("topCauses", store.rows("""
                SELECT o.cause_category AS "cause", count(*) AS "orders" FROM order_fact o WHERE %s
                GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10""".formatted(completed.where()), completed.parameters()));
        kpis.put("series", series(query));
        return kpis;
    }

    public List<Map<String, Object>> series(KpiQuery query) {
        Series series = new Series(query);
        Sql rated = Sql.orders(query).within("o.rated_at", query).and("o.rating IS NOT NULL");
        series.metric("SELECT " + series.bucket("o.rated_at") + " AS period, count(*) AS n, round(avg(o.rating), 2)"
                + " AS mean, " + NPS + " AS nps FROM order_fact o WHERE " + rated.where() + " GROUP BY 1",
                rated.parameters(), "COALESCE($n, 0) AS \"ratings\"", "$mean AS \"satisfactionMean\"",
                "$nps AS \"nps\"");
        Sql completed = Sql.orders(query).within("o.completed_at", query);
        series.metric("SELECT " + series.bucket("o.completed_at") + " AS period, count(*) AS n,"
                + " count(*) FILTER (WHERE o.recurring) AS recurring FROM order_fact o WHERE " + completed.where()
                + " GROUP BY 1", completed.parameters(), "COALESCE($n, 0) AS \"completed\"",
                "COALESCE($recurring, 0) AS \"recurring\"");
        return store.rows(series.sql(), series.parameters());
    }
}
