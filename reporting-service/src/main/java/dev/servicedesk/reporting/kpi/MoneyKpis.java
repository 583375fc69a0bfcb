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
        Sql completed = Sql.orders(query).within("o.completed_at", query);
        Map<String, Object> kpis = new LinkedHashMap<>();
        kpis.put("totals", store.row("""
                SELECT count(*) AS "completed", COALESCE(sum(o.amount_estimated), 0) AS "estimated",
                  COALESCE(sum(o.amount_total), 0) AS "final",
                  COALESCE(sum(o.amount_total), 0) - COALESCE(sum(o.amount_estimated), 0) AS "finalMinusEstimated",
                  COALESCE(sum(o.amount_labour), 0) AS "labour", COALESCE(sum(o.amount_parts), 0) AS "parts",
                  COALESCE(sum(o.amount_equipment), 0) AS "equipment",
                  COALESCE(sum(o.amount_discount), 0) AS "discount", 'BRL' AS "currency"
                FROM order_fact o WHERE %s""".formatted(completed.where()), completed.parameters()));
        kpis.put("revenueByCategory", store.rows("""
                SELECT o.category_code AS "category", count(*) AS "orders", COALESCE(sum(o.amount_total), 0) AS "revenue"
                FROM order_fact o WHERE %s GROUP BY 1 ORDER BY 3 DESC, 1""".formatted(completed.where()),
                completed.parameters()));
        kpis.put("series", series(query));
        return kpis;
    }

    public List<Map<String, Object>> series(KpiQuery query) {
        Series series = new Series(query);
        Sql completed = Sql.orders(query).within("o.completed_at", query);
        series.metric("""
                SELECT %s AS period, sum(o.amount_estimated) AS estimated, sum(o.amount_total) AS final,
                  sum(o.amount_parts) AS parts FROM order_fact o WHERE %s GROUP BY 1"""
                .formatted(series.bucket("o.completed_at"), completed.where()), completed.parameters(),
                "COALESCE($estimated, 0) AS \"estimated\"", "COALESCE($final, 0) AS \"final\"",
                "COALESCE($parts, 0) AS \"parts\"");
        return store.rows(series.sql(), series.parameters());
    }
}
