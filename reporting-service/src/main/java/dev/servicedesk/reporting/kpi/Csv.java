package dev.servicedesk.reporting.kpi;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Rows as RFC 4180 CSV: a header line from the first row's keys, CRLF line ends, fields quoted when they need it. */
public final class Csv {

    private Csv() {
    }

    public static String of(List<Map<String, Object>> rows, List<String> header) {
        StringBuilder csv = new StringBuilder(line(header));
        for (Map<String, Object> row : rows) {
            csv.append(line(header.stream().map(row::get).toList()));
        }
        return csv.toString();
    }

    /** One line of fields, with its CRLF. */
    public static String line(List<?> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    public static String of(List<Map<String, Object>> rows) {
        return of(rows, rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).keySet()));
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
