package dev.servicedesk.reporting.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Technicians: workload now, orders completed, median resolution time, rating. */
@ApplicationScoped
public class TechnicianKpis {

    static final int LIMIT = 500;

    private final KpiStore store;

    TechnicianKpis(KpiStore store) {
        this.store = store;
    }

    public Map<String, Object> of(KpiQuery query) {
        Map<String, Map<String, Object>> technicians = new LinkedHashMap<>();
        Source workload = Source.current(query, Family.WORKLOAD, Breakdown.TECHNICIAN);
        for (Map<String, Object> row : store.rows("SELECT s.breakdown AS technician, sum(s.n) AS workload FROM "
                + workload.sql() + " s WHERE s.breakdown IS NOT NULL GROUP BY 1", workload.parameters())) {
            technician(technicians, (String) row.get("technician")).put("workload", row.get("workload"));
        }
        Series series = seriesWithMedians(query);
        for (Map<String, Object> row : completed(query, series)) {
            if (row.get("technician") == null) {
                continue;
            }
            Map<String, Object> technician = technician(technicians, (String) row.get("technician"));
            technician.put("completed", row.get("completed"));
            technician.put("resolutionHoursMedian", Histogram.of(row.get("hist")).percentileHours(0.5));
            technician.put("ratings", row.get("ratings"));
            technician.put("ratingMean", row.get("mean"));
        }
        List<Map<String, Object>> list = new ArrayList<>(technicians.values());
        list.sort(Comparator.<Map<String, Object>, BigDecimal>comparing(t -> (BigDecimal) t.get("completed"))
                .thenComparing(t -> (BigDecimal) t.get("workload")).reversed()
                .thenComparing(t -> (String) t.get("technicianId")));
        Map<String, Object> kpis = new LinkedHashMap<>();
        kpis.put("technicians", list.subList(0, Math.min(LIMIT, list.size())));
        kpis.put("series", series.rows());
        return kpis;
    }

    public List<Map<String, Object>> series(KpiQuery query) {
        Series series = seriesWithMedians(query);
        completed(query, series);
        return series.rows();
    }

    private Series seriesWithMedians(KpiQuery query) {
        Series series = new Series(query).column("completed", 0).column("technicians", 0)
                .column("resolutionHoursMedian", null);
        // The completed family's durations are those of orders completed by a technician: the total's histogram.
        Source completed = Source.period(query, Family.COMPLETED, Breakdown.TOTAL);
        List<Map<String, Object>> medians = store.rows("SELECT " + series.period() + " AS period,"
                + " " + Histogram.MERGE + " AS hist FROM " + completed.sql() + " s GROUP BY 1", completed.parameters());
        medians.forEach(row -> row.put("resolutionHoursMedian", Histogram.of(row.remove("hist")).percentileHours(0.5)));
        return series.fill(medians);
    }

    /**
     * The orders completed in the period per technician, and per period of the series (with how many technicians
     * completed them, filled in), in one pass over the per-technician rows: a quarter holds one per technician and day.
     */
    private List<Map<String, Object>> completed(KpiQuery query, Series series) {
        Source byTechnician = Source.period(query, Family.COMPLETED, Breakdown.TECHNICIAN);
        List<Map<String, Object>> rows = store.rows("""
                WITH t AS (SELECT %s AS period, s.breakdown AS technician, sum(s.n) AS completed, %s AS hist,
                    sum(s.rated) AS ratings, sum(s.rating_sum) AS rating_sum
                  FROM %s s WHERE s.breakdown IS NOT NULL GROUP BY 1, 2)
                SELECT NULL::date AS period, technician, sum(completed) AS completed,
                  string_agg(hist, ',') AS hist, COALESCE(sum(ratings), 0) AS ratings,
                  round(sum(rating_sum)::numeric / NULLIF(sum(ratings), 0), 2) AS mean, NULL::bigint AS technicians
                FROM t GROUP BY technician
                UNION ALL
                SELECT period, NULL, sum(completed), NULL, NULL, NULL, count(*) FROM t GROUP BY period"""
                .formatted(series.period(), Histogram.MERGE, byTechnician.sql()), byTechnician.parameters());
        series.fill(rows.stream().filter(row -> row.get("period") != null).toList());
        return rows;
    }

    private static Map<String, Object> technician(Map<String, Map<String, Object>> technicians, String id) {
        return technicians.computeIfAbsent(id, key -> {
            Map<String, Object> technician = new LinkedHashMap<>();
            technician.put("technicianId", key);
            technician.put("workload", BigDecimal.ZERO);
            technician.put("completed", BigDecimal.ZERO);
            technician.put("resolutionHoursMedian", null);
            technician.put("ratings", BigDecimal.ZERO);
            technician.put("ratingMean", null);
            return technician;
        });
    }
}
