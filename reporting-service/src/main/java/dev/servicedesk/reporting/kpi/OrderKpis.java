package dev.servicedesk.reporting.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders: opened, closed, cancelled; backlog by status and age; resolution time; SLA compliance; holds; estimates.
 */
@ApplicationScoped
public class OrderKpis {

    static final String OPEN_HOURS = "extract(epoch FROM o.closed_at - o.opened_at) / 3600";
    static final String REQUEST_HOURS = "extract(epoch FROM o.closed_at - (SELECT min(r.opened_at) FROM order_request l"
            + " JOIN request_fact r ON r.request_id = l.request_id WHERE l.order_id = o.order_id)) / 3600";
    static final String IN_BACKLOG = "o.status NOT IN ('CLOSED', 'CANCELLED') AND o.opened_at IS NOT NULL";

    private final KpiStore store;

    OrderKpis(KpiStore store) {
        this.store = store;
    }

    public Map<String, Object> of(KpiQuery query) {
        Map<String, Object> kpis = new LinkedHashMap<>();
        Sql opened = Sql.orders(query).within("o.opened_at", query);
        Sql closed = Sql.orders(query).within("o.closed_at", query);
        Sql cancelled = Sql.orders(query).within("o.cancelled_at", query);
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("opened", count(opened));
        totals.put("closed", count(closed));
        totals.put("cancelled", count(cancelled));
        kpis.put("totals", totals);

        Sql backlog = Sql.orders(query).and(IN_BACKLOG);
        Map<String, Object> backlogKpis = new LinkedHashMap<>();
        backlogKpis.put("total", count(backlog));
        backlogKpis.put("byStatus", store.rows("SELECT o.status AS \"status\", count(*) AS \"orders\" FROM order_fact o"
                + " WHERE " + backlog.where() + " GROUP BY 1 ORDER BY 1", backlog.parameters()));
        backlogKpis.put("byAge", store.rows("""
                SELECT CASE WHEN age < interval '1 day' THEN '0-1d' WHEN age < interval '3 days' THEN '1-3d'
                  WHEN age < interval '7 days' THEN '3-7d' WHEN age < interval '30 days' THEN '7-30d'
                  ELSE '30d+' END AS "age", count(*) AS "orders", min(age) AS youngest
                FROM (SELECT now() - o.opened_at AS age FROM order_fact o WHERE %s) a
                GROUP BY 1 ORDER BY min(age)""".formatted(backlog.where()), backlog.parameters()).stream()
                .peek(row -> row.remove("youngest")).toList());
        kpis.put("backlog", backlogKpis);

        kpis.put("resolutionHours", store.row("""
                SELECT count(*) AS "closed",
                  round(avg(%1$s)::numeric, 2) AS "openingToClosingMean",
                  round((percentile_cont(0.5) WITHIN GROUP (ORDER BY %1$s))::numeric, 2) AS "openingToClosingMedian",
                  round((percentile_cont(0.9) WITHIN GROUP (ORDER BY %1$s))::numeric, 2) AS "openingToClosingP90",
                  round(avg(%2$s)::numeric, 2) AS "requestToClosingMean",
                  round((percentile_cont(0.5) WITHIN GROUP (ORDER BY %2$s))::numeric, 2) AS "requestToClosingMedian",
                  round((percentile_cont(0.9) WITHIN GROUP (ORDER BY %2$s))::numeric, 2) AS "requestToClosingP90"
                FROM order_fact o WHERE %3$s""".formatted(OPEN_HOURS, REQUEST_HOURS, closed.where()),
                closed.parameters()));

        Sql completed = Sql.orders(query).within("o.completed_at", query);
        kpis.put("sla", store.row("""
                SELECT count(o.response_on_time) AS "responseMeasured",
                  count(*) FILTER (WHERE o.response_on_time) AS "responseOnTime",
                  round(100.0 * count(*) FILTER (WHERE o.response_on_time) / NULLIF(count(o.response_on_time), 0), 1)
                    AS "responseCompliancePct",
                  count(o.resolution_on_time) AS "resolutionMeasured",
                  count(*) FILTER (WHERE o.resolution_on_time) AS "resolutionOnTime",
                  round(100.0 * count(*) FILTER (WHERE o.resolution_on_time)
                    / NULLIF(count(o.resolution_on_time), 0), 1) AS "resolutionCompliancePct"
                FROM order_fact o WHERE %s""".formatted(completed.where()), completed.parameters()));

        Sql resumed = Sql.orders(query).within("h.resumed_at", query);
        Sql onHold = Sql.orders(query).and("o.status = 'ON_HOLD'");
        Map<String, Object> holds = new LinkedHashMap<>();
        holds.put("finished", store.rows("""
                SELECT h.reason AS "reason", count(*) AS "holds", round(sum(h.paused_seconds) / 3600.0, 2) AS "hours",
                  round(avg(h.paused_seconds) / 3600.0, 2) AS "meanHours"
                FROM order_hold h JOIN order_fact o ON o.order_id = h.order_id WHERE %s
                GROUP BY 1 ORDER BY 1""".formatted(resumed.where()), resumed.parameters()));
        holds.put("onHoldNow", store.rows("SELECT o.hold_reason AS \"reason\", count(*) AS \"orders\""
                + " FROM order_fact o WHERE " + onHold.where() + " GROUP BY 1 ORDER BY 1", onHold.parameters()));
        kpis.put("holds", holds);

        Sql issued = Sql.orders(query).within("e.issued_at", query);
        kpis.put("estimates", store.row("""
                SELECT count(*) AS "issued", count(e.approved_at) AS "approved", count(e.rejected_at) AS "rejected",
                  round(100.0 * count(e.approved_at) / NULLIF(count(e.approved_at) + count(e.rejected_at), 0), 1)
                    AS "approvalRatePct",
                  round(avg(extract(epoch FROM e.approved_at - e.issued_at) / 3600)::numeric, 2)
                    AS "hoursToApproveMean",
                  round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM e.approved_at - e.issued_at)
                    / 3600))::numeric, 2) AS "hoursToApproveMedian"
                FROM estimate_fact e JOIN order_fact o ON o.order_id = e.order_id WHERE %s"""
                .formatted(issued.where()), issued.parameters()));
        kpis.put("series", series(query));
        return kpis;
    }

    public List<Map<String, Object>> series(KpiQuery query) {
        Series series = new Series(query);
        Sql opened = Sql.orders(query).within("o.opened_at", query);
        Sql closed = Sql.orders(query).within("o.closed_at", query);
        Sql cancelled = Sql.orders(query).within("o.cancelled_at", query);
        Sql completed = Sql.orders(query).within("o.completed_at", query);
        series.metric("SELECT " + series.bucket("o.opened_at") + " AS period, count(*) AS n FROM order_fact o WHERE "
                + opened.where() + " GROUP BY 1", opened.parameters(), "COALESCE($n, 0) AS \"opened\"");
        series.metric("""
                SELECT %s AS period, count(*) AS n,
                  round((percentile_cont(0.5) WITHIN GROUP (ORDER BY %s))::numeric, 2) AS p50,
                  round((percentile_cont(0.9) WITHIN GROUP (ORDER BY %s))::numeric, 2) AS p90
                FROM order_fact o WHERE %s GROUP BY 1""".formatted(series.bucket("o.closed_at"), OPEN_HOURS,
                OPEN_HOURS, closed.where()), closed.parameters(), "COALESCE($n, 0) AS \"closed\"",
                "$p50 AS \"resolutionHoursMedian\"", "$p90 AS \"resolutionHoursP90\"");
        series.metric("SELECT " + series.bucket("o.cancelled_at") + " AS period, count(*) AS n FROM order_fact o"
                + " WHERE " + cancelled.where() + " GROUP BY 1", cancelled.parameters(),
                "COALESCE($n, 0) AS \"cancelled\"");
        series.metric("""
                SELECT %s AS period,
                  round(100.0 * count(*) FILTER (WHERE o.response_on_time) / NULLIF(count(o.response_on_time), 0), 1)
                    AS response,
                  round(100.0 * count(*) FILTER (WHERE o.resolution_on_time) / NULLIF(count(o.resolution_on_time), 0),
                    1) AS resolution
                FROM order_fact o WHERE %s GROUP BY 1""".formatted(series.bucket("o.completed_at"), completed.where()),
                completed.parameters(), "$response AS \"responseCompliancePct\"",
                "$resolution AS \"resolutionCompliancePct\"");
        return store.rows(series.sql(), series.parameters());
    }

    private Object count(Sql sql) {
        return store.row("SELECT count(*) AS n FROM order_fact o WHERE " + sql.where(), sql.parameters()).get("n");
    }
}
