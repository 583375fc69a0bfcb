package dev.servicedesk.reporting.kpi;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The conditions of a query on the projections and their parameters, in order, for a {@code WHERE} clause. */
public final class Sql {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    Sql and(String condition, Object... values) {
        conditions.add(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    /** {@code column} within the query's period: from the first day's start to the day after the last, São Paulo. */
    public Sql within(String column, KpiQuery query) {
        return and(column + " >= ? AND " + column + " < ?", start(query), end(query));
    }

    public String where() {
        return conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions);
    }

    public List<Object> parameters() {
        return List.copyOf(parameters);
    }

    static OffsetDateTime start(KpiQuery query) {
        return query.from().atStartOfDay(KpiQuery.ZONE).toOffsetDateTime();
    }

    static OffsetDateTime end(KpiQuery query) {
        return query.to().plusDays(1).atStartOfDay(KpiQuery.ZONE).toOffsetDateTime();
    }

    /** The query's filters on orders ({@code o}); request attributes through the requests the order covers. */
    public static Sql orders(KpiQuery query) {
        Sql sql = new Sql();
        equal(sql, query, "department", "o.department_code");
        equal(sql, query, "provider", "o.provider_code");
        equal(sql, query, "category", "o.category_code");
        equal(sql, query, "problemCode", "o.problem_code");
        equal(sql, query, "technician", "o.technician_id");
        Sql requests = new Sql();
        equal(requests, query, "channel", "r.channel");
        equal(requests, query, "requestType", "r.type");
        equal(requests, query, "partner", "r.partner_id");
        if (!requests.conditions.isEmpty()) {
            sql.and("EXISTS (SELECT 1 FROM order_request l JOIN request_fact r ON r.request_id = l.request_id"
                    + " WHERE l.order_id = o.order_id AND " + requests.where() + ")",
                    requests.parameters.toArray());
        }
        return sql;
    }

    private static void equal(Sql sql, KpiQuery query, String filter, String column) {
        String value = query.filter(filter);
        if (value != null) {
            sql.and(column + " = ?", value);
        }
    }
}
