package dev.servicedesk.reporting.kpi;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Declares the period and filters of {@link KpiQuery} on every operation that reads them. The resources take them
 * from the query string as a whole (so that an unknown parameter is refused by name), which the annotation scanner
 * cannot see: without this the OpenAPI document would not show partners and the BI team how to ask.
 */
public class KpiQueryParameters implements OASFilter {

    private static final List<String> READERS = List.of("/api/v1/kpis/", "/api/v1/service-reports");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            Operation get = path.getValue().getGET();
            if (get != null && readsAQuery(path.getKey())) {
                parameters().forEach(get::addParameter);
            }
        }
    }

    private static boolean readsAQuery(String path) {
        return READERS.stream().anyMatch(path::startsWith) && !path.contains("{orderId}");
    }

    private static List<Parameter> parameters() {
        return List.of(
                parameter("from", "First day of the period (São Paulo), included; default: 29 days before `to`",
                        text().format("date")),
                parameter("to", "Last day of the period (São Paulo), included; default: today", text().format("date")),
                parameter("granularity", "Buckets of the series",
                        text().enumeration(List.of("day", "week", "month")).defaultValue("day")),
                parameter("channel", "Requests by this channel (orders: covering one)",
                        text().enumeration(sorted(KpiQuery.CHANNELS))),
                parameter("requestType", "Requests of this type (orders: covering one)",
                        text().enumeration(sorted(KpiQuery.REQUEST_TYPES))),
                code("department", "Catalogue department code"),
                code("provider", "Catalogue provider code"),
                code("category", "Catalogue service category code"),
                code("problemCode", "Problem code"),
                code("technician", "Technician id"),
                code("partner", "Partner (client id) that logged the requests"));
    }

    private static Parameter code(String name, String description) {
        return parameter(name, description, text().pattern(KpiQuery.CODE_PATTERN));
    }

    private static Parameter parameter(String name, String description, Schema schema) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY).required(false)
                .description(description).schema(schema);
    }

    private static List<Object> sorted(Set<String> values) {
        return values.stream().sorted().map(Object.class::cast).toList();
    }

    private static Schema text() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
    }
}
