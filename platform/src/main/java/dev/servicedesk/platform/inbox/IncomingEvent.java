package dev.servicedesk.platform.inbox;

import dev.servicedesk.platform.outbox.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A CloudEvent read from Kafka (binary mode): its attributes from the headers, its JSON value, where it was read. */
public record IncomingEvent(UUID id, String type, String source, String subject, Instant time, Long aggregateVersion,
        String topic, int partition, long offset, String payload) {

    /** Reads the CloudEvents headers; a record without a usable id or type is refused for good. */
    public static IncomingEvent of(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        if (id == null || type == null) {
            throw new PermanentEventFailure("not a CloudEvent: ce_id or ce_type header missing");
        }
        try {
            String time = header(record, CloudEventHeaders.TIME);
            String version = header(record, CloudEventHeaders.AGGREGATE_VERSION);
            return new IncomingEvent(UUID.fromString(id), type, header(record, CloudEventHeaders.SOURCE),
                    header(record, CloudEventHeaders.SUBJECT), time == null ? null : Instant.parse(time),
                    version == null ? null : Long.valueOf(version), record.topic(), record.partition(), record.offset(),
                    record.value());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new PermanentEventFailure("malformed CloudEvents header: " + e.getMessage());
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
