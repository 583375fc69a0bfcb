package dev.servicedesk.reporting.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Technicians: workload now, orders completed, median resolution time, rating. */
@ApplicationScoped
public class TechnicianKpis {

    private final KpiStore store;

    TechnicianKpis(KpiStore store) {
        this.store = store;
    }

    public Map<String, Object> of(KpiQuery query) {
        Sql completed = Sql.orders(query).within("o.completed_at", query).and("o.technician_id IS NOT NULL");
        Sql workload = Sql.orders(query).and("o.technician_id IS NOT NULL")
                .and("o.status NOT IN ('COMPLETED', 'CLOSED', 'CANCELLED')");
        List<Object> parameters = new ArrayList<>(completed.parameters());
        parameters.addAll(workload.parameters());
        Map<String, Object> kpis = new LinkedHashMap<>();
        kpis.put("technicians", store.rows("""
                WITH done AS (
                  SELECT o.technician_id, count(*) AS completed,
                    round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM o.completed_at
                      - o.opened_at) / 3600))::numeric, 2) AS median_hours,
                    count(o.rating) AS ratings, round(avg(o.rating), 2) AS rating
                  FROM order_fact o WHERE %s GROUP BY 1),
                load AS (SELECT o.technician_id, count(*) AS workload FROM order_fact o WHERE %s GROUP BY 1)
                SELECT technician_id AS "technicianId", COALESCE(load.workload, 0) AS "workload",
                  COALESCE(done.completed, 0) AS "completed", done.median_hours AS "resolutionHoursMedian",
                  COALESCE(done.ratings, 0) AS "ratings", done.rating AS "ratingMean"
                FROM done FULL JOIN load USING (technician_id)
                ORDER BY 3 DESC, 2 DESC, 1 LIMIT 500""".formatted(completed.where(), workload.where()), parameters));
        kpis.put("series", series(query));
        return kpis;
    }

    public List<Map<String, Object>> series(KpiQuery query) {
        Series series = new Series(query);
        Sql completed = Sql.orders(query).within("o.completed_at", query).and("o.technician_id IS NOT NULL");
        series.metric("""
                SELECT %s AS period, count(*) AS n, count(DISTINCT o.technician_id) AS technicians,
                  round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM o.completed_at - o.opened_at)
                    / 3600))::numeric, 2) AS p50
                FROM order_fact o WHERE %s GROUP BY 1""".formatted(series.bucket("o.completed_at"),
                completed.where()), completed.parameters(), "COALESCE($n, 0) AS \"completed\"",
                "COALESCE($technicians, 0) AS \"technicians\"", "$p50 AS \"resolutionHoursMedian\"");
        return store.rows(series.sql(), series.parameters());
    }
}
