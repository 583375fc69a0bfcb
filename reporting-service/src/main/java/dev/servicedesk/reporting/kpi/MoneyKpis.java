package dev.servicedesk.reporting.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Money (BRL), over the orders completed in the period: estimated vs final, parts, revenue per category. */
@ApplicationScoped
public class MoneyKpis {

    private final KpiStore store;

    MoneyKpis(KpiStore store) {
        this.store = store;
    }

    public Map<String, Object> of(KpiQuery query) {
        Source completed = Source.period(query, Family.COMPLETED, Breakdown.TOTAL);
        Map<String, Object> kpis = new LinkedHashMap<>();
        kpis.put("totals", store.row("""
                SELECT COALESCE(sum(n), 0) AS "completed", COALESCE(sum(estimated), 0) AS "estimated",
                  COALESCE(sum(final), 0) AS "final",
                  COALESCE(sum(final), 0) - COALESCE(sum(estimated), 0) AS "finalMinusEstimated",
                  COALESCE(sum(labour), 0) AS "labour", COALESCE(sum(parts), 0) AS "parts",
                  COALESCE(sum(equipment), 0) AS "equipment", COALESCE(sum(discount), 0) AS "discount",
                  'BRL' AS "currency"
                FROM %s s""".formatted(completed.sql()), completed.parameters()));
        Source byCategory = Source.period(query, Family.COMPLETED, Breakdown.CATEGORY);
        kpis.put("revenueByCategory", store.rows("""
                SELECT s.breakdown AS "category", sum(s.n) AS "orders", COALESCE(sum(s.final), 0) AS "revenue"
                FROM %s s GROUP BY 1 ORDER BY 3 DESC, 1""".formatted(byCategory.sql()), byCategory.parameters()));
        kpis.put("series", series(query));
        return kpis;
    }

    public List<Map<String, Object>> series(KpiQuery query) {
        Series series = new Series(query).column("estimated", 0).column("final", 0).column("parts", 0);
        Source completed = Source.period(query, Family.COMPLETED, Breakdown.TOTAL);
        series.fill(store.rows("""
                SELECT %s AS period, COALESCE(sum(estimated), 0) AS "estimated", COALESCE(sum(final), 0) AS "final",
                  COALESCE(sum(parts), 0) AS "parts" FROM %s s GROUP BY 1"""
                .formatted(series.period(), completed.sql()), completed.parameters()));
        return series.rows();
    }
}
