package dev.servicedesk.platform.outbox;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import java.util.HashMap;
import java.util.Map;

/** The W3C trace context of the work that records an event, so that the event continues the trace downstream. */
final class TraceContext {

    private TraceContext() {
    }

    /** The current span as a {@code traceparent} header value, or null outside a trace. */
    static String currentTraceparent() {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(CloudEventHeaders.TRACEPARENT);
    }
}
