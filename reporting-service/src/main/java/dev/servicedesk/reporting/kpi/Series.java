package dev.servicedesk.reporting.kpi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A time series over the query's period: one row per day, week (from Monday) or month, empty buckets included. The
 * columns are declared first (their order is the CSV's) with the value of an empty bucket, then filled from grouped
 * queries that return {@code period} (see {@link #period}).
 */
final class Series {

    private final KpiQuery query;
    private final Map<LocalDate, Map<String, Object>> rows = new LinkedHashMap<>();

    Series(KpiQuery query) {
        this.query = query;
        LocalDate period = switch (query.granularity()) {
            case DAY -> query.from();
            case WEEK -> query.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> query.from().withDayOfMonth(1);
        };
        for (; !period.isAfter(query.to()); period = next(period)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("period", period);
            rows.put(period, row);
        }
    }

    /** The bucket of a source's {@code day}, as SQL. */
    String period() {
        return "date_trunc('" + query.granularity().name().toLowerCase() + "', s.day)::date";
    }

    /** Adds a column, {@code empty} in every bucket until filled. */
    Series column(String name, Object empty) {
        rows.values().forEach(row -> row.put(name, empty));
        return this;
    }

    /** Sets the columns that grouped rows (with {@code period}) give, leaving the others as they are. */
    Series fill(List<Map<String, Object>> grouped) {
        for (Map<String, Object> values : grouped) {
            Map<String, Object> row = rows.get((LocalDate) values.get("period"));
            if (row != null) {
                values.forEach((name, value) -> {
                    if (row.containsKey(name) && !name.equals("period")) {
                        row.put(name, value);
                    }
                });
            }
        }
        return this;
    }

    List<Map<String, Object>> rows() {
        return new ArrayList<>(rows.values());
    }

    private LocalDate next(LocalDate period) {
        return switch (query.granularity()) {
            case DAY -> period.plusDays(1);
            case WEEK -> period.plusWeeks(1);
            case MONTH -> period.plusMonths(1);
        };
    }
}
