package dev.servicedesk.reporting.kpi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rollups kept: no filter, one filter (department, provider, category, channel, request type, partner,
 * technician) or a catalogue filter with a request filter (a department and a channel...), times each breakdown of a
 * family. A question with another filter set (a problem code, a technician with another filter, two catalogue or two
 * request filters) is selective and reads {@code kpi_fact} instead. The per-technician breakdown is not kept under a
 * provider or category: there it would hold about a row per order.
 */
record Grain(String filter, Breakdown breakdown) {

    static final String ALL = "all";
    /** The catalogue filters, each a kpi_fact column. */
    static final List<String> CATALOGUE = List.of("department", "provider", "category");
    /** The request filters, by their place in a kpi_fact row's {@code requests} ('channel|type|partner'). */
    static final List<String> REQUEST = List.of("channel", "requestType", "partner");
    static final String TECHNICIAN = "technician";
    /** No filter, one filter, or a catalogue filter with a request filter ({@code category+requestType}). */
    static final List<String> FILTERS = filters();

    private static List<String> filters() {
        List<String> filters = new ArrayList<>(List.of(ALL));
        filters.addAll(CATALOGUE);
        filters.addAll(REQUEST);
        filters.add(TECHNICIAN);
        for (String catalogue : CATALOGUE) {
            for (String request : REQUEST) {
                filters.add(catalogue + "+" + request);
            }
        }
        return List.copyOf(filters);
    }

    String name() {
        return filter + "/" + breakdown.grainName;
    }

    static boolean kept(String filter, Breakdown breakdown) {
        return FILTERS.contains(filter) && !(breakdown == Breakdown.TECHNICIAN
                && (filter.startsWith("provider") || filter.startsWith("category")));
    }

    /** The rollup that answers a query's filters with this breakdown, if one is kept. */
    static Optional<Grain> answering(KpiQuery query, Breakdown breakdown) {
        String filter = String.join("+", query.filters().keySet().stream()
                .sorted(Comparator.comparing(name -> CATALOGUE.contains(name) ? 0 : 1)).toList());
        filter = filter.isEmpty() ? ALL : filter;
        if (!kept(filter, breakdown)) {
            return Optional.empty();
        }
        return Optional.of(new Grain(filter, breakdown));
    }

    /** The value a rollup row of this grain is kept under, for a query: the filters' values joined by '|'. */
    String key(KpiQuery query) {
        if (filter.equals(ALL)) {
            return "";
        }
        return String.join("|", List.of(filter.split("\\+")).stream().map(query::filter).toList());
    }
}
