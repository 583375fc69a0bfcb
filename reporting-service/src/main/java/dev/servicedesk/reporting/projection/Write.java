package dev.servicedesk.reporting.projection;

import java.util.List;

/** One idempotent statement against the projections, with its parameters: what an event does to the read models. */
public record Write(String sql, List<Object> parameters) {
}
