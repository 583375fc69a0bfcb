package dev.servicedesk.platform.testing;

import dev.servicedesk.platform.outbox.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Produces events as another service's outbox relay would: CloudEvents headers, the aggregate id as key, the JSON
 * value. For a consumer's tests, which must not depend on the producing service.
 */
public final class EventSender implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    private EventSender(String bootstrapServers) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** A sender to the broker the application under test is configured with ({@code kafka.bootstrap.servers}). */
    public static EventSender open() {
        return new EventSender(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    /** Sends one event with a new id; returns the id. */
    public UUID send(String topic, String source, String type, String aggregateId, long version, String json) {
        UUID id = UUID.randomUUID();
        send(topic, id, source, type, aggregateId, version, json);
        return id;
    }

    /** Sends one event with the given id: the same id twice is a redelivery. */
    public void send(String topic, UUID id, String source, String type, String aggregateId, long version,
            String json) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, aggregateId, json);
        header(record, CloudEventHeaders.ID, id.toString());
        header(record, CloudEventHeaders.TYPE, type);
        header(record, CloudEventHeaders.SOURCE, source);
        header(record, CloudEventHeaders.TIME, Instant.now().toString());
        header(record, CloudEventHeaders.SUBJECT, aggregateId);
        header(record, CloudEventHeaders.SPEC_VERSION, "1.0");
        header(record, CloudEventHeaders.AGGREGATE_VERSION, Long.toString(version));
        header(record, CloudEventHeaders.CONTENT_TYPE, "application/json");
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending " + type, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused " + type, e.getCause());
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
