package dev.servicedesk.reporting.kpi;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rollups kept: no filter or one filter (department, provider, category, channel, request type, partner,
 * technician), times each breakdown of a family. A question with another filter set (a problem code, two filters
 * together) is selective and reads {@code kpi_fact} instead. The per-technician breakdown is not kept under a provider
 * or category: there it would hold about a row per order.
 */
record Grain(String filter, Breakdown breakdown) {

    static final String ALL = "all";
    /** The catalogue filters, each a kpi_fact column. */
    static final List<String> CATALOGUE = List.of("department", "provider", "category");
    /** The request filters, by their place in a kpi_fact row's {@code requests} ('channel|type|partner'). */
    static final List<String> REQUEST = List.of("channel", "requestType", "partner");
    static final String TECHNICIAN = "technician";
    static final List<String> FILTERS = List.of(ALL, "department", "provider", "category", "channel", "requestType",
            "partner", TECHNICIAN);

    String name() {
        return filter + "/" + breakdown.grainName;
    }

    static boolean kept(String filter, Breakdown breakdown) {
        return FILTERS.contains(filter) && !(breakdown == Breakdown.TECHNICIAN
                && (filter.equals("provider") || filter.equals("category")));
    }

    /** The rollup that answers a query's filters with this breakdown, if one is kept. */
    static Optional<Grain> answering(KpiQuery query, Breakdown breakdown) {
        Map<String, String> filters = query.filters();
        String filter = filters.isEmpty() ? ALL : filters.size() == 1 ? filters.keySet().iterator().next() : null;
        if (filter == null || !kept(filter, breakdown)) {
            return Optional.empty();
        }
        return Optional.of(new Grain(filter, breakdown));
    }

    /** The value a rollup row of this grain is kept under, for a query. */
    String key(KpiQuery query) {
        return filter.equals(ALL) ? "" : query.filter(filter);
    }
}
