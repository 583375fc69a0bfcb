package dev.servicedesk.reporting.kpi;

import dev.servicedesk.platform.problem.Problem;
import dev.servicedesk.platform.problem.ProblemException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The period and filters of a KPI question, read from the query string and checked: a bad date, an unknown filter,
 * an unknown value of an enumerated filter or a period the wrong way round is the caller's error (400), never a 500.
 * Years outside 0001-9999 are refused too: a period in year -4800 kept the series query running for minutes.
 * Days are calendar days in São Paulo; {@code from} and {@code to} are both included.
 */
public record KpiQuery(LocalDate from, LocalDate to, Granularity granularity, Map<String, String> filters) {

    public static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");
    static final int MAX_DAYS = 5 * 366;
    static final int DEFAULT_DAYS = 30;

    public enum Granularity { DAY, WEEK, MONTH }

    /** The filters a caller may give, by query parameter. */
    public static final List<String> FILTERS = List.of("channel", "requestType", "department", "provider",
            "category", "problemCode", "technician", "partner");

    static final Set<String> CHANNELS = Set.of("PHONE", "EMAIL", "FAX", "WEB_FORM", "CHAT", "WHATSAPP",
            "PARTNER_API");
    static final Set<String> REQUEST_TYPES = Set.of("INFORMATION", "ACTION", "COMMENT");
    static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._:@-]{0,79}";
    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);
    private static final String BAD_QUERY = "kpi-query-invalid";

    public static KpiQuery of(Map<String, List<String>> parameters, LocalDate today) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (String name : parameters.keySet()) {
            if (!name.equals("from") && !name.equals("to") && !name.equals("granularity")
                    && !FILTERS.contains(name)) {
                violations.add(new Problem.Violation(name, "is not a filter; filters: from, to, granularity, "
                        + String.join(", ", FILTERS)));
            } else if (parameters.get(name).size() > 1) {
                violations.add(new Problem.Violation(name, "given more than once"));
            }
        }
        LocalDate to = date(parameters, "to", today, violations);
        LocalDate from = date(parameters, "from", to.minusDays(DEFAULT_DAYS - 1), violations);
        if (from.isAfter(to)) {
            violations.add(new Problem.Violation("from", "is after to"));
        } else if (from.plusDays(MAX_DAYS).isBefore(to)) {
            violations.add(new Problem.Violation("to", "the period spans more than " + MAX_DAYS + " days"));
        }
        Granularity granularity = Granularity.DAY;
        String wanted = single(parameters, "granularity");
        if (wanted != null) {
            try {
                granularity = Granularity.valueOf(wanted.toUpperCase());
            } catch (IllegalArgumentException e) {
                violations.add(new Problem.Violation("granularity", "must be day, week or month"));
            }
        }
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : FILTERS) {
            String value = single(parameters, name);
            if (value == null) {
                continue;
            }
            if (name.equals("channel") && !CHANNELS.contains(value)) {
                violations.add(new Problem.Violation(name, "unknown channel; one of " + String.join(", ",
                        CHANNELS.stream().sorted().toList())));
            } else if (name.equals("requestType") && !REQUEST_TYPES.contains(value)) {
                violations.add(new Problem.Violation(name, "unknown request type; one of ACTION, COMMENT, INFORMATION"));
            } else if (!CODE.matcher(value).matches()) {
                violations.add(new Problem.Violation(name, "is not a code (letters, digits, . _ : @ -; up to 80)"));
            }
            filters.put(name, value);
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(400, BAD_QUERY, "Invalid KPI query",
                    "The period or a filter of the query is not valid", violations);
        }
        return new KpiQuery(from, to, granularity, Map.copyOf(filters));
    }

    public String filter(String name) {
        return filters.get(name);
    }

    private static LocalDate date(Map<String, List<String>> parameters, String name, LocalDate fallback,
            List<Problem.Violation> violations) {
        String value = single(parameters, name);
        if (value == null) {
            return fallback;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() >= 1 && date.getYear() <= 9999) {
                return date;
            }
        } catch (DateTimeParseException e) {
            violations.add(new Problem.Violation(name, "must be a date, yyyy-MM-dd"));
            return fallback;
        }
        violations.add(new Problem.Violation(name, "must be in the years 0001 to 9999"));
        return fallback;
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
