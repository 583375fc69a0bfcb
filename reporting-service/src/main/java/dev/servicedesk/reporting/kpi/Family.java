package dev.servicedesk.reporting.kpi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A KPI family: which projection rows become {@code kpi_fact} rows, dated by which instant, with which breakdown,
 * duration and measures. Every KPI is a sum of a family's measures over its rows (or over their rollups).
 *
 * <p>The expressions read the refresher's base rows: {@code r} a request with its catalogue place
 * ({@code department_code}...), {@code technicians} (of the orders covering it), {@code covered}, {@code attached},
 * {@code combo}, {@code answered} and {@code articles} (consulted), {@code a} an article it consulted and
 * {@code fb} feedback given with it; {@code o} an order with {@code combos} (of the requests it covers) and
 * {@code first_request_at}; {@code e} an estimate and {@code h} a hold, each with its order {@code o}.
 */
public enum Family {

    /** Requests by the day they were opened. */
    REQUESTS("requests", Source.REQUESTS, Period.DAY, "r.opened_at", "r.opened_at IS NOT NULL",
            List.of(Breakdown.TOTAL, Breakdown.TYPE, Breakdown.CHANNEL, Breakdown.HOUR), columns(
                    "detail", "extract(hour FROM r.opened_at AT TIME ZONE 'America/Sao_Paulo')::int::text",
                    "information", flag("r.type = 'INFORMATION'"),
                    "first_contact", flag(FirstContact.RESOLVED),
                    "action", flag("r.type = 'ACTION'"),
                    "linked", flag("r.attached"),
                    "sac_subject", flag(Sac.SUBJECT),
                    "sac_answered", flag(Sac.SUBJECT + " AND r.answered IS NOT NULL"),
                    "sac_ok", flag(Sac.SUBJECT + " AND r.answered <= r.opened_at + interval '7 days'"),
                    "sac_unanswered", flag(Sac.SUBJECT + " AND r.answered IS NULL"),
                    "with_article", flag("r.articles <> '{}'"),
                    "first_contact_with_article", flag(FirstContact.RESOLVED + " AND r.articles <> '{}'"))),
    /** Which knowledge articles requests consulted: a row per request and article, by the day it was opened. */
    CONSULTED("consulted", Source.CONSULTED, Period.DAY, "r.opened_at", "r.opened_at IS NOT NULL",
            List.of(Breakdown.ARTICLE), columns(
                    "detail", "a.article_id::text",
                    "first_contact", flag(FirstContact.RESOLVED))),
    /** Agents' feedback on articles (helpful or not), by the day it was given, filtered through its request. */
    FEEDBACK("feedback", Source.FEEDBACK, Period.DAY, "fb.given_at", "TRUE",
            List.of(Breakdown.TOTAL, Breakdown.ARTICLE), columns(
                    "detail", "fb.article_id::text",
                    "helpful", flag("fb.helpful"),
                    "not_helpful", flag("NOT fb.helpful"))),
    /** Requests still waiting (draft, open, linked), by the day they are due: overdue once it has passed. */
    OVERDUE("overdue", Source.REQUESTS, Period.DAY, "r.due_at",
            "r.status IN ('DRAFT', 'OPEN', 'LINKED') AND r.due_at IS NOT NULL", List.of(Breakdown.TOTAL),
            columns()),
    OPENED("opened", Source.ORDERS, Period.DAY, "o.opened_at", "o.opened_at IS NOT NULL",
            List.of(Breakdown.TOTAL, Breakdown.PROBLEM_CODE), columns(
                    "rework", flag("o.rework"),
                    "recurring", flag("o.recurring"))),
    /** Orders by the day they were closed, with opening → closing. */
    CLOSED("closed", Source.ORDERS, Period.DAY, "o.closed_at", "o.closed_at IS NOT NULL", List.of(Breakdown.TOTAL),
            duration("o.closed_at - o.opened_at")),
    /** Orders with requests by the day they were closed, with the earliest request → closing. */
    CLOSED_FROM_REQUEST("closed_request", Source.ORDERS, Period.DAY, "o.closed_at",
            "o.closed_at IS NOT NULL AND o.first_request_at IS NOT NULL", List.of(Breakdown.TOTAL),
            duration("o.closed_at - o.first_request_at")),
    CANCELLED("cancelled", Source.ORDERS, Period.DAY, "o.cancelled_at", "o.cancelled_at IS NOT NULL",
            List.of(Breakdown.TOTAL), columns()),
    /**
     * Orders by the day they were completed: SLA, cause, amounts, rating; opening → completion of those completed by
     * a technician (the technicians' KPIs).
     */
    COMPLETED("completed", Source.ORDERS, Period.DAY, "o.completed_at", "o.completed_at IS NOT NULL",
            List.of(Breakdown.TOTAL, Breakdown.TECHNICIAN, Breakdown.CATEGORY, Breakdown.CAUSE), with(
                    duration("CASE WHEN o.technician_id IS NOT NULL THEN o.completed_at - o.opened_at END"),
                    "detail", "o.cause_category",
                    "response_measured", flag("o.response_on_time IS NOT NULL"),
                    "response_on_time", flag("o.response_on_time"),
                    "resolution_measured", flag("o.resolution_on_time IS NOT NULL"),
                    "resolution_on_time", flag("o.resolution_on_time"),
                    "recurring", flag("o.recurring"),
                    "estimated", "COALESCE(o.amount_estimated, 0)",
                    "final", "COALESCE(o.amount_total, 0)",
                    "labour", "COALESCE(o.amount_labour, 0)",
                    "parts", "COALESCE(o.amount_parts, 0)",
                    "equipment", "COALESCE(o.amount_equipment, 0)",
                    "discount", "COALESCE(o.amount_discount, 0)",
                    "rated", flag("o.rating IS NOT NULL"),
                    "rating_sum", "o.rating")),
    /** Ratings by the day they were given (the latest rating of an order counts). */
    RATED("rated", Source.ORDERS, Period.DAY, "o.rated_at", "o.rated_at IS NOT NULL AND o.rating IS NOT NULL",
            List.of(Breakdown.TOTAL, Breakdown.RATING), columns(
                    "detail", "o.rating::text",
                    "rating_sum", "o.rating",
                    "promoters", flag("o.rating >= 9"),
                    "passives", flag("o.rating BETWEEN 7 AND 8"),
                    "detractors", flag("o.rating <= 6"))),
    /** Orders neither closed nor cancelled now, by the day they were opened (for their age). */
    BACKLOG_AGE("backlog_age", Source.ORDERS, Period.DAY, "o.opened_at", Backlog.NOW, List.of(Breakdown.TOTAL),
            columns()),
    /** The same by status, by the month they were opened. */
    BACKLOG("backlog", Source.ORDERS, Period.MONTH, "o.opened_at", Backlog.NOW, List.of(Breakdown.STATUS),
            columns("detail", "o.status")),
    ON_HOLD("on_hold", Source.ORDERS, Period.MONTH, Backlog.OPENED_OR_EPOCH, "o.status = 'ON_HOLD'",
            List.of(Breakdown.REASON), columns("detail", "o.hold_reason")),
    /** Orders assigned to a technician and not completed, closed or cancelled: the technician's workload. */
    WORKLOAD("workload", Source.ORDERS, Period.MONTH, Backlog.OPENED_OR_EPOCH,
            "o.technician_id IS NOT NULL AND o.status NOT IN ('COMPLETED', 'CLOSED', 'CANCELLED')",
            List.of(Breakdown.TECHNICIAN), columns()),
    /** Estimates by the day they were issued, with issue → approval. */
    ESTIMATES("estimates", Source.ESTIMATES, Period.DAY, "e.issued_at", "e.issued_at IS NOT NULL",
            List.of(Breakdown.TOTAL), with(duration("e.approved_at - e.issued_at"),
                    "approved", flag("e.approved_at IS NOT NULL"),
                    "rejected", flag("e.rejected_at IS NOT NULL"))),
    /** Finished holds by the day they ended. */
    HOLDS("holds", Source.HOLDS, Period.DAY, "h.resumed_at", "h.resumed_at IS NOT NULL", List.of(Breakdown.REASON),
            columns("detail", "h.reason", "seconds", "h.paused_seconds"));

    /** Where a family's rows come from. */
    enum Source { REQUESTS, CONSULTED, FEEDBACK, ORDERS, ESTIMATES, HOLDS }

    /** The rollup's time unit: days, or months for the current-state families (summed over every month). */
    enum Period { DAY, MONTH }

    /** An information request closed that no order covers: resolved at the first contact. */
    private static final class FirstContact {
        static final String RESOLVED = "r.type = 'INFORMATION' AND r.status = 'CLOSED' AND NOT r.covered";
    }

    private static final class Sac {
        static final String SUBJECT = "r.type IN ('INFORMATION', 'ACTION') AND r.status <> 'CANCELLED'";
    }

    private static final class Backlog {
        static final String NOW = "o.status NOT IN ('CLOSED', 'CANCELLED') AND o.opened_at IS NOT NULL";
        static final String OPENED_OR_EPOCH = "COALESCE(o.opened_at, 'epoch'::timestamptz)";
    }

    final String sqlName;
    final Source source;
    final Period period;
    final String at;
    final String condition;
    final List<Breakdown> breakdowns;
    /** kpi_fact column → expression, beyond the ones every row has. */
    final Map<String, String> columns;

    Family(String sqlName, Source source, Period period, String at, String condition, List<Breakdown> breakdowns,
            Map<String, String> columns) {
        this.sqlName = sqlName;
        this.source = source;
        this.period = period;
        this.at = at;
        this.condition = condition;
        this.breakdowns = breakdowns;
        this.columns = columns;
    }

    public String sqlName() {
        return sqlName;
    }

    static Family of(String sqlName) {
        for (Family family : values()) {
            if (family.sqlName.equals(sqlName)) {
                return family;
            }
        }
        throw new IllegalArgumentException("no KPI family " + sqlName);
    }

    /** The day a row is filed under: its São Paulo day, or the first day of its month. */
    String day() {
        String local = at + " AT TIME ZONE 'America/Sao_Paulo'";
        return period == Period.DAY ? "(" + local + ")::date" : "date_trunc('month', " + local + ")::date";
    }

    private static String flag(String condition) {
        return "CASE WHEN " + condition + " THEN 1 ELSE 0 END";
    }

    private static Map<String, String> columns(String... namesAndExpressions) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < namesAndExpressions.length; i += 2) {
            columns.put(namesAndExpressions[i], namesAndExpressions[i + 1]);
        }
        return columns;
    }

    private static Map<String, String> with(Map<String, String> base, String... namesAndExpressions) {
        Map<String, String> columns = new LinkedHashMap<>(base);
        columns.putAll(columns(namesAndExpressions));
        return columns;
    }

    /** A duration: whether it is known, its seconds and its histogram bucket. */
    private static Map<String, String> duration(String interval) {
        String seconds = "extract(epoch FROM " + interval + ")";
        return columns("measured", flag(seconds + " IS NOT NULL"), "seconds", seconds,
                "bucket", "duration_bucket(" + seconds + ")");
    }
}
