package dev.servicedesk.reporting.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders: opened, closed, cancelled; backlog by status and age; resolution time; SLA compliance; holds; estimates.
 */
@ApplicationScoped
public class OrderKpis {

    /** Backlog ages: each bucket up to (not including) its bound. */
    private static final Map<String, Duration> AGES = new LinkedHashMap<>();

    static {
        AGES.put("0-1d", Duration.ofDays(1));
        AGES.put("1-3d", Duration.ofDays(3));
        AGES.put("3-7d", Duration.ofDays(7));
        AGES.put("7-30d", Duration.ofDays(30));
        AGES.put("30d+", null);
    }

    private final KpiStore store;
    private final Clock clock;

    OrderKpis(KpiStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Map<String, Object> of(KpiQuery query) {
        Map<String, Object> kpis = new LinkedHashMap<>();
        Source opened = Source.period(query, Family.OPENED, Breakdown.TOTAL);
        Source closed = Source.period(query, Family.CLOSED, Breakdown.TOTAL);
        Source cancelled = Source.period(query, Family.CANCELLED, Breakdown.TOTAL);
        kpis.put("totals", store.row("""
                SELECT (SELECT COALESCE(sum(n), 0) FROM %s s) AS "opened",
                  (SELECT COALESCE(sum(n), 0) FROM %s s) AS "closed",
                  (SELECT COALESCE(sum(n), 0) FROM %s s) AS "cancelled\"""".formatted(opened.sql(), closed.sql(),
                cancelled.sql()), Source.parameters(opened, closed, cancelled)));

        Map<String, Object> backlog = new LinkedHashMap<>();
        Source byStatus = Source.current(query, Family.BACKLOG, Breakdown.STATUS);
        List<Map<String, Object>> statuses = store.rows("SELECT s.breakdown AS \"status\", sum(s.n) AS \"orders\""
                + " FROM " + byStatus.sql() + " s GROUP BY 1 ORDER BY 1", byStatus.parameters());
        backlog.put("total", statuses.stream().map(row -> (BigDecimal) row.get("orders"))
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        backlog.put("byStatus", statuses);
        backlog.put("byAge", backlogByAge(query, clock.instant()));
        kpis.put("backlog", backlog);

        kpis.put("resolutionHours", resolutionHours(query));

        Source completed = Source.period(query, Family.COMPLETED, Breakdown.TOTAL);
        kpis.put("sla", store.row("""
                SELECT COALESCE(sum(response_measured), 0) AS "responseMeasured",
                  COALESCE(sum(response_on_time), 0) AS "responseOnTime",
                  round(100.0 * sum(response_on_time) / NULLIF(sum(response_measured), 0), 1)
                    AS "responseCompliancePct",
                  COALESCE(sum(resolution_measured), 0) AS "resolutionMeasured",
                  COALESCE(sum(resolution_on_time), 0) AS "resolutionOnTime",
                  round(100.0 * sum(resolution_on_time) / NULLIF(sum(resolution_measured), 0), 1)
                    AS "resolutionCompliancePct"
                FROM %s s""".formatted(completed.sql()), completed.parameters()));

        Source holds = Source.period(query, Family.HOLDS, Breakdown.REASON);
        Source onHold = Source.current(query, Family.ON_HOLD, Breakdown.REASON);
        Map<String, Object> holdKpis = new LinkedHashMap<>();
        holdKpis.put("finished", store.rows("""
                SELECT s.breakdown AS "reason", sum(s.n) AS "holds", round(sum(s.seconds) / 3600.0, 2) AS "hours",
                  round(sum(s.seconds) / sum(s.n) / 3600.0, 2) AS "meanHours"
                FROM %s s GROUP BY 1 ORDER BY 1""".formatted(holds.sql()), holds.parameters()));
        holdKpis.put("onHoldNow", store.rows("SELECT s.breakdown AS \"reason\", sum(s.n) AS \"orders\" FROM "
                + onHold.sql() + " s GROUP BY 1 ORDER BY 1", onHold.parameters()));
        kpis.put("holds", holdKpis);

        Source estimates = Source.period(query, Family.ESTIMATES, Breakdown.TOTAL);
        Map<String, Object> estimateKpis = store.row("""
                SELECT COALESCE(sum(n), 0) AS "issued", COALESCE(sum(approved), 0) AS "approved",
                  COALESCE(sum(rejected), 0) AS "rejected",
                  round(100.0 * sum(approved) / NULLIF(sum(approved) + sum(rejected), 0), 1) AS "approvalRatePct",
                  round(sum(seconds) / NULLIF(sum(measured), 0) / 3600, 2) AS "hoursToApproveMean", %s AS hist
                FROM %s s""".formatted(Histogram.MERGE, estimates.sql()), estimates.parameters());
        estimateKpis.put("hoursToApproveMedian", Histogram.of(estimateKpis.remove("hist")).percentileHours(0.5));
        kpis.put("estimates", estimateKpis);
        kpis.put("series", series(query));
        return kpis;
    }

    public List<Map<String, Object>> series(KpiQuery query) {
        Series series = new Series(query).column("opened", 0).column("closed", 0).column("resolutionHoursMedian", null)
                .column("resolutionHoursP90", null).column("cancelled", 0).column("responseCompliancePct", null)
                .column("resolutionCompliancePct", null);
        Source opened = Source.period(query, Family.OPENED, Breakdown.TOTAL);
        series.fill(store.rows("SELECT " + series.period() + " AS period, sum(n) AS \"opened\" FROM " + opened.sql()
                + " s GROUP BY 1", opened.parameters()));
        Source closed = Source.period(query, Family.CLOSED, Breakdown.TOTAL);
        List<Map<String, Object>> closings = store.rows("SELECT " + series.period() + " AS period, sum(n) AS"
                + " \"closed\", " + Histogram.MERGE + " AS hist FROM " + closed.sql() + " s GROUP BY 1",
                closed.parameters());
        for (Map<String, Object> row : closings) {
            Histogram hours = Histogram.of(row.remove("hist"));
            row.put("resolutionHoursMedian", hours.percentileHours(0.5));
            row.put("resolutionHoursP90", hours.percentileHours(0.9));
        }
        series.fill(closings);
        Source cancelled = Source.period(query, Family.CANCELLED, Breakdown.TOTAL);
        series.fill(store.rows("SELECT " + series.period() + " AS period, sum(n) AS \"cancelled\" FROM "
                + cancelled.sql() + " s GROUP BY 1", cancelled.parameters()));
        Source completed = Source.period(query, Family.COMPLETED, Breakdown.TOTAL);
        series.fill(store.rows("""
                SELECT %s AS period,
                  round(100.0 * sum(response_on_time) / NULLIF(sum(response_measured), 0), 1)
                    AS "responseCompliancePct",
                  round(100.0 * sum(resolution_on_time) / NULLIF(sum(resolution_measured), 0), 1)
                    AS "resolutionCompliancePct"
                FROM %s s GROUP BY 1""".formatted(series.period(), completed.sql()), completed.parameters()));
        return series.rows();
    }

    private Map<String, Object> resolutionHours(KpiQuery query) {
        Map<String, Object> hours = new LinkedHashMap<>();
        Map<String, Object> opening = durations(Source.period(query, Family.CLOSED, Breakdown.TOTAL));
        Map<String, Object> request = durations(Source.period(query, Family.CLOSED_FROM_REQUEST, Breakdown.TOTAL));
        hours.put("closed", opening.get("n"));
        hours.put("openingToClosingMean", opening.get("mean"));
        hours.put("openingToClosingMedian", opening.get("median"));
        hours.put("openingToClosingP90", opening.get("p90"));
        hours.put("requestToClosingMean", request.get("mean"));
        hours.put("requestToClosingMedian", request.get("median"));
        hours.put("requestToClosingP90", request.get("p90"));
        return hours;
    }

    private Map<String, Object> durations(Source source) {
        Map<String, Object> row = store.row("SELECT COALESCE(sum(n), 0) AS n, round(sum(seconds)"
                + " / NULLIF(sum(measured), 0) / 3600, 2) AS mean, " + Histogram.MERGE + " AS hist FROM " + source.sql()
                + " s", source.parameters());
        Histogram histogram = Histogram.of(row.remove("hist"));
        row.put("median", histogram.percentileHours(0.5));
        row.put("p90", histogram.percentileHours(0.9));
        return row;
    }

    /**
     * Open orders by age now. A day of openings lies in one age bucket unless a bucket's bound falls inside it (at
     * most four days): those come from the rows with their exact opening instant, the others from the rollup.
     */
    private List<Map<String, Object>> backlogByAge(KpiQuery query, Instant now) {
        List<LocalDate> straddling = new ArrayList<>();
        for (Duration bound : AGES.values()) {
            if (bound != null) {
                straddling.add(LocalDate.ofInstant(now.minus(bound), KpiQuery.ZONE));
            }
        }
        Map<String, BigDecimal> counts = new LinkedHashMap<>();
        AGES.keySet().forEach(age -> counts.put(age, BigDecimal.ZERO));
        Source byDay = Source.current(query, Family.BACKLOG_AGE, Breakdown.TOTAL);
        for (Map<String, Object> day : store.rows("SELECT s.day, sum(s.n) AS n FROM " + byDay.sql() + " s"
                + " WHERE s.day NOT IN (?, ?, ?, ?) GROUP BY 1", Source.parameters(byDay, straddling.get(0),
                straddling.get(1), straddling.get(2), straddling.get(3)))) {
            Instant start = ((LocalDate) day.get("day")).atStartOfDay(KpiQuery.ZONE).toInstant();
            counts.merge(age(Duration.between(start, now)), (BigDecimal) day.get("n"), BigDecimal::add);
        }
        Source exact = Source.facts(query, Family.BACKLOG_AGE, Breakdown.TOTAL, "f.day IN (?, ?, ?, ?)",
                straddling.toArray());
        for (Map<String, Object> row : store.rows("SELECT extract(epoch FROM ?::timestamptz - s.at) AS seconds FROM "
                + exact.sql() + " s", Source.parameters(RequestKpis.utc(now), exact))) {
            long seconds = ((BigDecimal) row.get("seconds")).longValue();
            counts.merge(age(Duration.ofSeconds(seconds)), BigDecimal.ONE, BigDecimal::add);
        }
        List<Map<String, Object>> byAge = new ArrayList<>();
        counts.forEach((age, orders) -> {
            if (orders.signum() > 0) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("age", age);
                row.put("orders", orders);
                byAge.add(row);
            }
        });
        return byAge;
    }

    private static String age(Duration age) {
        for (Map.Entry<String, Duration> bucket : AGES.entrySet()) {
            if (bucket.getValue() == null || age.compareTo(bucket.getValue()) < 0) {
                return bucket.getKey();
            }
        }
        throw new IllegalStateException("no age bucket");
    }
}
