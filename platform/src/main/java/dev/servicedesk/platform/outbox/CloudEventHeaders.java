package dev.servicedesk.platform.outbox;

/** CloudEvents 1.0 Kafka protocol binding, binary mode: the attributes travel as headers, the value is the event. */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";
    /** Extension attribute: the aggregate's version after the change. */
    public static final String AGGREGATE_VERSION = "ce_aggregateversion";
    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private CloudEventHeaders() {
    }
}
