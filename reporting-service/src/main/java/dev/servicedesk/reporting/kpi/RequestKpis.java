package dev.servicedesk.reporting.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Requests: volume and peaks, first-contact resolution, duplicates avoided, SAC compliance, overdue now. */
@ApplicationScoped
public class RequestKpis {

    static final Duration SAC_DEADLINE = Duration.ofDays(7);

    private final KpiStore store;
    private final Clock clock;

    RequestKpis(KpiStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Map<String, Object> of(KpiQuery query) {
        Instant now = clock.instant();
        Source requests = Source.period(query, Family.REQUESTS, Breakdown.TOTAL);
        // Unanswered requests are due once their 7 days have passed: whole days from the rollup, the day in which
        // the deadline falls from the rows themselves.
        Instant deadline = now.minus(SAC_DEADLINE);
        LocalDate deadlineDay = LocalDate.ofInstant(deadline, KpiQuery.ZONE);
        Source deadlineDayRows = Source.facts(query, Family.REQUESTS, Breakdown.TOTAL,
                "f.sac_unanswered = 1 AND f.day = ? AND f.day BETWEEN ? AND ? AND f.at <= ?", deadlineDay,
                query.from(), query.to(), utc(deadline));
        Map<String, Object> kpis = new LinkedHashMap<>();
        kpis.put("totals", store.row("""
                WITH t AS (SELECT COALESCE(sum(n), 0) AS volume, COALESCE(sum(information), 0) AS information,
                    COALESCE(sum(first_contact), 0) AS first_contact, COALESCE(sum(action), 0) AS action,
                    COALESCE(sum(linked), 0) AS linked, COALESCE(sum(sac_answered), 0) AS sac_answered,
                    COALESCE(sum(sac_ok), 0) AS sac_ok,
                    COALESCE(sum(sac_unanswered) FILTER (WHERE day < ?), 0) AS unanswered_due FROM %s s),
                  d AS (SELECT t.sac_answered + t.unanswered_due
                    + (SELECT COALESCE(sum(sac_unanswered), 0) FROM %s s) AS sac_due FROM t)
                SELECT t.volume AS "volume", t.information AS "informationRequests",
                  t.first_contact AS "resolvedAtFirstContact",
                  round(100.0 * t.first_contact / NULLIF(t.information, 0), 1) AS "firstContactResolutionPct",
                  t.action AS "actionRequests", t.linked AS "linkedToExistingOrder",
                  round(100.0 * t.linked / NULLIF(t.action, 0), 1) AS "linkedToExistingOrderPct",
                  d.sac_due AS "sacDue", t.sac_ok AS "sacAnsweredWithin7Days",
                  round(100.0 * t.sac_ok / NULLIF(d.sac_due, 0), 1) AS "sacCompliancePct"
                FROM t, d""".formatted(requests.sql(), deadlineDayRows.sql()),
                Source.parameters(deadlineDay, requests, deadlineDayRows)));
        kpis.put("overdueNow", overdueNow(query, now));
        kpis.put("byType", grouped(query, Breakdown.TYPE, "s.breakdown", "type"));
        kpis.put("byChannel", grouped(query, Breakdown.CHANNEL, "s.breakdown", "channel"));
        kpis.put("byHourOfDay", grouped(query, Breakdown.HOUR, "s.breakdown::int", "hour"));
        kpis.put("byDayOfWeek", grouped(query, Breakdown.TOTAL, "extract(isodow FROM s.day)::int", "isoDayOfWeek"));
        kpis.put("series", series(query));
        return kpis;
    }

    public List<Map<String, Object>> series(KpiQuery query) {
        Series series = new Series(query).column("volume", 0);
        Map<String, String> channels = new LinkedHashMap<>();
        channels.put("PHONE", "phone");
        channels.put("EMAIL", "email");
        channels.put("FAX", "fax");
        channels.put("WEB_FORM", "webForm");
        channels.put("CHAT", "chat");
        channels.put("WHATSAPP", "whatsapp");
        channels.put("PARTNER_API", "partnerApi");
        channels.values().forEach(column -> series.column(column, 0));
        series.column("resolvedAtFirstContact", 0).column("linkedToExistingOrder", 0)
                .column("sacAnsweredWithin7Days", 0);
        Source requests = Source.period(query, Family.REQUESTS, Breakdown.TOTAL);
        series.fill(store.rows("""
                SELECT %s AS period, sum(n) AS "volume", COALESCE(sum(first_contact), 0) AS "resolvedAtFirstContact",
                  COALESCE(sum(linked), 0) AS "linkedToExistingOrder", COALESCE(sum(sac_ok), 0)
                  AS "sacAnsweredWithin7Days"
                FROM %s s GROUP BY 1""".formatted(series.period(), requests.sql()), requests.parameters()));
        Source byChannel = Source.period(query, Family.REQUESTS, Breakdown.CHANNEL);
        StringBuilder pivot = new StringBuilder();
        channels.forEach((channel, column) -> pivot.append(", COALESCE(sum(n) FILTER (WHERE s.breakdown = '")
                .append(channel).append("'), 0) AS \"").append(column).append('"'));
        series.fill(store.rows("SELECT " + series.period() + " AS period" + pivot + " FROM " + byChannel.sql()
                + " s GROUP BY 1", byChannel.parameters()));
        return series.rows();
    }

    /** Requests still waiting whose due instant has passed: whole days from the rollup, today from the rows. */
    private Object overdueNow(KpiQuery query, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, KpiQuery.ZONE);
        Source due = Source.current(query, Family.OVERDUE, Breakdown.TOTAL);
        Source dueToday = Source.facts(query, Family.OVERDUE, Breakdown.TOTAL, "f.day = ? AND f.at < ?", today,
                utc(now));
        return store.row("SELECT (SELECT COALESCE(sum(n), 0) FROM " + due.sql() + " s WHERE s.day < ?)"
                + " + (SELECT count(*) FROM " + dueToday.sql() + " s) AS n",
                Source.parameters(due, today, dueToday)).get("n");
    }

    private List<Map<String, Object>> grouped(KpiQuery query, Breakdown breakdown, String expression,
            String label) {
        Source source = Source.period(query, Family.REQUESTS, breakdown);
        return store.rows("SELECT " + expression + " AS \"" + label + "\", sum(s.n) AS \"requests\" FROM "
                + source.sql() + " s GROUP BY 1 ORDER BY 1", source.parameters());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
