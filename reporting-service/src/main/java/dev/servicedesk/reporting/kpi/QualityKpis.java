package dev.servicedesk.reporting.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Quality: satisfaction (mean, 0-10 distribution, NPS), recurring problems, warranty rework, top codes and causes. */
@ApplicationScoped
public class QualityKpis {

    static final String NPS = "round(100.0 * (sum(promoters) - sum(detractors)) / NULLIF(sum(n), 0), 1)";

    private final KpiStore store;

    QualityKpis(KpiStore store) {
        this.store = store;
    }

    public Map<String, Object> of(KpiQuery query) {
        Map<String, Object> kpis = new LinkedHashMap<>();
        Source rated = Source.period(query, Family.RATED, Breakdown.TOTAL);
        Map<String, Object> satisfaction = store.row("""
                SELECT COALESCE(sum(n), 0) AS "ratings",
                  round(sum(rating_sum)::numeric / NULLIF(sum(n), 0), 2) AS "mean",
                  COALESCE(sum(promoters), 0) AS "promoters", COALESCE(sum(passives), 0) AS "passives",
                  COALESCE(sum(detractors), 0) AS "detractors", %s AS "nps"
                FROM %s s""".formatted(NPS, rated.sql()), rated.parameters());
        Source ratings = Source.period(query, Family.RATED, Breakdown.RATING);
        satisfaction.put("distribution", store.rows("""
                SELECT g.rating AS "rating", COALESCE(c.n, 0) AS "orders"
                FROM generate_series(0, 10) AS g(rating)
                LEFT JOIN (SELECT s.breakdown::int AS rating, sum(s.n) AS n FROM %s s GROUP BY 1) c USING (rating)
                ORDER BY 1""".formatted(ratings.sql()), ratings.parameters()));
        kpis.put("satisfaction", satisfaction);

        Source completed = Source.period(query, Family.COMPLETED, Breakdown.TOTAL);
        kpis.put("recurring", store.row("""
                SELECT COALESCE(sum(n), 0) AS "completed", COALESCE(sum(recurring), 0) AS "recurring",
                  round(100.0 * sum(recurring) / NULLIF(sum(n), 0), 1) AS "recurringPct"
                FROM %s s""".formatted(completed.sql()), completed.parameters()));
        Source opened = Source.period(query, Family.OPENED, Breakdown.TOTAL);
        kpis.put("warrantyRework", store.row("""
                SELECT COALESCE(sum(n), 0) AS "opened", COALESCE(sum(rework), 0) AS "rework",
                  round(100.0 * sum(rework) / NULLIF(sum(n), 0), 1) AS "reworkRatePct"
                FROM %s s""".formatted(opened.sql()), opened.parameters()));
        Source byCode = Source.period(query, Family.OPENED, Breakdown.PROBLEM_CODE);
        kpis.put("topProblemCodes", store.rows("""
                SELECT s.breakdown AS "problemCode", p.name AS "name", sum(s.n) AS "orders",
                  COALESCE(sum(s.recurring), 0) AS "recurring"
                FROM %s s LEFT JOIN problem_code p ON p.code = s.breakdown
                GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 10""".formatted(byCode.sql()), byCode.parameters()));
        Source byCause = Source.period(query, Family.COMPLETED, Breakdown.CAUSE);
        kpis.put("topCauses", store.rows("""
                SELECT s.breakdown AS "cause", sum(s.n) AS "orders" FROM %s s
                GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10""".formatted(byCause.sql()), byCause.parameters()));
        kpis.put("series", series(query));
        return kpis;
    }

    public List<Map<String, Object>> series(KpiQuery query) {
        Series series = new Series(query).column("ratings", 0).column("satisfactionMean", null).column("nps", null)
                .column("completed", 0).column("recurring", 0);
        Source rated = Source.period(query, Family.RATED, Breakdown.TOTAL);
        series.fill(store.rows("SELECT " + series.period() + " AS period, sum(n) AS \"ratings\","
                + " round(sum(rating_sum)::numeric / sum(n), 2) AS \"satisfactionMean\", " + NPS + " AS \"nps\" FROM "
                + rated.sql() + " s GROUP BY 1", rated.parameters()));
        Source completed = Source.period(query, Family.COMPLETED, Breakdown.TOTAL);
        series.fill(store.rows("SELECT " + series.period() + " AS period, sum(n) AS \"completed\","
                + " COALESCE(sum(recurring), 0) AS \"recurring\" FROM " + completed.sql() + " s GROUP BY 1",
                completed.parameters()));
        return series.rows();
    }
}
