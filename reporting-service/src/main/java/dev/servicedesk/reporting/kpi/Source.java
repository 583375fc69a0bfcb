package dev.servicedesk.reporting.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A family's rows for a KPI query, as a subquery with the columns {@code day}, {@code breakdown}, {@code n}, the
 * {@link Rollups#MEASURES} and {@code hist}: its rollup when one is kept for the query's filters, else its
 * {@code kpi_fact} rows filtered (those also have {@code at}). Both give the same sums.
 */
public record Source(String sql, List<Object> parameters) {

    private static final String MEASURES = String.join(", ", Rollups.MEASURES);

    /** The rows dated within the query's period. */
    public static Source period(KpiQuery query, Family family, Breakdown breakdown) {
        return of(query, family, breakdown, true);
    }

    /** Every row, whatever its date: the current-state families (backlog, on hold, workload, due requests). */
    static Source current(KpiQuery query, Family family, Breakdown breakdown) {
        return of(query, family, breakdown, false);
    }

    /**
     * A family's kpi_fact rows dated within the query's period that meet its filters, each with its {@code fact_id}:
     * the facts themselves rather than their sums.
     */
    public static Source facts(KpiQuery query, Family family) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = facts(query, family, Breakdown.TOTAL, true, parameters);
        return new Source(sql.append(")").toString(), List.copyOf(parameters));
    }

    /** The kpi_fact rows of the query's filters (not bound to the period) that also meet {@code condition}. */
    static Source facts(KpiQuery query, Family family, Breakdown breakdown, String condition, Object... values) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = facts(query, family, breakdown, false, parameters);
        sql.append(" AND ").append(condition).append(")");
        parameters.addAll(List.of(values));
        return new Source(sql.toString(), List.copyOf(parameters));
    }

    /** The parameters of a statement: each source's and each value, in order. */
    public static List<Object> parameters(Object... sourcesAndValues) {
        List<Object> parameters = new ArrayList<>();
        for (Object item : sourcesAndValues) {
            if (item instanceof Source source) {
                parameters.addAll(source.parameters());
            } else {
                parameters.add(item);
            }
        }
        return parameters;
    }

    private static Source of(KpiQuery query, Family family, Breakdown breakdown, boolean inPeriod) {
        List<Object> parameters = new ArrayList<>();
        Optional<Grain> grain = Grain.answering(query, breakdown);
        if (grain.isEmpty()) {
            return new Source(facts(query, family, breakdown, inPeriod, parameters).append(")").toString(),
                    List.copyOf(parameters));
        }
        StringBuilder sql = new StringBuilder("(SELECT day, breakdown, n, " + MEASURES + ", hist FROM kpi_rollup"
                + " WHERE family = ? AND grain = ? AND key = ?");
        parameters.add(family.sqlName());
        parameters.add(grain.get().name());
        parameters.add(grain.get().key(query));
        if (inPeriod) {
            sql.append(" AND day BETWEEN ? AND ?");
            parameters.add(query.from());
            parameters.add(query.to());
        }
        return new Source(sql.append(")").toString(), List.copyOf(parameters));
    }

    private static StringBuilder facts(KpiQuery query, Family family, Breakdown breakdown, boolean inPeriod,
            List<Object> parameters) {
        StringBuilder sql = new StringBuilder("(SELECT f.day, " + breakdown.expression + " AS breakdown, f.n, "
                + MEASURES + ", f.bucket || ',' || f.n AS hist, f.at, f.fact_id"
                + " FROM kpi_fact f WHERE f.family = ?");
        parameters.add(family.sqlName());
        if (inPeriod) {
            sql.append(" AND f.day BETWEEN ? AND ?");
            parameters.add(query.from());
            parameters.add(query.to());
        }
        equal(sql, parameters, query, "department", "f.department");
        equal(sql, parameters, query, "provider", "f.provider");
        equal(sql, parameters, query, "category", "f.category");
        equal(sql, parameters, query, "problemCode", "f.problem_code");
        if (query.filter("technician") != null) {
            sql.append(" AND f.technicians @> ARRAY[?]::text[]");
            parameters.add(query.filter("technician"));
        }
        List<String> parts = new ArrayList<>();
        String[] requestFilters = {"channel", "requestType", "partner"};
        for (int i = 0; i < requestFilters.length; i++) {
            String value = query.filter(requestFilters[i]);
            if (value != null) {
                parts.add("split_part(c, '|', " + (i + 1) + ") = ?");
                parameters.add(value);
            }
        }
        if (!parts.isEmpty()) {
            sql.append(" AND EXISTS (SELECT 1 FROM unnest(f.requests) AS c WHERE ").append(String.join(" AND ", parts))
                    .append(")");
        }
        return sql;
    }

    private static void equal(StringBuilder sql, List<Object> parameters, KpiQuery query, String filter,
            String column) {
        String value = query.filter(filter);
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            parameters.add(value);
        }
    }
}
