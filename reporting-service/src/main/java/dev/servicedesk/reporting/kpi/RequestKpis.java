package dev.servicedesk.reporting.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Requests: volume and peaks, first-contact resolution, duplicates avoided, SAC compliance, overdue now. */
@ApplicationScoped
public class RequestKpis {

    static final String ANSWERED = "LEAST(r.answered_at, r.closed_at, r.resolved_at)";
    static final String SAC_SUBJECT = "r.type IN ('INFORMATION', 'ACTION') AND r.status <> 'CANCELLED'";
    static final String UNFINISHED = "r.status IN ('DRAFT', 'OPEN', 'LINKED')";
    static final String FIRST_CONTACT = "r.type = 'INFORMATION' AND r.status = 'CLOSED'"
            + " AND NOT EXISTS (SELECT 1 FROM order_request l WHERE l.request_id = r.request_id)";
    static final String LINKED_TO_EXISTING = "EXISTS (SELECT 1 FROM order_request l"
            + " WHERE l.request_id = r.request_id AND l.attached)";
    static final String WITHIN_7_DAYS = ANSWERED + " <= r.opened_at + interval '7 days'";

    private final KpiStore store;

    RequestKpis(KpiStore store) {
        this.store = store;
    }

    public Map<String, Object> of(KpiQuery query) {
        Sql inPeriod = Sql.requests(query).within("r.opened_at", query);
        Map<String, Object> kpis = new LinkedHashMap<>();
        kpis.put("totals", store.row("""
                SELECT count(*) AS "volume",
                  count(*) FILTER (WHERE r.type = 'INFORMATION') AS "informationRequests",
                  count(*) FILTER (WHERE %1$s) AS "resolvedAtFirstContact",
                  round(100.0 * count(*) FILTER (WHERE %1$s)
                    / NULLIF(count(*) FILTER (WHERE r.type = 'INFORMATION'), 0), 1) AS "firstContactResolutionPct",
                  count(*) FILTER (WHERE r.type = 'ACTION') AS "actionRequests",
                  count(*) FILTER (WHERE %2$s) AS "linkedToExistingOrder",
                  round(100.0 * count(*) FILTER (WHERE %2$s)
                    / NULLIF(count(*) FILTER (WHERE r.type = 'ACTION'), 0), 1) AS "linkedToExistingOrderPct",
                  count(*) FILTER (WHERE %3$s AND (%4$s IS NOT NULL OR r.opened_at + interval '7 days' <= now()))
                    AS "sacDue",
                  count(*) FILTER (WHERE %3$s AND %5$s) AS "sacAnsweredWithin7Days",
                  round(100.0 * count(*) FILTER (WHERE %3$s AND %5$s) / NULLIF(count(*) FILTER (WHERE %3$s
                    AND (%4$s IS NOT NULL OR r.opened_at + interval '7 days' <= now())), 0), 1) AS "sacCompliancePct"
                FROM request_fact r WHERE %6$s""".formatted(FIRST_CONTACT, LINKED_TO_EXISTING, SAC_SUBJECT, ANSWERED,
                WITHIN_7_DAYS, inPeriod.where()), inPeriod.parameters()));
        Sql open = Sql.requests(query).and(UNFINISHED).and("r.due_at < now()");
        kpis.put("overdueNow", store.row("SELECT count(*) AS n FROM request_fact r WHERE " + open.where(),
                open.parameters()).get("n"));
        kpis.put("byType", grouped("r.type", "type", inPeriod));
        kpis.put("byChannel", grouped("r.channel", "channel", inPeriod));
        kpis.put("byHourOfDay", grouped("extract(hour FROM r.opened_at AT TIME ZONE 'America/Sao_Paulo')::int",
                "hour", inPeriod));
        kpis.put("byDayOfWeek", grouped("extract(isodow FROM r.opened_at AT TIME ZONE 'America/Sao_Paulo')::int",
                "isoDayOfWeek", inPeriod));
        kpis.put("series", series(query));
        return kpis;
    }

    public List<Map<String, Object>> series(KpiQuery query) {
        Series series = new Series(query);
        Sql inPeriod = Sql.requests(query).within("r.opened_at", query);
        series.metric("""
                SELECT %s AS period, count(*) AS volume,
                  count(*) FILTER (WHERE r.channel = 'PHONE') AS phone,
                  count(*) FILTER (WHERE r.channel = 'EMAIL') AS email,
                  count(*) FILTER (WHERE r.channel = 'FAX') AS fax,
                  count(*) FILTER (WHERE r.channel = 'WEB_FORM') AS web_form,
                  count(*) FILTER (WHERE r.channel = 'CHAT') AS chat,
                  count(*) FILTER (WHERE r.channel = 'WHATSAPP') AS whatsapp,
                  count(*) FILTER (WHERE r.channel = 'PARTNER_API') AS partner_api,
                  count(*) FILTER (WHERE %s) AS first_contact,
                  count(*) FILTER (WHERE %s) AS linked,
                  count(*) FILTER (WHERE %s AND %s) AS sac_ok
                FROM request_fact r WHERE %s GROUP BY 1""".formatted(series.bucket("r.opened_at"), FIRST_CONTACT,
                LINKED_TO_EXISTING, SAC_SUBJECT, WITHIN_7_DAYS, inPeriod.where()), inPeriod.parameters(),
                "COALESCE($volume, 0) AS \"volume\"", "COALESCE($phone, 0) AS \"phone\"",
                "COALESCE($email, 0) AS \"email\"", "COALESCE($fax, 0) AS \"fax\"",
                "COALESCE($web_form, 0) AS \"webForm\"", "COALESCE($chat, 0) AS \"chat\"",
                "COALESCE($whatsapp, 0) AS \"whatsapp\"", "COALESCE($partner_api, 0) AS \"partnerApi\"",
                "COALESCE($first_contact, 0) AS \"resolvedAtFirstContact\"",
                "COALESCE($linked, 0) AS \"linkedToExistingOrder\"",
                "COALESCE($sac_ok, 0) AS \"sacAnsweredWithin7Days\"");
        return store.rows(series.sql(), series.parameters());
    }

    private List<Map<String, Object>> grouped(String expression, String label, Sql inPeriod) {
        return store.rows("SELECT " + expression + " AS \"" + label + "\", count(*) AS \"requests\""
                + " FROM request_fact r WHERE " + inPeriod.where() + " GROUP BY 1 ORDER BY 1", inPeriod.parameters());
    }
}
