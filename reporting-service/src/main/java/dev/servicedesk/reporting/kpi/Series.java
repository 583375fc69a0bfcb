package dev.servicedesk.reporting.kpi;

import java.util.ArrayList;
import java.util.List;

/**
 * A time series over the query's period: one row per day, week (from Monday) or month, empty buckets included, each
 * metric computed by its own grouped query and joined on the bucket.
 */
final class Series {

    private final KpiQuery query;
    private final List<String> parts = new ArrayList<>();
    private final List<String> columns = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    Series(KpiQuery query) {
        this.query = query;
    }

    /** The bucket of a timestamp column, as a São Paulo date. */
    String bucket(String column) {
        return "date_trunc('" + unit() + "', " + column + " AT TIME ZONE 'America/Sao_Paulo')::date";
    }

    /**
     * A metric: {@code select} must return the column {@code period} (see {@link #bucket}) and the named columns,
     * grouped by period; {@code outputs} are the expressions over its alias {@code m<n>} to show, with their labels.
     */
    Series metric(String select, List<Object> selectParameters, String... outputs) {
        String alias = "m" + parts.size();
        parts.add(alias + " AS (" + select + ")");
        parameters.addAll(selectParameters);
        for (String output : outputs) {
            columns.add(output.replace("$", alias + "."));
        }
        return this;
    }

    String sql() {
        StringBuilder sql = new StringBuilder("WITH b AS (SELECT generate_series(date_trunc('" + unit()
                + "', ?::date), ?::date, interval '1 " + unit() + "')::date AS period)");
        for (String part : parts) {
            sql.append(", ").append(part);
        }
        sql.append(" SELECT b.period");
        for (String column : columns) {
            sql.append(", ").append(column);
        }
        sql.append(" FROM b");
        for (int i = 0; i < parts.size(); i++) {
            sql.append(" LEFT JOIN m").append(i).append(" USING (period)");
        }
        return sql.append(" ORDER BY b.period").toString();
    }

    List<Object> parameters() {
        List<Object> all = new ArrayList<>();
        all.add(query.from());
        all.add(query.to());
        all.addAll(parameters);
        return all;
    }

    private String unit() {
        return query.granularity().name().toLowerCase();
    }
}
