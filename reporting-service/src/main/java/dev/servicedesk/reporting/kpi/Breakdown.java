package dev.servicedesk.reporting.kpi;

/** What a KPI groups a family's rows by, as an expression over a {@code kpi_fact} row {@code f}. */
public enum Breakdown {

    TOTAL("total", "''"),
    TYPE("type", "NULLIF(split_part(f.requests[1], '|', 2), '')"),
    CHANNEL("channel", "NULLIF(split_part(f.requests[1], '|', 1), '')"),
    HOUR("hour", "f.detail"),
    CAUSE("cause", "f.detail"),
    RATING("rating", "f.detail"),
    STATUS("status", "f.detail"),
    REASON("reason", "f.detail"),
    TECHNICIAN("technician", "f.technicians[1]"),
    PROBLEM_CODE("problemCode", "f.problem_code"),
    CATEGORY("category", "f.category"),
    ARTICLE("article", "f.detail");

    final String grainName;
    final String expression;

    Breakdown(String grainName, String expression) {
        this.grainName = grainName;
        this.expression = expression;
    }
}
